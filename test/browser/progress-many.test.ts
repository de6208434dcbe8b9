/**
 * The progress page of a heavy user (61 sessions with feedback), in Chromium at
 * 390 and 1280 px: the charts show the latest sessions that fit — fewer on a
 * phone — and say so over each chart; the table under a chart holds the same
 * sessions; the "Sessions on the charts" select (worked by keyboard too) widens
 * the window up to all 61 and says so in a status line; no two x-axis labels
 * overlap at either width. Sessions come in through the import (export files
 * written here, so the scores and dates are fixed). Screenshots of each state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { closeAppAndBrowser, launchBrowser, screenshot, screenshotElement, startApp, watchErrors, type RunningApp, type RunningBrowser } from './harness.js';

const TOTAL = 61;
/** Real-looking names, long and short, repeated (so imports get "(imported 2)", "(imported 3)"… and same-name labels get their day). */
const NAMES = ['Northwind — operations manager', 'Kestrel Bank — first round', 'Harbour Logistics', 'Pharmacy → clinical trials', 'Brightwater retail final', 'Mock'];
const COMPETENCIES = ['ownership', 'conflict', 'communication'];
const DIMENSIONS = ['structure', 'specificity', 'result_impact'] as const;

/** Session n's day: every third day from 1 Oct 2025, so the sessions span two years (axis days then carry the year). */
const dayOf = (n: number): string => new Date(Date.UTC(2025, 9, 1 + 3 * n, 9, 0)).toISOString();

/** A version 2 export file: session n with two scored answers, the scores rising slowly with ups and downs. */
function sessionFile(n: number) {
  const at = dayOf(n);
  const score = (k: number): number => Math.min(5, Math.max(1, Math.round(10 * (1.6 + (2.4 * n) / TOTAL + (((n * 7 + k * 3) % 5) - 2) / 3)) / 10));
  const question = (k: number) => ({
    ref: `q${k}`, position: k + 1, text: `Question ${k + 1} of session ${n}: tell me about a time you changed a plan.`, category: 'behavioral',
    competency: COMPETENCIES[(n + k) % COMPETENCIES.length], rationale: 'To see how you work.', source: { kind: 'custom', text: '' }, createdAt: at,
  });
  const feedback = (k: number) => ({
    overall: score(k), summary: 'Scored.', strengths: [], improvements: [], followUpQuestion: '',
    dimensions: DIMENSIONS.map((key, d) => ({ key, score: Math.round(score(k + d)), evidence: ['I changed the plan.'], advice: 'Say what changed.' })),
    coach: { persona: 'helpful', provider: 'builtin', model: 'rubric' },
  });
  return {
    format: 'interview-practice/session', version: 2, exportedAt: at,
    session: { name: NAMES[n % NAMES.length], persona: 'helpful', difficulty: 'medium', questionType: 'behavioral', voice: null, model: null, createdAt: at },
    documents: [], voiceTranscript: [],
    questions: [0, 1].map(question),
    answers: [0, 1].map((k) => ({ questionRef: `q${k}`, text: 'I changed the plan and told the team why.', source: 'text', durationSeconds: null, createdAt: at, feedback: feedback(k) })),
  };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Pairs of x-axis labels whose boxes overlap, in every chart on the page, and labels that run out of their drawing. */
async function labelClashes(page: Page): Promise<string[]> {
  const clashes: string[] = [];
  for (const chart of await page.locator('svg.review-chart-svg').all()) {
    const svg = (await chart.evaluate((el) => el.getBoundingClientRect().toJSON())) as Box;
    const labels = chart.locator('text.review-chart-tick:has(tspan)');
    const boxes = (await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) as Box[];
    const names = await labels.allTextContents();
    expect(boxes.length).toBeGreaterThan(1);
    boxes.forEach((a, i) => {
      if (a.left < svg.left - 1 || a.right > svg.right + 1) clashes.push(`${names[i]} runs out of the chart`);
      boxes.slice(i + 1).forEach((b, j) => {
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) clashes.push(`${names[i]} × ${names[i + 1 + j]}`);
      });
    });
  }
  return clashes;
}

/** What the first chart (the session average, one series) shows: its line, how many points the line passes through, its markers and table rows. */
async function averageChart(page: Page): Promise<{ line: string; vertices: number; markers: number; rows: number; summary: string }> {
  const block = page.locator('.review-chart-block').first();
  const chart = block.locator('svg.review-chart-svg');
  const d = (await chart.locator('path.review-chart-line').getAttribute('d')) ?? '';
  return {
    line: (await block.locator('.review-window-line').textContent()) ?? '',
    vertices: (d.match(/[ML]/g) ?? []).length,
    markers: await chart.locator('path:has(title)').count(),
    rows: await block.locator('tbody tr').count(),
    summary: (await block.locator('summary').textContent()) ?? '',
  };
}

