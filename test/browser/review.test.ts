/**
 * Review and progress in real Chromium, keyless: answer a question, try again
 * with a better answer and see both scores and the change; compare attempts
 * side by side; a second session; the progress dashboard with one point per
 * session; the sessions page filter; PDF and JSON downloads through the
 * buttons, and the JSON imported back as a new session. Screenshots at 1280
 * and 375 px.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JOB_DESCRIPTION, RESUME_LINES, STRONG_ANSWER } from './documents.js';
import { focusedText, launchBrowser, screenshot, screenshotElement, startApp, watchErrors, type RunningApp, type RunningBrowser } from './harness.js';

const QUESTION = 'Tell me about a time you made a payments database fail over faster.';
const SECOND_QUESTION = 'Tell me about a time you made a slow API faster.';
const WEAK = 'We fixed the database once. It went fine.';
const STRONG = STRONG_ANSWER;
const SECOND_ANSWER =
  'At Harbour Logistics the tracking API was slow, so I profiled it, I batched the lookups and added an index, and p99 latency fell from 800 ms to 120 ms within two weeks.';

/** A session with both documents and one custom question, made through the page's own cookie jar. */
async function seedSession(page: Page, url: string, name: string, question = QUESTION): Promise<{ id: string; questionId: string }> {
  const post = async <T,>(p: string, data: unknown): Promise<T> => {
    const res = await page.request.post(`${url}${p}`, { data });
    expect(res.status(), `${p} → ${res.status()}`).toBeLessThan(300);
    return (await res.json()) as T;
  };
  const s = await post<{ id: string }>('/api/sessions', { name, persona: 'helpful' });
  await post(`/api/sessions/${s.id}/documents`, { kind: 'resume', text: RESUME_LINES.join('\n') });
  await post(`/api/sessions/${s.id}/documents`, { kind: 'job_description', text: JOB_DESCRIPTION });
  const q = await post<{ id: string }>(`/api/sessions/${s.id}/questions`, { text: question });
  return { id: s.id, questionId: q.id };
}

