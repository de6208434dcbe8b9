/**
 * "My stories" in real Chromium: add two stories, search and see the match
 * highlighted (as <mark>, with hostile-looking text shown as text), edit tags,
 * correct a story's words (a duplicate is refused with a message), delete one
 * with confirmation, then clear all with confirmation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, screenshotElement, type RunningApp, type RunningBrowser, openAppAndBrowser, closeAppAndBrowser } from './harness.js';

const BILLING = 'At Tidewater I led the billing migration to event sourcing; invoice disputes fell by 38% within a quarter.';
const MENTORING = 'I mentored four junior engineers <b>weekly</b> and two were promoted within a year.';

async function addStory(page: Page, text: string, tags: string): Promise<void> {
  await page.getByLabel('What happened, what you did, and the result').fill(text);
  await page.getByLabel('Tags (optional, comma-separated)').fill(tags);
  await page.getByRole('button', { name: 'Save story' }).click();
  await page.getByText(/Story saved\.|already saved/).waitFor();
}

describe('My stories page', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page, errors: string[];
  beforeAll(async () => ({ app, browser, page, errors } = await openAppAndBrowser()));
  afterAll(() => closeAppAndBrowser(app, browser));

  it('adds, searches with highlights, edits tags, deletes and clears', async () => {
    await page.goto(`${app.url}/#/stories`);
    await page.getByRole('heading', { level: 1, name: 'My stories' }).waitFor();
    // No embedding model: the page says search is by words.
    await expect.poll(() => page.locator('.search-mode').textContent()).toContain('Search matches your words, related words');
    await addStory(page, BILLING, 'billing, architecture');
    await addStory(page, MENTORING, 'mentoring');
    const all = page.getByRole('list', { name: 'Stories' });
    await expect.poll(() => all.locator(':scope > li').count()).toBe(2);

    // Search: the matched word is a <mark>; the other story's markup stays text.
    await page.getByLabel('Search your stories').fill('billing');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByRole('list', { name: 'Search results' });
    await results.waitFor();
    expect(await results.locator(':scope > li').count()).toBe(1);
    const marks = (await results.locator('mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks).toContain('billing');
    await screenshot(page, 'stories-search-desktop-1280');

    await page.getByLabel('Search your stories').fill('mentored');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => results.locator('.story-text').first().textContent()).toContain('<b>weekly</b>');
    expect(await results.locator('b').count()).toBe(0);

    // Back to the list; edit tags of the mentoring story.
    await page.getByRole('button', { name: 'Show all' }).click();
    const mentoring = all.locator(':scope > li').filter({ hasText: 'mentored four' });
    await mentoring.getByRole('button', { name: 'Edit tags' }).click();
    await mentoring.getByLabel('Tags (comma-separated)').fill('mentoring, leadership');
    await mentoring.getByRole('button', { name: 'Save tags' }).click();
    await expect.poll(() => mentoring.locator('.tag').allTextContents()).toEqual(['mentoring', 'leadership']);

    // Correct the mentoring story's words: the editor opens focused, saves, and focus returns to "Edit".
    await mentoring.getByRole('button', { name: /^Edit story/ }).click();
    // While editing, the story's words live in the textarea's value, not in the card's text.
    const open = all.locator(':scope > li').filter({ has: page.getByLabel('Correct this story') });
    const editor = open.getByLabel('Correct this story');
    expect(await page.evaluate<string>("document.activeElement?.id ?? ''")).toMatch(/^story-edit-/);
    await editor.fill('I mentored five junior engineers weekly; three were promoted within a year.');
    await screenshot(page, 'stories-edit-desktop-1280');
    await open.getByRole('button', { name: 'Save changes' }).click();
    const corrected = all.locator(':scope > li').filter({ hasText: 'mentored five' });
    await corrected.locator('.story-text').waitFor();
    await expect.poll(() => page.evaluate<string>("document.activeElement?.getAttribute('aria-label') ?? ''")).toMatch(/^Edit story: I mentored five/);
    expect(await corrected.locator('.tag').allTextContents()).toEqual(['mentoring', 'leadership']);

    // Making the billing story a copy of the mentoring one is refused with a message; Escape closes the editor.
    const billingCard = all.locator(':scope > li').filter({ hasText: 'billing migration' });
    await billingCard.getByRole('button', { name: /^Edit story/ }).click();
    await editor.fill('I mentored five junior engineers weekly; three were promoted within a year.');
    await open.getByRole('button', { name: 'Save changes' }).click();
    await open.getByRole('alert').filter({ hasText: /already have a story with exactly this text/ }).waitFor();
    await screenshot(page, 'stories-edit-conflict-desktop-1280');
    await editor.press('Escape');
    await expect.poll(() => billingCard.locator('.story-text').textContent()).toContain('billing migration');

    // Delete one, with confirmation.
    const billing = all.locator(':scope > li').filter({ hasText: 'billing migration' });
    await billing.getByRole('button', { name: /^Delete story/ }).click();
    expect(await billing.locator('.confirm-question').textContent()).toBe('Delete this story? Questions built on it that you have not answered go too, and past feedback loses what it quoted from it. Your answers stay.');
    await billing.getByRole('button', { name: 'Yes, delete' }).click();
    await expect.poll(() => all.locator(':scope > li').count()).toBe(1);

    // Phone width, then clear everything (confirmation first).
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshot(page, 'stories-phone-375');
    // Both confirmations say plainly that questions built on the stories go too, and feedback loses their words.
    const zone = page.locator('.danger-zone');
    expect(await zone.locator('p').first().textContent()).toMatch(/Questions built on it that you have not answered go too; answered ones, past feedback and study guides lose the words/);
    await page.getByRole('button', { name: 'Delete all stories' }).click();
    expect(await zone.locator('.confirm-question').textContent()).toMatch(/Questions built on it go too, and past feedback loses what it quoted from it\. Your answers stay\.$/);
    await screenshotElement(zone, 'stories-delete-all-confirm-375');
    await page.getByRole('button', { name: 'Yes, delete all' }).click();
    await page.getByText(/No stories yet/).waitFor();
    const res = await page.request.get(`${app.url}/api/work-history`);
    expect(((await res.json()) as { total: number }).total).toBe(0);

    // The refused duplicate is the only failed request the browser reports.
    expect(errors).toEqual(['console: Failed to load resource: the server responded with a status of 409 (Conflict)']);
  });
});
