/**
 * Search shows the best matches, and says how many stories hold all the words: a heavy user's
 * "kafka upgrade" said "20 stories match" while 107 did, with no way to see them (session 10).
 * Real Chromium, keyless; 30 stories mention the words, 5 do not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { postJson } from './stories-helpers.js';
import { closeAppAndBrowser, openAppAndBrowser, screenshot, type RunningApp, type RunningBrowser } from './harness.js';

const TEAMS = ['payments', 'ledger', 'search', 'billing', 'identity', 'checkout'];
const upgrade = (i: number): string =>
  `In week ${i + 1} I led the Kafka upgrade for the ${TEAMS[i % TEAMS.length]} team: I rolled ${i + 2} brokers one at a time and consumer lag stayed under ${i + 3} seconds.`;
const OTHER = [
  'I mentored two new analysts through their first quarter.',
  'I cut the nightly batch bill by moving jobs to spot instances.',
  'I rewrote the on-call rota after two missed pages.',
  'I ran the hiring loop for three backend roles.',
  'I moved our docs to a single searchable site.',
];

describe('story search: the best matches, and all of them on request', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page, errors: string[];
  beforeAll(async () => {
    ({ app, browser, page, errors } = await openAppAndBrowser());
    const request = browser.context.request;
    for (let i = 0; i < 30; i++) await postJson(request, `${app.url}/api/work-history`, { text: upgrade(i) });
    for (const text of OTHER) await postJson(request, `${app.url}/api/work-history`, { text });
  });
  afterAll(() => closeAppAndBrowser(app, browser));

  it('says the 20 shown are the best of 30, and "See all 30 matching stories" lists every one of them, paged', async () => {
    await page.goto(`${app.url}/#/stories`);
    await page.getByLabel('Search your stories').fill('kafka upgrade');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: 'kafka upgrade' });
    await expect.poll(() => status.textContent()).toBe('The 20 best matches for “kafka upgrade”. 30 stories hold all of its words.');
    expect(await page.getByRole('list', { name: 'Search results' }).getByRole('listitem').count()).toBe(20);
    await page.getByRole('button', { name: 'See all 30 matching stories' }).click();
    const heading = page.getByRole('heading', { name: 'Every story with “kafka upgrade” (30)' });
    await heading.waitFor();
    // The paged list replaces the best matches, and focus moves to its heading (the button is gone).
    expect(await page.getByRole('list', { name: 'Search results' }).count()).toBe(0);
    expect(await page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe('Every story with “kafka upgrade” (30)');
    await page.getByText('1–20 of 30').waitFor();
    await screenshot(page, 'stories-search-all-1280');
    await page.getByRole('button', { name: 'Older' }).click();
    await page.getByText('21–30 of 30').waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'stories-search-all-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });

  it('a search with fewer matches than it shows says just how many match, with no "See all"', async () => {
    await page.goto(`${app.url}/#/stories`);
    await page.getByLabel('Search your stories').fill('mentored analysts');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: 'mentored analysts' });
    await expect.poll(() => status.textContent()).toMatch(/^\d+ (?:story matches|stories match) “mentored analysts”\.$/);
    expect(await page.getByRole('button', { name: /^See all/ }).count()).toBe(0);
  });
});
