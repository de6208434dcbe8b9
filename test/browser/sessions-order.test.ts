/**
 * The home page lists sessions by practice, in real Chromium: renaming the
 * older session through its card leaves it where it was, and answering in it
 * brings it to the top. Screenshot: the home page after the rename.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, startApp, watchErrors, type RunningApp, type RunningBrowser } from './harness.js';

let app: RunningApp;
let browser: RunningBrowser;
let page: Page;
let errors: string[];

/** POST through the page's cookie jar (the first call sets the owner cookie the page then uses). */
async function post<T>(path: string, data: unknown): Promise<T> {
  const res = await page.request.post(`${app.url}${path}`, { data });
  if (!res.ok()) throw new Error(`${path} answered ${res.status()}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** A session with one answered question, made through the page's own cookie jar. */
async function practised(name: string): Promise<{ id: string; questionId: string }> {
  const s = await post<{ id: string }>('/api/sessions', { name });
  const q = await post<{ id: string }>(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you fixed a process that kept failing.' });
  await answer(s.id, q.id);
  return { id: s.id, questionId: q.id };
}

async function answer(id: string, questionId: string): Promise<void> {
  await post(`/api/sessions/${id}/answers`, { questionId, text: 'I rebuilt the loading schedule, and late departures fell from twelve a week to two.' });
  // Timestamps have millisecond resolution: keep "later" strictly later.
  await new Promise((resolve) => setTimeout(resolve, 5));
}

const cardTitles = () => page.getByRole('list', { name: 'Sessions' }).locator(':scope > li h3').allTextContents();

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  page = browser.page;
  errors = watchErrors(page);
});

afterAll(async () => {
  await Promise.all([browser?.close(), app?.close()]);
});

describe('home page order', () => {
  it('keeps a renamed session in its place and moves it up when it is practised', async () => {
    const older = await practised('Depot prep');
    await practised('Kestrel Bank');
    await page.goto(`${app.url}/#/`);
    await expect.poll(cardTitles).toEqual(['Kestrel Bank', 'Depot prep']);

    const card = page.getByRole('list', { name: 'Sessions' }).locator(':scope > li').nth(1);
    await card.getByRole('button', { name: 'Rename Depot prep' }).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Depot prep, second round');
    await page.keyboard.press('Enter');
    await expect.poll(cardTitles).toEqual(['Kestrel Bank', 'Depot prep, second round']);
    // "Resume where you left off" offers the session practised last, not the one renamed last.
    await expect.poll(() => page.locator('.resume-card strong').first().textContent()).toBe('Kestrel Bank');
    await screenshot(page, 'home-order-after-rename-1280');

    await answer(older.id, older.questionId);
    await page.reload();
    await expect.poll(cardTitles).toEqual(['Depot prep, second round', 'Kestrel Bank']);
    await expect.poll(() => page.locator('.resume-card strong').first().textContent()).toBe('Depot prep, second round');
    expect(errors).toEqual([]);
  });
});
