/**
 * My stories for keyboard and screen-reader users, in real Chromium (session 10's
 * keyboard-only walk-through at 390 px): after a delete, focus goes to the next
 * story's first control (the previous one after the last, the list's heading when
 * none is left), never to <body> or to an element without a visible ring, and
 * the result is said in a live region that was already in the page, beside where
 * focus lands. The same from the search results and the single-story view.
 * Saving tags says "Tags saved." and a corrected story says what else changed,
 * each with focus back on the button that opened the editor. Every landing is
 * checked for a focus ring of at least 3:1 against what is behind it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SCREENSHOT_DIR, closeAppAndBrowser, openAppAndBrowser, type RunningApp, type RunningBrowser } from './harness.js';
import { FOCUSED, postJson } from './stories-helpers.js';

const AWS = 'At Brightline I rightsized our EC2 fleet and moved batch jobs to spot instances, which cut the AWS bill 31% in two months.';
const ROTA = 'At Fenwick Health I rebuilt the on-call rota after two missed pages; escalations answered within five minutes rose from 60% to 97%.';
const HIRING = 'At Corvid Labs I redesigned our hiring loop with a work-sample exercise; offer acceptance rose from 55% to 80% in six months.';

interface Question {
  source: { kind: string; text: string };
}

/** Start from no stories, then add these oldest first (the list shows newest first); returns their ids in the same order. */
async function addStories(page: Page, base: string, texts: string[]): Promise<string[]> {
  const cleared = await page.request.delete(`${base}/api/work-history?confirm=true`);
  if (!cleared.ok()) throw new Error(`clearing stories → ${cleared.status()}`);
  const ids: string[] = [];
  for (const text of texts) ids.push((await postJson<{ created: { id: string }[] }>(page.request, `${base}/api/work-history`, { text })).created[0]!.id);
  return ids;
}

/** Questions the built-in coach builds on `story` in a fresh session (the count a delete or correction reports). */
async function questionsOn(page: Page, base: string, story: string, hint: string): Promise<number> {
  const session = await postJson<{ id: string }>(page.request, `${base}/api/sessions`, { name: `Practice ${hint}`, persona: 'helpful' });
  const { questions } = await postJson<{ questions: Question[] }>(page.request, `${base}/api/sessions/${session.id}/questions/generate`, { count: 4, hint });
  const n = questions.filter((q) => q.source.kind === 'work_history' && q.source.text === story).length;
  if (n === 0) throw new Error('no question was built on the story');
  return n;
}

const questions = (n: number): string => `${n} ${n === 1 ? 'question' : 'questions'}`;

/** Keyboard only: Enter on the story's Delete, Shift+Tab from "Cancel" to "Yes, delete", Enter. */
async function deleteWithKeyboard(item: Locator): Promise<void> {
  await item.getByRole('button', { name: /^Delete story/ }).focus();
  await item.page().keyboard.press('Enter');
  await expect.poll(() => item.page().evaluate<string>(FOCUSED)).toBe('button||Cancel');
  await item.page().keyboard.press('Shift+Tab');
  expect(await item.page().evaluate<string>(FOCUSED)).toBe('button||Yes, delete');
  await item.page().keyboard.press('Enter');
}

/** Outline of the focused element and the first opaque background behind it (the outline sits outside the element). */
const RING = `(() => {
  const e = document.activeElement;
  const cs = getComputedStyle(e);
  let bg = 'rgb(255, 255, 255)';
  for (let n = e.parentElement; n; n = n.parentElement) {
    const b = getComputedStyle(n).backgroundColor;
    if (b !== 'transparent' && !/rgba\\(.*,\\s*0\\)$/.test(b)) { bg = b; break; }
  }
  return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: cs.outlineColor, bg, visible: e.matches(':focus-visible') };
})()`;

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The focused element shows a ring (outline ≥ 2 px) with at least 3:1 against the background behind it. */
async function expectVisibleRing(page: Page): Promise<void> {
  const ring = await page.evaluate<{ style: string; width: number; color: string; bg: string; visible: boolean }>(RING);
  expect(ring.visible, 'focus came from the keyboard, so :focus-visible').toBe(true);
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(contrast(ring.color, ring.bg)).toBeGreaterThanOrEqual(3);
}

/** Both boxes are on screen together: the message is where the user is looking. */
async function expectBothInView(page: Page, a: Locator, b: Locator): Promise<void> {
  const height = page.viewportSize()!.height;
  for (const box of [await a.boundingBox(), await b.boundingBox()]) {
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(height);
  }
}

