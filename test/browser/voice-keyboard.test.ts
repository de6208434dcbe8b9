/**
 * The voice controls with the keyboard only, in Chromium with a fake
 * microphone: Enter on "Start recording" / "Start voice interview" keeps focus
 * on the button that replaced it and back again, a polite status says what
 * happened, only one of the two may use the microphone at a time, an empty
 * transcription says no speech was heard, and a blocked microphone shows no
 * transcript box.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reply } from '../fakes/openai-server.js';
import { focusedText, screenshotElement, type RunningBrowser } from './harness.js';
import { startVoiceRig, type VoiceRig } from './voice-rig.js';

const QUESTION = 'Tell me about a time you cut response times for customers.';
const NOTHING_HEARD = 'The transcription service returned no text for this recording. Type what you said, or record again.';

/** Press Tab until `name` has focus (from wherever focus is); fails after 40 presses. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

const statusOf = (panel: Locator) => panel.locator('[role="status"]').first();

describe('voice controls with the keyboard', () => {
  let rig: VoiceRig;
  let browser: RunningBrowser;
  let errors: string[];
  let sessionUrl: string;

  beforeAll(async () => {
    rig = await startVoiceRig({
      spoken: 'I rebuilt the triage rota and response times fell.',
      width: 375,
      height: 800,
      env: { OPENAI_TRANSCRIBE_MODEL: 'whisper-1', OPENAI_TIMEOUT_MS: '5000' },
      // The transcriber hears nothing (a muted or wrong microphone).
      prepare: (fake) => fake.setScenario('/v1/audio/transcriptions', () => reply.json({ task: 'transcribe', text: '', words: [] })),
    });
    ({ browser, errors } = rig);
    const request = browser.context.request;
    const base = rig.app.url;
    const session = (await (await request.post(`${base}/api/sessions`, { data: { name: 'Keyboard voice' } })).json()) as { id: string };
    const question = (await (await request.post(`${base}/api/sessions/${session.id}/questions`, { data: { text: QUESTION } })).json()) as { id: string };
    sessionUrl = `${base}/#/sessions/${session.id}/q/${question.id}`;
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('records and stops with Enter, focus staying on the record button, and says when nothing was heard', async () => {
    const page = browser.page;
    await page.goto(sessionUrl);
    const panel = page.getByRole('region', { name: 'Answer out loud' });
    const interview = page.locator('section.realtime');
    await panel.getByRole('button', { name: 'Start recording' }).waitFor();
    await tabTo(page, 'Start recording');

    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Stop recording');
    await expect.poll(() => statusOf(panel).textContent()).toMatch(/^Recording\./);
    // The live interview may not take the microphone meanwhile.
    expect(await interview.getByText('A recording is running in “Answer out loud”').isVisible()).toBe(true);
    expect(await interview.getByRole('button', { name: 'Start voice interview' }).getAttribute('aria-disabled')).toBe('true');
    await screenshotElement(panel, 'voice-keyboard-recording-375');

    await page.waitForTimeout(1500);
    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(panel).textContent(), { timeout: 15_000 }).toBe(`Recording stopped. ${NOTHING_HEARD}`);
    expect(await focusedText(page)).toBe('Start recording');
    expect(await interview.getByRole('button', { name: 'Start voice interview' }).getAttribute('aria-disabled')).toBeNull();
    await screenshotElement(panel, 'voice-keyboard-nothing-heard-375');
    expect(errors).toEqual([]);
  });

  it('starts and stops the live interview with Enter, focus staying on the call button, and blocks recording meanwhile', async () => {
    const page = browser.page;
    await page.goto(sessionUrl);
    const panel = page.getByRole('region', { name: 'Answer out loud' });
    const interview = page.locator('section.realtime');
    await interview.getByRole('button', { name: 'Start voice interview' }).waitFor();
    await tabTo(page, 'Start voice interview');

    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Stop');
    await expect.poll(() => statusOf(interview).textContent(), { timeout: 20_000 }).toMatch(/^Live:/);
    expect(await focusedText(page)).toBe('Stop');
    // The turn-based recorder says why it cannot start, and a press does nothing.
    expect(await panel.getByText('The voice interview is using the microphone').isVisible()).toBe(true);
    // (A dispatched click: Playwright refuses to click an aria-disabled button, and a real click would move focus.)
    await panel.getByRole('button', { name: 'Start recording' }).dispatchEvent('click');
    await page.waitForTimeout(500);
    expect(await panel.getByRole('button', { name: 'Stop recording' }).count()).toBe(0);
    await screenshotElement(interview, 'voice-keyboard-interview-375');

    await page.keyboard.press('Enter');
    await expect.poll(() => statusOf(interview).textContent()).toBe('Interview stopped. The transcript is saved.');
    expect(await focusedText(page)).toBe('Start voice interview');
    expect(await panel.getByText('The voice interview is using the microphone').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows no transcript box when the microphone is blocked', async () => {
    const page = await browser.context.newPage();
    try {
      // What the browser does when the user (or a site setting) blocks the microphone.
      await page.addInitScript("navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));");
      await page.goto(sessionUrl);
      const panel = page.getByRole('region', { name: 'Answer out loud' });
      await panel.getByRole('button', { name: 'Start recording' }).click();
      await panel.getByRole('alert').waitFor();
      expect(await panel.getByRole('alert').textContent()).toMatch(/^Microphone access is blocked\./);
      expect(await panel.getByLabel(/^Transcript/).count()).toBe(0);
      expect(await panel.getByRole('button', { name: 'Submit spoken answer' }).count()).toBe(0);
      expect(await panel.getByRole('button', { name: 'Start recording' }).getAttribute('aria-disabled')).toBeNull();
      await screenshotElement(panel, 'voice-mic-blocked-375');
    } finally {
      await page.close();
    }
  });
});
