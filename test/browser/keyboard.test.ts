/**
 * The whole text loop by keyboard alone: every control is reached with Tab
 * (never clicked), activated with Enter, and the answer is sent with Ctrl+Enter.
 * Proves the controls are real, focusable and in a usable order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { JOB_DESCRIPTION, RESUME_LINES } from './documents.js';
import { launchBrowser, startApp, type RunningApp, type RunningBrowser } from './harness.js';

/** "tag|name" of the focused element: its label for fields, its text for buttons and summaries. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return 'body|';
  const label = el.labels && el.labels[0] ? el.labels[0].textContent : (el.getAttribute('aria-label') || el.textContent);
  return el.tagName.toLowerCase() + '|' + (label || '').trim();
})()`;

/** Press Tab until the focused element has this tag and name; fail after `max` presses. */
async function tabTo(page: Page, tag: string, name: string | RegExp, max = 80): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    const [focusedTag, focusedName = ''] = (await page.evaluate<string>(FOCUSED)).split('|');
    if (focusedTag === tag && (typeof name === 'string' ? focusedName === name : name.test(focusedName))) return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached <${tag}> "${String(name)}"`);
}

describe('keyboard-only practice loop', () => {
  let app: RunningApp;
  let browser: RunningBrowser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('creates a session, adds documents, generates and answers without a mouse', async () => {
    const { page } = browser;
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await tabTo(page, 'input', 'Name');
    await page.keyboard.type('Keyboard run');
    await tabTo(page, 'button', 'Start session');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Keyboard run');

    for (const [what, text] of [['resume', RESUME_LINES.join('\n')], ['job description', JOB_DESCRIPTION]] as const) {
      await tabTo(page, 'summary', `Or paste the ${what} as text`);
      await page.keyboard.press('Enter');
      await tabTo(page, 'textarea', `Text of the ${what}`);
      await page.keyboard.insertText(text);
      await tabTo(page, 'button', `Save ${what}`);
      await page.keyboard.press('Enter');
      await page.getByText(new RegExp(`${what === 'resume' ? 'Resume' : 'Job description'} saved`)).waitFor();
      // The paste form closed under the focused button; focus stays at that place.
      expect(await page.evaluate<string>(FOCUSED)).toBe(`summary|Or paste the ${what} as text`);
    }

    await tabTo(page, 'input', 'How many');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2');
    await tabTo(page, 'button', 'Generate questions');
    await page.keyboard.press('Enter');
    await page.getByText('2 questions added.').waitFor();

    // Pick the second question: the answer box takes focus.
    const second = (await page.locator('.question-select').nth(1).textContent()) ?? '';
    await tabTo(page, 'button', second);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('textarea|Type your answer');
    expect(await page.locator('#current-question').textContent()).toBe(second);

    await page.keyboard.insertText('I led the replication move and I cut failover from 40 minutes to 90 seconds, with zero missed payouts.');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => page.evaluate<string>(FOCUSED), { timeout: 15_000 }).toBe('h3|Feedback');
    expect(await page.locator('article.feedback .dimensions tbody tr').count()).toBeGreaterThan(3);
  });
});