/** What the user sees right now (the viewport, not the whole page): where focus and the message are. */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Mark every live region in `scope` now, so a later check can tell it was in the page before the message (screen readers ignore regions born with their text). */
async function markLiveRegions(scope: Locator): Promise<void> {
  await scope.locator('[role="status"]').evaluateAll((els) => els.forEach((el) => el.setAttribute('data-before', '')));
}

/** The one status saying `text`: there is exactly one, it existed before, and it is polite. */
async function theStatus(page: Page, text: string | RegExp): Promise<Locator> {
  const status = page.getByRole('status').filter({ hasText: text });
  await status.waitFor();
  expect(await status.count()).toBe(1);
  expect(await status.getAttribute('aria-live')).toBe('polite');
  expect(await status.getAttribute('data-before'), 'the live region was in the page before the message').toBe('');
  return status;
}

describe('My stories: where focus goes and what is announced', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page, errors: string[];
  beforeAll(async () => ({ app, browser, page, errors } = await openAppAndBrowser()));
  afterAll(() => closeAppAndBrowser(app, browser));

  /** A fresh document at this route (a hash change alone would keep the page's state from the last test). */
  async function open(route: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${app.url}/#${route}`);
    await page.getByRole('heading', { level: 1, name: 'My stories' }).waitFor();
  }

  for (const width of [390, 1280]) {
    it(`deletes from the list at ${width} px: focus to the next story, then the previous one, then the heading`, async () => {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      await addStories(page, app.url, [HIRING, AWS, ROTA]);
      const onAws = await questionsOn(page, app.url, AWS, 'AWS bill');
      // The session page's own rule hides rings on h2[tabindex=-1]; its stylesheet is loaded on every page.
      await open('/stories');
      const all = page.getByRole('list', { name: 'Stories' });
      const items = all.locator(':scope > li');
      await expect.poll(() => items.count()).toBe(3);
      const panel = page.locator('section', { has: page.getByRole('heading', { name: /^All stories/ }) });

      // The middle story: focus lands on the next one's first control, the result is said just above it.
      await markLiveRegions(panel);
      await deleteWithKeyboard(items.filter({ hasText: 'At Brightline' }));
      await expect.poll(() => items.count()).toBe(2);
      await expect.poll(() => page.evaluate<string>(FOCUSED)).toMatch(/^button\|\|Edit tags for story: At Corvid Labs/);
      await expectVisibleRing(page);
      const said = await theStatus(page, /^Deleted\./);
      expect(await said.textContent()).toBe(`Deleted. It was also removed from ${questions(onAws)}.`);
      expect(await items.filter({ hasText: 'At Corvid Labs' }).locator('[role="status"]').filter({ hasText: /^Deleted\./ }).count()).toBe(1);
      await expectBothInView(page, said, page.locator(':focus'));
      await screenshot(page, `stories-a11y-deleted-middle-${width}`);

      // The last story: focus goes back to the one before it; the result is said under that one.
      await markLiveRegions(panel);
      await deleteWithKeyboard(items.filter({ hasText: 'At Corvid Labs' }));
      await expect.poll(() => items.count()).toBe(1);
      await expect.poll(() => page.evaluate<string>(FOCUSED)).toMatch(/^button\|\|Edit tags for story: At Fenwick Health/);
      await expectVisibleRing(page);
      await expectBothInView(page, await theStatus(page, 'Deleted.'), page.locator(':focus'));
      await screenshot(page, `stories-a11y-deleted-last-${width}`);

      // None left: the "All stories" heading, with a ring although it is an h2[tabindex=-1].
      await markLiveRegions(panel);
      await deleteWithKeyboard(items.first());
      await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('h2||All stories');
      await expectVisibleRing(page);
      await expectBothInView(page, await theStatus(page, 'Deleted.'), page.locator(':focus'));
      await screenshot(page, `stories-a11y-deleted-none-left-${width}`);
      expect(errors).toEqual([]);
    });
  }

  it('deletes from the search results: the next result, then the Search heading when none is left (390 px)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await addStories(page, app.url, [AWS, ROTA, HIRING]);
    await open('/stories');
    await page.getByLabel('Search your stories').fill('rose');
    await page.getByLabel('Search your stories').press('Enter');
    const results = page.getByRole('list', { name: 'Search results' });
    const hits = results.locator(':scope > li');
    await expect.poll(() => hits.count()).toBe(2);
    const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Search', exact: true }) });

    await markLiveRegions(panel);
    const [first, second] = await hits.evaluateAll((lis) => lis.map((li) => li.querySelector('.story-text')?.textContent?.slice(0, 12) ?? ''));
    await deleteWithKeyboard(hits.first());
    await expect.poll(() => hits.count()).toBe(1);
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toContain(`Edit tags for story: ${second}`);
    expect(second).not.toBe(first);
    await expectVisibleRing(page);
    await expectBothInView(page, await theStatus(page, 'Deleted.'), page.locator(':focus'));
    await screenshot(page, 'stories-a11y-search-deleted-next-390');

    await markLiveRegions(panel);
    await deleteWithKeyboard(hits.first());
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('h2||Search');
    await expectVisibleRing(page);
    await expectBothInView(page, await theStatus(page, 'Deleted.'), page.locator(':focus'));
    await screenshot(page, 'stories-a11y-search-deleted-none-left-390');
    expect(errors).toEqual([]);
  });

  for (const width of [390, 1280]) {
    it(`deletes the story opened from feedback at ${width} px: focus on its heading, the result said under it`, async () => {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      const [id] = await addStories(page, app.url, [`${ROTA} (${width})`]);
      await open(`/stories/${id}`);
      const focus = page.locator('section.story-focus');
      await focus.locator('.story-text').waitFor();
      await markLiveRegions(focus);
      await deleteWithKeyboard(focus);
      await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('h2||The story the coach used');
      await expectVisibleRing(page);
      const said = await theStatus(page, 'Deleted.');
      expect(await focus.getByRole('status').filter({ hasText: 'Deleted.' }).count()).toBe(1);
      await expectBothInView(page, said, page.locator(':focus'));
      await screenshot(page, `stories-a11y-focus-deleted-${width}`);
      expect(errors).toEqual([]);
    });
  }

  it('says “Tags saved.” beside the story and puts focus back on its “Edit tags” (390 px)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await addStories(page, app.url, [HIRING]);
    await open('/stories');
    const item = page.getByRole('list', { name: 'Stories' }).locator(':scope > li').filter({ hasText: 'At Corvid Labs' });
    await markLiveRegions(item);
    await item.getByRole('button', { name: /^Edit tags for story/ }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('hiring, process');
    await page.keyboard.press('Enter');
    await expect.poll(() => item.locator('.tag').allTextContents()).toEqual(['hiring', 'process']);
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toMatch(/^button\|\|Edit tags for story: At Corvid Labs/);
    await expectVisibleRing(page);
    const said = await theStatus(page, 'Tags saved.');
    expect(await item.getByRole('status').filter({ hasText: 'Tags saved.' }).count()).toBe(1);
    await expectBothInView(page, said, page.locator(':focus'));
    await screenshot(page, 'stories-a11y-tags-saved-390');
    expect(errors).toEqual([]);
  });

  for (const width of [390, 1280]) {
    it(`says what a correction changed beside the story, focus back on “Edit” (${width} px)`, async () => {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
      const story = `At Kestrel Bank I cut the nightly AWS batch bill ${width}% by moving jobs to spot instances.`;
      await addStories(page, app.url, [story]);
      const n = await questionsOn(page, app.url, story, 'AWS batch bill');
      await open('/stories');
      const item = page.getByRole('list', { name: 'Stories' }).locator(':scope > li').filter({ hasText: 'At Kestrel Bank' });
      await markLiveRegions(item);
      await item.getByRole('button', { name: /^Edit story/ }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Savings held for a year.');
      await page.keyboard.press('Tab');
      expect(await page.evaluate<string>(FOCUSED)).toBe('button||Save changes');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate<string>(FOCUSED)).toMatch(/^button\|\|Edit story: At Kestrel Bank/);
      await expectVisibleRing(page);
      const said = await theStatus(page, /^Saved\./);
      expect(await said.textContent()).toBe(`Saved. ${questions(n)} now ${n === 1 ? 'quotes' : 'quote'} your corrected story.`);
      expect(await item.getByRole('status').filter({ hasText: /^Saved\./ }).count()).toBe(1);
      await expectBothInView(page, said, page.locator(':focus'));
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
      await screenshot(page, `stories-a11y-corrected-${width}`);
      expect(errors).toEqual([]);
    });
  }
});
