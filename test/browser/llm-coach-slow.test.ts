/**
 * A slow AI coach on a 375 px phone: the progress line comes into view when
 * feedback is requested (it sits below the answer box) without taking focus,
 * and after a few seconds it says the wait is long and that the built-in coach
 * takes over if the AI does not answer in time.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chat, delayed, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { launchBrowser, SCREENSHOT_DIR, startApp, type RunningApp, type RunningBrowser } from './harness.js';

const WIDTH = 375;
const HEIGHT = 700;
const QUESTION = 'Tell me about a time you made a slow process fast.';
const ANSWER =
  'At a parcel depot the nightly sorting report took four hours. I traced it to one unindexed join, added the index and ' +
  'split the report into two queries. It now finishes in nine minutes and the morning shift starts on time.';
const RESULT = 'It now finishes in nine minutes';
const ACTION = 'I traced it to one unindexed join';
// Distinct quotes, as a model gives them: one quote behind every high score is refused (evidence.ts).
const dim = (score: number, quote: string) => ({ score, evidence: [quote], advice: 'Say what you learned.' });
const FEEDBACK = {
  dimensions: { structure: dim(4, ACTION), specificity: dim(4, RESULT), ownership: dim(4, ACTION), result_impact: dim(4, RESULT), relevance: dim(4, RESULT), concision: dim(4, ACTION) },
  overall: 4,
  summary: 'A clear fix with a measured result.',
  strengths: ['Measured result'],
  improvements: ['Say what you learned.'],
  followUpQuestion: 'How did you find the join?',
};

describe('a slow AI coach on a phone', () => {
  let fake: FakeOpenAI;
  let app: RunningApp;
  let browser: RunningBrowser;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    // The AI answers after 11 s: past the 8 s "taking longer" mark, well within the 20 s timeout.
    fake.setScenario('/v1/chat/completions', delayed(11_000, chat.json(FEEDBACK)));
    app = await startApp({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, OPENAI_TIMEOUT_MS: '20000' });
    browser = await launchBrowser({ width: WIDTH, height: HEIGHT });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await fake?.close();
  });

  it('shows the progress line and, after a while, says who takes over', async () => {
    const { page } = browser;
    const session = (await (await page.request.post(`${app.url}/api/sessions`, { data: { name: 'Slow coach' } })).json()) as { id: string };
    await page.request.post(`${app.url}/api/sessions/${session.id}/questions`, { data: { text: QUESTION } });
    await page.goto(`${app.url}/#/sessions/${session.id}`);
    await page.getByLabel('Type your answer').fill(ANSWER);
    const button = page.getByRole('button', { name: 'Get feedback', exact: true });
    await button.click();

    const status = page.locator('.stream-progress [role="status"]');
    await status.getByText('Saved — the coach is reading your answer…').waitFor();
    // In the viewport without the user scrolling, and focus was not moved onto it.
    await expect.poll(async () => {
      const box = await status.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= HEIGHT;
    }).toBe(true);
    expect(await page.locator('.stream-progress:focus, .stream-progress :focus').count()).toBe(0);

    const slow = status.locator('.slow-note');
    await slow.waitFor({ timeout: 10_000 });
    expect(await slow.textContent()).toMatch(/^ Taking longer than usual — the built-in coach takes over if the AI does not answer (in time|within 20 s)\.$/);
    const grown = await status.boundingBox();
    expect(grown!.y + grown!.height).toBeLessThanOrEqual(HEIGHT);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'llm-slow-progress-375.png') });

    // The AI's answer arrives: the note goes with the wait.
    await page.locator('article.feedback').waitFor({ timeout: 15_000 });
    expect(await slow.count()).toBe(0);
  });
});
