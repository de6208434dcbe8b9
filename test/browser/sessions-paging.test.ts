/**
 * A long sessions list pages: 20 cards, then "Show more", in real Chromium.
 * The button adds the next page and moves focus to the first card it added;
 * a filter searches every session, not just the shown page.
 * Screenshot: the home page at 390 px with the "Show more" line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { firstPage, showMoreLabel } from '../../web/src/home/paging.js';
import { closeAppAndBrowser, openAppAndBrowser, screenshot, type RunningApp, type RunningBrowser } from './harness.js';

describe('sessions paging (pure)', () => {
  const items = Array.from({ length: 43 }, (_, i) => i);

  it('shows a page and says how many more the button adds', () => {
    const page = firstPage(items, 20);
    expect(page.shown).toHaveLength(20);
    expect(page.hidden).toBe(23);
    expect(showMoreLabel(page)).toBe('Show 20 more sessions (23 not shown)');
  });

  it('names the last few when the next page is the rest', () => {
    expect(showMoreLabel(firstPage(items, 40))).toBe('Show the last 3 sessions');
    expect(showMoreLabel(firstPage(items, 42))).toBe('Show the last session');
    expect(firstPage(items, 60)).toMatchObject({ hidden: 0, next: 0 });
  });
});

let app: RunningApp;
let browser: RunningBrowser;
let page: Page;
let errors: string[];

const cards = () => page.getByRole('list', { name: 'Sessions' }).locator(':scope > li');

beforeAll(async () => {
  ({ app, browser, page, errors } = await openAppAndBrowser());
});

afterAll(async () => {
  await closeAppAndBrowser(app, browser);
});

describe('a long sessions list', () => {
  it('shows 20, adds the rest on request with focus on the first added card, and filters all of them', async () => {
    await page.goto(`${app.url}/#/`);
    for (let i = 1; i <= 23; i++) {
      const res = await page.request.post(`${app.url}/api/sessions`, { data: { name: `Round ${String(i).padStart(2, '0')}` } });
      expect(res.ok()).toBe(true);
      // Timestamps have millisecond resolution: keep "newer" strictly newer.
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect.poll(() => cards().count()).toBe(20);
    const more = page.getByRole('button', { name: 'Show the last 3 sessions' });
    await expect.poll(() => more.isVisible()).toBe(true);
    await expect.poll(() => page.locator('.session-more').textContent()).toContain('Showing 20 of 23');
    await more.scrollIntoViewIfNeeded();
    await screenshot(page, 'home-show-more-390');

    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cards().count()).toBe(23);
    // Newest first: the 21st card is the third session made.
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.textContent')).toBe('Round 03');
    expect(await page.locator('.session-more').count()).toBe(0);

    // The filter searches every session; an exact name finds one that was past the first page.
    await page.reload();
    await expect.poll(() => cards().count()).toBe(20);
    await page.getByLabel('Find a session').fill('Round 01');
    await expect.poll(() => cards().allTextContents()).toHaveLength(1);
    expect(await cards().first().locator('h3').textContent()).toBe('Round 01');
    expect(errors).toEqual([]);
  });
});