/** Type an answer in the open answer box, send it, and wait for its feedback to take focus. */
async function answer(page: Page, text: string): Promise<void> {
  await page.getByLabel('Type your answer').fill(text);
  await page.getByRole('button', { name: 'Get feedback', exact: true }).click();
  await page.getByText('Feedback ready.').waitFor();
  await expect.poll(() => page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('feedback-heading');
}

const overall = async (page: Page): Promise<number> => Number(await page.locator('article.feedback .overall-number').textContent());

describe('review and progress in the browser', () => {
  let app: RunningApp;
  let browser: RunningBrowser;
  let page: Page;
  let errors: string[];
  let downloads: string;
  let first: { id: string; questionId: string };
  let scores: { before: number; after: number };

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser({ width: 1280, height: 900 });
    page = browser.page;
    errors = watchErrors(page);
    downloads = mkdtempSync(path.join(os.tmpdir(), 'ip-downloads-'));
    // Get the owner cookie with one request first: the page's first parallel requests would
    // each mint an owner, and the seeding requests below must share the page's owner.
    expect((await page.request.get(`${app.url}/api/sessions`)).status()).toBe(200);
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Practice sessions' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('answers, tries again with a better answer, and shows both scores and the change', async () => {
    first = await seedSession(page, app.url, 'Kestrel Bank — first round');
    await page.goto(`${app.url}/#/sessions/${first.id}`);
    await expect.poll(() => page.locator('.questions .progress-line label').textContent()).toBe('0 of 1 answered');

    await answer(page, WEAK);
    const before = await overall(page);
    expect(before).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.questions .progress-line label').textContent()).toBe('1 of 1 answered');
    // One attempt: no change to report yet, and the answer box gives way to "Try again".
    expect(await page.locator('.overall-change').count()).toBe(0);
    expect(await page.getByLabel('Type your answer').count()).toBe(0);

    await page.getByRole('button', { name: 'Try again', exact: true }).click();
    const box = page.getByLabel('Type your answer');
    expect(await box.inputValue()).toBe('');
    await expect.poll(() => page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('answer-text');
    // The last attempt's feedback stays in view while rewriting.
    expect(await overall(page)).toBe(before);
    await screenshotElement(page.locator('.answer-pane'), 'review-retrying-1280');

    await answer(page, STRONG);
    const after = await overall(page);
    expect(after).toBeGreaterThan(before);
    scores = { before, after };

    // The new score beside the previous one, in numbers and in words.
    const move = page.locator('article.feedback .overall-change .score-move');
    expect(await move.locator('[aria-hidden="true"]').textContent()).toBe(`${before} → ${after} ▲ ${fmt(after - before)}`);
    expect(await move.locator('.visually-hidden').textContent()).toBe(`Score ${after} of 5, up ${fmt(after - before)} from your last attempt (${before}).`);
    // The rail shows the same move for the question.
    expect(await page.locator('.question-list .q-status .visually-hidden').textContent()).toContain(`up ${fmt(after - before)} from your last attempt`);

    // Side by side: attempt 1 and attempt 2, each with its own answer and score, and the dimensions' moves.
    const compare = page.getByRole('region', { name: 'Side by side' });
    const columns = compare.locator('.compare-col');
    expect(await columns.count()).toBe(2);
    expect(await columns.nth(0).locator('h4').textContent()).toMatch(/^Attempt 1/);
    expect(await columns.nth(0).locator('.compare-text').textContent()).toBe(WEAK);
    expect(await columns.nth(0).locator('.compare-score strong').textContent()).toBe(String(before));
    expect(await columns.nth(1).locator('.compare-text').textContent()).toBe(STRONG);
    expect(await columns.nth(1).locator('.compare-score strong').textContent()).toBe(String(after));
    expect(await compare.locator('.compare-dims tbody tr').count()).toBeGreaterThan(3);
    await screenshot(page, 'review-session-1280');
    await screenshotElement(page.locator('.answer-pane'), 'review-answer-pane-1280');

    // The example answer can sit beside an attempt.
    await compare.getByLabel('with', { exact: true }).selectOption({ label: 'The example answer' });
    await compare.getByRole('button', { name: 'Show an example answer' }).click();
    await compare.locator('.example-card').waitFor();
    expect(await compare.locator('.example-text').count()).toBeGreaterThan(0);

    // Phone width: the columns stack and nothing scrolls sideways.
    await page.setViewportSize({ width: 375, height: 812 });
    await compare.getByLabel('with', { exact: true }).selectOption({ label: `Attempt 2 — ${after} / 5` });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    const [a, b] = await Promise.all([columns.nth(0).boundingBox(), columns.nth(1).boundingBox()]);
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    await screenshot(page, 'review-session-375');
    await screenshotElement(page.locator('.answer-pane'), 'review-answer-pane-375');
    await screenshotElement(page.locator('.questions'), 'review-rail-375');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('opens a retry from the rail, and can cancel it', async () => {
    await page.getByRole('button', { name: `Try again: ${QUESTION}` }).click();
    await expect.poll(() => page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('answer-text');
    await page.getByRole('button', { name: 'Cancel — keep my last attempt' }).click();
    await expect.poll(() => focusedText(page)).toBe('Try again');
    expect(await overall(page)).toBe(scores.after);

    // On a phone the rail is far below the header: one press takes the user there.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.getByRole('button', { name: 'Go to the questions' }).click();
    await expect.poll(() => page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('questions-heading');
    const top = (await page.locator('#questions-heading').boundingBox())!.y; // relative to the viewport
    // The heading can sit at a fractional offset (2660.58 px) while the page scrolls by whole pixels: allow under 1 px.
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(100);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lists a second answered session, and the dashboard shows a point for each session', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const second = await seedSession(page, app.url, 'Harbour — platform', SECOND_QUESTION);
    await page.goto(`${app.url}/#/sessions/${second.id}`);
    await answer(page, SECOND_ANSWER);
    // A spoken retry (its text is the transcript) sits beside the typed attempt, labelled as such.
    const spoken = await page.request.post(`${app.url}/api/sessions/${second.id}/answers`, {
      data: { questionId: second.questionId, text: `Um, so ${SECOND_ANSWER}`, source: 'voice', durationSeconds: 40 },
    });
    expect(spoken.status()).toBe(201);
    await page.reload();
    const spokenColumn = page.locator('.compare-col').nth(1);
    await expect.poll(() => spokenColumn.locator('.compare-kind').textContent()).toMatch(/^Spoken · \d+ words$/);
    expect(await spokenColumn.locator('.compare-label').first().textContent()).toBe('Transcript');
    expect(await spokenColumn.getByRole('region', { name: 'Attempt 2: transcript' }).textContent()).toBe(`Um, so ${SECOND_ANSWER}`);

    // "Try again" in the rail works for a question that is not the one open.
    await page.request.post(`${app.url}/api/sessions/${second.id}/questions`, { data: { text: 'Why do you want this role?' } });
    await page.goto(`${app.url}/#/sessions/${second.id}`);
    await page.reload();
    await expect.poll(() => page.locator('#current-question').textContent()).toBe('Why do you want this role?');
    await page.getByRole('button', { name: `Try again: ${SECOND_QUESTION}` }).click();
    await expect.poll(() => page.locator('#current-question').textContent()).toBe(SECOND_QUESTION);
    await expect.poll(() => page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('answer-text');
    expect(await page.getByLabel('Type your answer').inputValue()).toBe('');
    expect(await page.locator('.questions .progress-line label').textContent()).toBe('1 of 2 answered');

    await page.goto(`${app.url}/#/`);
    const list = page.getByRole('list', { name: 'Sessions' });
    await expect.poll(() => list.locator(':scope > li').count()).toBe(2);
    const card = list.locator(':scope > li').filter({ hasText: 'Kestrel Bank — first round' });
    expect(await card.locator('.facts').textContent()).toContain('Answered1 of 1');
    // (The list's average is the server's: today every attempt counts, see the report; it is a score either way.)
    expect(await card.locator('.facts').textContent()).toMatch(/Average[1-5](\.\d)? \/ 5/);
    // "Created" shows the time too: two sessions of one day are told apart.
    expect(await card.locator('.facts').textContent()).toMatch(/Created.*\d{1,2}:\d{2}/);
    // The filter finds sessions by name (and role, company, coach), accents and case aside.
    await page.getByLabel('Find a session').fill('harbour');
    await expect.poll(() => list.locator(':scope > li').count()).toBe(1);
    expect(await page.getByText('Showing 1 of 2 sessions.').count()).toBe(1);
    await page.getByLabel('Find a session').fill('');
    await expect.poll(() => list.locator(':scope > li').count()).toBe(2);
    await screenshot(page, 'review-sessions-1280');

    await page.goto(`${app.url}/#/progress`);
    const chart = page.locator('.review-chart-svg').first();
    await chart.waitFor();
    // One marker (a path with a tooltip) per session on the session-average chart…
    expect(await chart.locator('path:has(title)').count()).toBe(2);
    // …and the same points as rows of its table.
    const block = page.locator('.review-chart-block').first();
    await block.getByText('Show the numbers as a table').click();
    const rows = block.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.filter({ hasText: 'Kestrel Bank — first round' }).locator('td').first().textContent()).toBe(`${scores.after} from 1 answer`);
    // Axis labels are the session names, on two lines where they need them.
    const ticks = async (): Promise<string[]> => chart.locator('text.review-chart-tick:has(tspan)').evaluateAll((els) => els.map((e) => [...e.querySelectorAll('tspan')].map((t) => t.textContent).join(' | ')));
    const desk = await ticks();
    expect(desk).toHaveLength(2);
    expect(desk[0]).toBe('Kestrel Bank — | first round');
    // The chart uses the card's width (it stopped at ~60% of it).
    const widths = await block.evaluate((el) => ({ card: el.clientWidth, chart: el.querySelector('svg.review-chart-svg')!.getBoundingClientRect().width }));
    expect(widths.chart).toBeGreaterThan(widths.card * 0.9);
    // No label runs past the drawing's edges.
    const inside = await chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].every((t) => { const r = t.getBoundingClientRect(); return r.left >= box.left - 1 && r.right <= box.right + 1; });
    });
    expect(inside).toBe(true);
    await screenshot(page, 'review-progress-1280');
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await expect.poll(async () => (await ticks()).length).toBeGreaterThan(0);
    for (const t of await ticks()) for (const line of t.split(' | ')) expect(line.length).toBeLessThanOrEqual(16);
    expect(await chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')].every((t) => { const r = t.getBoundingClientRect(); return r.left >= box.left - 1 && r.right <= box.right + 1; });
    })).toBe(true);
    await screenshot(page, 'review-progress-375');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('downloads the PDF and JSON through the buttons, and imports the JSON as a new session', async () => {
    await page.goto(`${app.url}/#/sessions/${first.id}`);
    const pdf = await download(page, 'Study guide (PDF)', downloads);
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(readFileSync(pdf.file).subarray(0, 5).toString()).toBe('%PDF-');
    const json = await download(page, 'Whole session (JSON)', downloads);
    expect(json.name).toMatch(/\.json$/);
    const exported = JSON.parse(readFileSync(json.file, 'utf8')) as unknown;
    expect(JSON.stringify(exported)).toContain(STRONG);

    await page.goto(`${app.url}/#/`);
    // A file that is not an export (a PDF) is named as such, before any upload.
    const importForm = page.locator('.review-import');
    await page.getByLabel('Import a session (.json export)').setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: readFileSync(pdf.file) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => importForm.getByRole('alert').textContent()).toContain("This isn't a session export (.json) — choose a file exported from this app.");
    await screenshotElement(importForm, 'review-import-not-an-export-1280');
    await page.getByLabel('Import a session (.json export)').setInputFiles(json.file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.url()).not.toContain(first.id);
    await expect.poll(() => page.url()).toMatch(/#\/sessions\/[^/]+$/);
    // Named as an import, so it never passes for the original.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kestrel Bank — first round (imported)');
    // The imported session keeps both attempts and their scores.
    expect(await overall(page)).toBe(scores.after);
    expect(await page.locator('.compare-col').count()).toBe(2);

    await page.goto(`${app.url}/#/`);
    await expect.poll(() => page.getByRole('list', { name: 'Sessions' }).locator(':scope > li').count()).toBe(3);
    expect(errors).toEqual([]);
  });
});

/** One decimal, trailing ".0" dropped — as the page prints a change. */
function fmt(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '');
}

/** Click a download link and save the file; returns the suggested name and the saved path. */
async function download(page: Page, linkName: string, dir: string): Promise<{ name: string; file: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const name = dl.suggestedFilename();
  const file = path.join(dir, name);
  await dl.saveAs(file);
  return { name, file };
}
