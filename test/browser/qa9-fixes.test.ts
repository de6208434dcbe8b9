/**
 * Fixes from the session-9 exploratory QA in real Chromium at phone width
 * (390 px), keyless: two tabs of one session no longer undo each other's
 * settings; an answer with no words is refused with its text kept; the counter
 * speaks words and, near the limit, characters; practice again is not offered
 * for a session with no questions; progress labels points by session name
 * (an imported copy says so) with the answers behind each average; the voice
 * box speaks to a job seeker; an export from a newer app is told to update.
 * Screenshots: the two-tab message, the progress page, the voice box.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JOB_DESCRIPTION, RESUME_LINES, STRONG_ANSWER } from './documents.js';
import { launchBrowser, screenshot, screenshotElement, startApp, watchErrors, type RunningApp, type RunningBrowser } from './harness.js';

const QUESTION = 'Tell me about a time you turned round a shift that kept missing its targets.';

let app: RunningApp;
let browser: RunningBrowser;
let page: Page;
let errors: string[];

async function post<T>(p: Page, path: string, data: unknown): Promise<T> {
  const res = await p.request.post(`${app.url}${path}`, { data });
  expect(res.status(), `${path} → ${res.status()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

async function getJson<T>(p: Page, path: string): Promise<T> {
  return (await (await p.request.get(`${app.url}${path}`)).json()) as T;
}

/** A session with both documents and one question, made through the page's own cookie jar. */
async function seedSession(name: string): Promise<{ id: string; questionId: string }> {
  const s = await post<{ id: string }>(page, '/api/sessions', { name, persona: 'helpful' });
  await post(page, `/api/sessions/${s.id}/documents`, { kind: 'resume', text: RESUME_LINES.join('\n') });
  await post(page, `/api/sessions/${s.id}/documents`, { kind: 'job_description', text: JOB_DESCRIPTION });
  const q = await post<{ id: string }>(page, `/api/sessions/${s.id}/questions`, { text: QUESTION });
  return { id: s.id, questionId: q.id };
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser({ width: 390, height: 844 });
  page = browser.page;
  errors = watchErrors(page);
  // One request first, so the seeding requests and the page share one owner cookie.
  expect((await page.request.get(`${app.url}/api/sessions`)).status()).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('two tabs of one session', () => {
  it('refuses a stale settings save with a clear message, keeps the choice, and saves it on top of the latest after Reload', async () => {
    const { id } = await seedSession('Two tabs');
    const tabA = page;
    const tabB = await browser.context.newPage();
    const errorsB = watchErrors(tabB);
    try {
      for (const tab of [tabA, tabB]) {
        await tab.goto(`${app.url}/#/sessions/${id}`);
        await tab.getByText('Session settings').click();
      }
      await tabA.locator('#set-persona').selectOption('ruthless');
      await tabA.getByRole('button', { name: 'Save settings' }).click();
      await tabA.getByText('Settings saved.').waitFor();

      // Tab B still shows Helpful; it changes the difficulty only.
      expect(await tabB.locator('#set-persona').inputValue()).toBe('helpful');
      await tabB.locator('#set-difficulty').selectOption('hard');
      await tabB.getByRole('button', { name: 'Save settings' }).click();
      const alert = tabB.locator('details.settings [role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/^Not saved: this session was changed in another tab or window\. Reload to see the latest settings; the changes you made here stay selected/);
      expect(await tabB.getByText('Settings saved.').count()).toBe(0);
      expect(await tabB.locator('#set-difficulty').inputValue()).toBe('hard');
      // Nothing was overwritten: the coach A chose stands, B's difficulty is not saved yet.
      expect(await getJson(tabB, `/api/sessions/${id}`)).toMatchObject({ persona: 'ruthless', difficulty: 'medium' });
      await screenshotElement(tabB.locator('details.settings'), 'qa9-two-tabs-conflict-390');

      await tabB.getByRole('button', { name: 'Reload the latest settings' }).click();
      await expect.poll(() => tabB.locator('#set-persona').inputValue()).toBe('ruthless');
      expect(await tabB.locator('#set-difficulty').inputValue()).toBe('hard');
      expect(await tabB.locator('details.settings [role="status"]').textContent()).toContain('with your unsaved change kept (Difficulty: Hard)');
      await tabB.getByRole('button', { name: 'Save settings' }).click();
      await tabB.getByText('Settings saved.').waitFor();
      expect(await getJson(tabB, `/api/sessions/${id}`)).toMatchObject({ persona: 'ruthless', difficulty: 'hard' });
      expect(errorsB.filter((e) => !/409/.test(e))).toEqual([]);
    } finally {
      await tabB.close();
    }
  });
});

describe('two tabs of the sessions list', () => {
  it('refuses a rename made on a stale list, keeps the typed name, and renames after Reload', async () => {
    const s = await post<{ id: string; version: number }>(page, '/api/sessions', { name: 'Renamed twice' });
    const tabB = await browser.context.newPage();
    try {
      await tabB.goto(`${app.url}/#/`);
      const card = tabB.getByRole('list', { name: 'Sessions' }).locator(':scope > li').filter({ hasText: 'Renamed twice' });
      await card.waitFor();
      // Another tab renames it after this list loaded.
      expect((await page.request.patch(`${app.url}/api/sessions/${s.id}`, { data: { name: 'Renamed in tab A', version: s.version } })).status()).toBe(200);
      await card.getByRole('button', { name: /^Rename/ }).click();
      // While renaming, the card shows the form (the old name is only the field's value).
      const form = tabB.locator(`form:has(#rename-${s.id})`);
      await form.getByLabel('New name').fill('Renamed in tab B');
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      await form.getByRole('alert').getByText('This session was changed in another tab or window', { exact: false }).waitFor();
      expect(await form.getByLabel('New name').inputValue()).toBe('Renamed in tab B');
      expect(await getJson(tabB, `/api/sessions/${s.id}`)).toMatchObject({ name: 'Renamed in tab A' });
      await form.getByRole('button', { name: 'Reload', exact: true }).click();
      await expect.poll(() => form.getByRole('alert').count()).toBe(0);
      expect(await form.getByLabel('New name').inputValue()).toBe('Renamed in tab B');
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(async () => (await getJson<{ name: string }>(tabB, `/api/sessions/${s.id}`)).name).toBe('Renamed in tab B');
    } finally {
      await tabB.close();
    }
  });
});

describe('the answer box', () => {
  it('refuses an answer with no words, saying what to write, and keeps the text in the box', async () => {
    const { id, questionId } = await seedSession('Tiny answer');
    await page.goto(`${app.url}/#/sessions/${id}/q/${questionId}`);
    const box = page.getByLabel('Type your answer');
    await box.fill('.');
    await page.getByRole('button', { name: 'Get feedback', exact: true }).click();
    await page.getByText('Write your answer before asking for feedback: at least 2 words', { exact: false }).waitFor();
    expect(await box.inputValue()).toBe('.');
    expect((await getJson<{ answers: unknown[] }>(page, `/api/sessions/${id}`)).answers).toEqual([]);
  });

  it('counts words, adds the characters against the limit when near or over it, and the refusal gives the same numbers', async () => {
    const { id, questionId } = await seedSession('Long answer');
    await page.goto(`${app.url}/#/sessions/${id}/q/${questionId}`);
    const box = page.getByLabel('Type your answer');
    const count = page.locator('#answer-count');
    await box.fill(STRONG_ANSWER);
    expect(await count.textContent()).toMatch(/^\d+ words/);
    expect(await count.textContent()).not.toContain('characters');
    const long = Array.from({ length: 5000 }, (_, i) => `word${i % 10}`).join(' ');
    await box.fill(long);
    const over = long.length - 20_000;
    expect(await count.textContent()).toBe(`5,000 words · ${long.length.toLocaleString('en')} of 20,000 characters — too long to send: shorten it by ${over.toLocaleString('en')} characters`);
    await page.getByRole('button', { name: 'Get feedback', exact: true }).click();
    await page.getByText(`This answer is ${long.length.toLocaleString('en')} characters; the limit is 20,000.`, { exact: false }).waitFor();
    expect(await box.inputValue()).toBe(long);
  });
});

describe('practice again', () => {
  it('is not offered for a session with no questions, and says why', async () => {
    const empty = await post<{ id: string }>(page, '/api/sessions', { name: 'empty' });
    await page.goto(`${app.url}/#/sessions/${empty.id}`);
    const group = page.getByRole('group', { name: 'Practice again' });
    await group.getByText('This session has no questions to practise again yet.', { exact: false }).waitFor();
    expect(await group.getByRole('button').count()).toBe(0);
  });
});

describe('the progress page', () => {
  it('labels points by session name, an imported copy as "(imported)", with the answers behind each average', async () => {
    const { id, questionId } = await seedSession('Northwind — operations manager');
    await post(page, `/api/sessions/${id}/answers`, { questionId, text: STRONG_ANSWER });
    const file = await getJson<Record<string, unknown>>(page, `/api/sessions/${id}/export?format=json`);
    await post(page, '/api/sessions/import', file);
    await page.goto(`${app.url}/#/progress`);
    const chart = page.locator('.review-chart-svg').first();
    await chart.waitFor();
    const ticks = await chart.locator('text.review-chart-tick:has(tspan)').evaluateAll((els) => els.map((e) => [...e.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')));
    expect(ticks.some((t) => /^Northwind —/.test(t) && !t.includes('(imported)'))).toBe(true);
    expect(ticks.some((t) => /^Northwind —.*\(imported\)$/.test(t))).toBe(true);
    expect(ticks.join(' ')).not.toMatch(/Session \d/);
    // The full name is in each label's tooltip; each marker says how many answers its average covers.
    const titles = await chart.locator('text.review-chart-tick > title').allTextContents();
    expect(titles.some((t) => t.startsWith('Northwind — operations manager (imported) ('))).toBe(true);
    expect(await chart.locator('path > title').first().textContent()).toMatch(/^Session average, Northwind — operations manager.*: [\d.]+ from 1 answer$/);
    const block = page.locator('.review-chart-block').first();
    await block.getByText('Show the numbers as a table').click();
    expect(await block.locator('tbody td').first().textContent()).toMatch(/^[\d.]+ from 1 answer$/);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'qa9-progress-390');
  });
});

describe('the voice box without a key', () => {
  it('says what live voice needs in a job seeker\'s words, with the settings in a smaller line for the admin', async () => {
    const { id } = await seedSession('Voice box');
    await page.goto(`${app.url}/#/sessions/${id}`);
    const box = page.locator('section.realtime');
    const note = box.locator('[role="note"]');
    await note.waitFor();
    expect(await note.locator('strong').textContent()).toBe('Live voice practice needs an AI service connected. Ask whoever runs this app to add one.');
    expect(await note.textContent()).toContain('Typed and recorded answers work without it');
    const admin = note.locator('.realtime-admin');
    expect(await admin.textContent()).toMatch(/^For whoever runs this app: set OPENAI_API_KEY/);
    const size = async (selector: string): Promise<number> =>
      Number.parseFloat(await page.evaluate<string>(`getComputedStyle(document.querySelector('section.realtime [role="note"] ${selector}')).fontSize`));
    expect(await size('.realtime-admin')).toBeLessThan(await size('p'));
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshotElement(box, 'qa9-voice-box-390');
    // The new-session form suggests a name for any role, not only engineering.
    await page.goto(`${app.url}/#/`);
    expect(await page.locator('#ns-name').getAttribute('placeholder')).toBe('e.g. Northwind — operations manager');
  });
});

describe('importing an export from a newer version', () => {
  it('says the file was made by a newer version and to update the app', async () => {
    const { id } = await seedSession('Future export');
    const file = await getJson<Record<string, unknown>>(page, `/api/sessions/${id}/export?format=json`);
    await page.goto(`${app.url}/#/`);
    await page.getByLabel('Import a session (.json export)').setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...file, version: 3 })) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('This session export was made by a newer version of Interview Practice. Update the app, then import it again.').waitFor();
    expect(errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
  });
});