/** The number in "Your last N of 61 sessions (Mar 12 – 30, 2026)". */
function shownIn(line: string): number {
  const m = /^Your last (\d+) of 61 sessions \(.+–.+2026\)$/.exec(line);
  expect(m, line).not.toBeNull();
  return Number(m![1]);
}

describe('progress with 61 sessions', () => {
  let app: RunningApp;
  let browser: RunningBrowser;
  let page: Page;
  let errors: string[];
  let select: Locator;
  let phoneCount = 0;

  beforeAll(async () => {
    // 61 imports in a few seconds: more writes than the per-minute limit allows one client.
    app = await startApp({ RATE_LIMIT_PER_MINUTE: '100000' });
    browser = await launchBrowser({ width: 390, height: 844 });
    page = browser.page;
    errors = watchErrors(page);
    expect((await page.request.get(`${app.url}/api/sessions`)).status()).toBe(200);
    for (let n = 0; n < TOTAL; n++) expect((await page.request.post(`${app.url}/api/sessions/import`, { data: sessionFile(n) })).status()).toBe(201);
    select = page.getByRole('combobox', { name: 'Sessions on the charts' });
  });

  afterAll(async () => {
    await closeAppAndBrowser(app, browser);
  });

  it('on a phone shows the latest sessions that fit, says which, and widens by keyboard to all 61', async () => {
    await page.goto(`${app.url}/#/progress`);
    await page.locator('.review-window-line').first().waitFor();
    await page.locator('.review-chart-block').first().getByText('Show the numbers as a table').click();
    const before = await averageChart(page);
    phoneCount = shownIn(before.line);
    expect(phoneCount).toBeGreaterThanOrEqual(5);
    expect(phoneCount).toBeLessThanOrEqual(10);
    // One point, marker and table row per session in the window — the table says it holds the same ones.
    expect(before).toMatchObject({ vertices: phoneCount, markers: phoneCount, rows: phoneCount });
    expect(before.summary).toBe(`Show the numbers as a table — the same ${phoneCount} sessions as the chart`);
    // Every chart says the same.
    expect(new Set(await page.locator('.review-window-line').allTextContents())).toEqual(new Set([before.line]));
    expect(await page.locator('.review-chart-block').count()).toBe(3);
    expect(await labelClashes(page)).toEqual([]);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await page.locator('.review-window [role="status"]').textContent()).toBe('');
    await screenshot(page, 'progress-many-390');

    // The select works from the keyboard: the next choice is twice as many.
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await averageChart(page)).line).toMatch(new RegExp(`^Your last ${phoneCount * 2} of 61 sessions`));
    expect(await page.locator('.review-window [role="status"]').textContent()).toBe(`The charts and their tables now show your last ${phoneCount * 2} of 61 sessions.`);

    await select.selectOption({ label: 'All 61' });
    await expect.poll(async () => (await averageChart(page)).line).toMatch(/^All 61 sessions \(.+2025.+–.+2026\)$/);
    const all = await averageChart(page);
    // All 61 points on the line; at this width their markers would merge, so only the latest keeps one. The table has every session.
    expect(all).toMatchObject({ vertices: TOTAL, markers: 1, rows: TOTAL, summary: 'Show the numbers as a table — all 61 sessions, as in the chart' });
    expect(await page.locator('.review-window [role="status"]').textContent()).toBe('The charts and their tables now show all 61 sessions.');
    expect(await labelClashes(page)).toEqual([]);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshotElement(page.locator('.review-chart-block').first(), 'progress-many-390-all-average');
    await screenshotElement(page.locator('.review-chart-block').last(), 'progress-many-390-all-dimensions');
    expect(errors).toEqual([]);
  });

  it('on a desktop shows more sessions by default, and all 61 with a marker each', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await page.locator('.review-window-line').first().waitFor();
    await page.locator('.review-chart-block').first().getByText('Show the numbers as a table').click();
    const desk = await averageChart(page);
    const count = shownIn(desk.line);
    expect(count).toBeGreaterThan(phoneCount);
    expect(desk).toMatchObject({ vertices: count, markers: count, rows: count });
    expect(await labelClashes(page)).toEqual([]);
    expect(await select.inputValue()).toBe('1');
    await screenshot(page, 'progress-many-1280');

    await select.selectOption('all');
    await expect.poll(async () => (await averageChart(page)).vertices).toBe(TOTAL);
    expect(await averageChart(page)).toMatchObject({ markers: TOTAL, rows: TOTAL });
    expect(await labelClashes(page)).toEqual([]);
    await screenshotElement(page.locator('.review-chart-block').nth(1), 'progress-many-1280-all-competencies');
    expect(errors).toEqual([]);
  });
});
