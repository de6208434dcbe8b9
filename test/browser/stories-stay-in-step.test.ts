/**
 * My stories keeps its two views in step and keeps focus when a story leaves a
 * list, in real Chromium:
 * - a story opened on its own (#/stories/:id) and then deleted from the list
 *   below says it is gone, instead of still showing the deleted words;
 * - a story corrected in the search results so that it no longer matches the
 *   search leaves the results with focus on the story that took its place, and
 *   the correction's message is said there.
 * Screenshot: the search results after the correction, 390 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAppAndBrowser, openAppAndBrowser, screenshot, type RunningApp, type RunningBrowser } from './harness.js';
import { FOCUSED, postJson } from './stories-helpers.js';

const KILN = 'At Harrow Pottery I rebuilt the kiln firing schedule after three cracked batches; losses fell from 14% to 3% in a term.';
const GLAZE = 'At Harrow Pottery I trained two apprentices on glaze mixing, and their first solo batches passed inspection.';
const STALL = 'At the Saturday market stall I cut the queue by pre-wrapping the best sellers before opening.';

let app: RunningApp;
let browser: RunningBrowser;
let page: Page;

async function addStories(texts: string[]): Promise<string[]> {
  const cleared = await page.request.delete(`${app.url}/api/work-history?confirm=true`);
  expect(cleared.ok()).toBe(true);
  const ids: string[] = [];
  for (const text of texts) ids.push((await postJson<{ created: { id: string }[] }>(page.request, `${app.url}/api/work-history`, { text })).created[0]!.id);
  return ids;
}

beforeAll(async () => {
  ({ app, browser } = await openAppAndBrowser());
  page = browser.page;
});

afterAll(async () => {
  await closeAppAndBrowser(app, browser);
});

describe('My stories in step', () => {
  it('a story deleted from the list is gone from the single-story view too', async () => {
    const [kiln] = await addStories([KILN, GLAZE]);
    await page.goto(`${app.url}/#/stories/${kiln}`);
    const focus = page.locator('.story-focus');
    await expect.poll(() => focus.textContent()).toContain('rebuilt the kiln firing schedule');

    const all = page.getByRole('list', { name: 'Stories' });
    const item = all.locator(':scope > li').filter({ hasText: 'kiln firing' });
    await item.getByRole('button', { name: /^Delete story/ }).click();
    await item.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => all.locator(':scope > li').count()).toBe(1);
    await expect.poll(() => focus.textContent()).toContain('This story is no longer in your memory');
    expect(await focus.textContent()).not.toContain('rebuilt the kiln firing schedule');
  });

  it('a correction that stops a search result matching moves focus to the next result and says why', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await addStories([STALL, GLAZE, KILN]);
    await page.goto(`${app.url}/#/stories`);
    await page.getByLabel('Search your stories').fill('Harrow Pottery');
    await page.getByLabel('Search your stories').press('Enter');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect.poll(() => results.locator(':scope > li').count()).toBe(2);
    const first = results.locator(':scope > li').first();
    const firstText = (await first.locator('.story-text').textContent()) ?? '';
    const other = firstText.includes('kiln') ? 'glaze mixing' : 'kiln firing';

    await first.getByRole('button', { name: /^Edit story/ }).click();
    const box = first.getByLabel('Correct this story');
    await box.fill(firstText.replace('At Harrow Pottery', 'At the village workshop'));
    await first.getByRole('button', { name: 'Save changes' }).click();

    await expect.poll(() => results.locator(':scope > li').count()).toBe(1);
    const left = results.locator(':scope > li').first();
    await expect.poll(() => left.textContent()).toContain(other);
    // Focus is on the remaining result's first control, not lost to <body>.
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toMatch(/^button\|\|Edit tags/);
    await expect.poll(() => left.locator('[role="status"]').first().textContent()).toBe('Saved. The corrected story no longer matches “Harrow Pottery”.');
    await screenshot(page, 'stories-correct-leaves-search-390');
  });
});
