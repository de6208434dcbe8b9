/**
 * The progress charts in forced colours (Windows high contrast), in Chromium:
 * SVG keeps its own colours there, so a black series vanished on a black
 * background. Every line, marker and label now takes the system text colour
 * (series differ by dash and marker). The tables behind the charts and the
 * session summary's dimension table scroll in a named, focusable region, so a
 * keyboard user can scroll a table wider than the phone.
 * Screenshot: the average chart in forced colours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAppAndBrowser, openAppAndBrowser, screenshotElement, type RunningApp, type RunningBrowser } from './harness.js';
import { postJson } from './stories-helpers.js';

const ANSWER =
  'At Harrow Pottery three kiln batches cracked in a month. I was asked to stop the losses before the spring fair. ' +
  'I logged every firing, found the cooling ramp was too fast, and rewrote the schedule with the two potters. ' +
  'Losses fell from 14% to 3% that term, and I learned to read the log before blaming the clay.';

let app: RunningApp;
let browser: RunningBrowser;
let page: Page;
let errors: string[];
let sessionId = '';

async function practisedSession(name: string): Promise<string> {
  const s = await postJson<{ id: string }>(page.request, `${app.url}/api/sessions`, { name });
  const q = await postJson<{ id: string }>(page.request, `${app.url}/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you stopped a recurring loss.' });
  await postJson(page.request, `${app.url}/api/sessions/${s.id}/answers`, { questionId: q.id, text: ANSWER });
  return s.id;
}

beforeAll(async () => {
  ({ app, browser, page, errors } = await openAppAndBrowser());
  await page.goto(`${app.url}/#/`);
  await practisedSession('Pottery one');
  sessionId = await practisedSession('Pottery two');
});

afterAll(async () => {
  await closeAppAndBrowser(app, browser);
});

describe('progress in forced colours', () => {
  it('draws every series line and marker in the system text colour', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${app.url}/#/progress`);
    const chart = page.locator('.review-chart').first();
    // 'attached': two equal scores make a flat line, whose box has no height (Playwright calls it hidden).
    await chart.locator('.review-chart-line').first().waitFor({ state: 'attached' });
    const colours = await page.evaluate<{ text: string; lines: string[]; markers: string[] }>(`(() => {
      const text = getComputedStyle(document.body).color;
      const lines = [...document.querySelectorAll('.review-chart-line')].map((e) => getComputedStyle(e).stroke);
      const markers = [...document.querySelectorAll('.review-chart-marker:not(.open)')].map((e) => getComputedStyle(e).fill);
      return { text, lines, markers };
    })()`);
    expect(colours.lines.length).toBeGreaterThan(0);
    expect(new Set(colours.lines)).toEqual(new Set([colours.text]));
    expect(new Set(colours.markers)).toEqual(new Set([colours.text]));
    await screenshotElement(chart, 'progress-forced-colors-chart');
    await page.emulateMedia({ forcedColors: 'none' });
    expect(errors).toEqual([]);
  });

  it('puts each table in a named region a keyboard user can focus and scroll', async () => {
    await page.goto(`${app.url}/#/progress`);
    await page.getByText('Show the numbers as a table').first().click();
    const region = page.getByRole('region', { name: /Average score per session/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    await region.focus();
    expect(await page.evaluate<string | undefined>('document.activeElement?.getAttribute("role")')).toBe('region');

    await page.goto(`${app.url}/#/sessions/${sessionId}`);
    const dims = page.getByRole('region', { name: 'Average per rubric dimension' });
    await dims.waitFor();
    expect(await dims.getAttribute('tabindex')).toBe('0');
    expect(await dims.locator('table caption').textContent()).toBe('Average per rubric dimension (1–5)');
    expect(errors).toEqual([]);
  });
});
