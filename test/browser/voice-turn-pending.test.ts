/**
 * Spoken answers keep the user's words and report only what was measured, in
 * Chromium with a fake microphone and the fake OpenAI-compatible server:
 * - a new recording over an edited transcript asks first, and "keep" keeps it;
 * - after submitting, focus is on the feedback and the recording's note
 *   ("Recordings are not kept…") is shown;
 * - a reload while editing warns, then puts the edited transcript back;
 * - a failed transcription offers a real "Try transcription again";
 * - a silent recording says no speech was heard, sends nothing to the
 *   transcriber, and its delivery says pace and pauses were not measured.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reply } from '../fakes/openai-server.js';
import { focusedText, launchBrowser, screenshotElement, watchErrors, type RunningBrowser } from './harness.js';
import { startVoiceRig, type VoiceRig } from './voice-rig.js';

const HEARD = 'I rebuilt the triage rota and response times fell by a third.';
const EDITED = 'MY CAREFUL EDIT: I rebuilt the triage rota; response times fell by a third in six weeks.';
const TYPED = 'On the step-down unit I precepted fourteen new graduates and thirteen stayed past one year because I paired them with charge nurses.';

async function newQuestion(request: APIRequestContext, base: string, name: string): Promise<string> {
  const session = (await (await request.post(`${base}/api/sessions`, { data: { name } })).json()) as { id: string };
  const question = (await (await request.post(`${base}/api/sessions/${session.id}/questions`, { data: { text: 'Tell me about a process you improved.' } })).json()) as { id: string };
  return `${base}/#/sessions/${session.id}/q/${question.id}`;
}

/**
 * Page errors, minus the 404 of the delivery panel's HEAD check for a recording that was not kept
 * (AUDIO_KEEP_PER_OWNER=0, or the audio did not survive the reload): Chromium logs every failed fetch.
 */
const unexpected = (errors: string[]) => errors.filter((e) => !e.includes('status of 404'));

const statusOf = (panel: Locator) => panel.locator('[role="status"]').first();
const numberFor = (page: Page, label: string) => page.locator('.voice-numbers div', { has: page.locator('dt', { hasText: label }) }).locator('.voice-value');

/** On a new question: record, wait for the transcript, and replace it with the edited text. */
async function recordAndEdit(rig: VoiceRig, name: string): Promise<{ page: Page; panel: Locator; transcript: Locator }> {
  const page = rig.browser.page;
  await page.goto(await newQuestion(rig.browser.context.request, rig.app.url, name));
  const panel = page.getByRole('region', { name: 'Answer out loud' });
  const transcript = await record(page, panel, 2500);
  await expect.poll(() => transcript.inputValue(), { timeout: 15_000 }).toBe(HEARD);
  await transcript.fill(EDITED);
  return { page, panel, transcript };
}

/** Record for `ms` and stop; returns the transcript box. */
async function record(page: Page, panel: Locator, ms: number): Promise<Locator> {
  await panel.getByRole('button', { name: 'Start recording' }).click();
  await expect.poll(() => panel.getByRole('button', { name: 'Stop recording' }).isVisible()).toBe(true);
  await page.waitForTimeout(ms);
  await panel.getByRole('button', { name: 'Stop recording' }).click();
  const transcript = panel.getByLabel(/^Transcript/);
  await transcript.waitFor({ timeout: 15_000 });
  return transcript;
}

describe('spoken answers keep pending words', () => {
  let rig: VoiceRig;

  beforeAll(async () => {
    rig = await startVoiceRig({
      spoken: HEARD,
      env: { OPENAI_TRANSCRIBE_MODEL: 'whisper-1', OPENAI_TIMEOUT_MS: '5000', AUDIO_KEEP_PER_OWNER: '0' },
      prepare: (fake) => fake.setScenario('/v1/audio/transcriptions', () => reply.json({ task: 'transcribe', text: HEARD, words: [] })),
    });
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('asks before a new recording replaces an edited transcript, then focuses the feedback and shows the recording note', async () => {
    const { page, panel, transcript } = await recordAndEdit(rig, 'Replace');

    await panel.getByRole('button', { name: 'Start recording' }).click();
    const question = panel.getByRole('group', { name: 'Record again? Your transcript of the last recording will be replaced.' });
    await question.waitFor();
    expect(await focusedText(page)).toBe('Record again');
    expect(await panel.getByRole('button', { name: 'Stop recording' }).count()).toBe(0);
    await screenshotElement(panel, 'voice-turn-replace-question');
    await question.getByRole('button', { name: 'Keep what I have' }).click();
    expect(await question.count()).toBe(0);
    expect(await focusedText(page)).toBe('Start recording');
    expect(await transcript.inputValue()).toBe(EDITED);

    await panel.getByRole('button', { name: 'Submit spoken answer' }).click();
    const feedback = page.getByRole('heading', { name: /^Feedback/ }).first();
    await feedback.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""')).toMatch(/^Feedback/);
    expect(await page.getByText('Recordings are not kept on this server (AUDIO_KEEP_PER_OWNER=0).').isVisible()).toBe(true);
    expect(await page.locator('.voice-transcript').first().textContent()).toBe(EDITED);
    expect(unexpected(rig.errors)).toEqual([]);
  });

  it('warns before a reload while editing, and puts the edited transcript back after it', async () => {
    const { page, panel } = await recordAndEdit(rig, 'Reload');

    const dialogs: string[] = [];
    page.once('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await expect.poll(() => panel.getByLabel(/^Transcript/).inputValue(), { timeout: 10_000 }).toBe(EDITED);
    expect(await statusOf(panel).textContent()).toMatch(/^Your transcript from before the page was reloaded is back/);

    await panel.getByRole('button', { name: 'Submit spoken answer' }).click();
    await page.getByRole('heading', { name: /^Feedback/ }).first().waitFor({ timeout: 30_000 });
    // The recording's timing came back with the transcript: pauses were measured from it.
    expect(await numberFor(page, 'Long pauses (≥ 1.5 s)').textContent()).toMatch(/^\d+$/);
    // Submitted: the draft is gone, so the next attempt starts empty.
    expect(await page.evaluate<string[]>("Object.keys(sessionStorage).filter((k) => k.startsWith('voice-draft:'))")).toEqual([]);
    expect(unexpected(rig.errors)).toEqual([]);
  });

  it('offers a real retry after a failed transcription, without advice it cannot follow', async () => {
    const page = rig.browser.page;
    rig.fake.setScenario('/v1/audio/transcriptions', reply.status(500, { error: { message: 'fake transcriber exploded' } }));
    await page.goto(await newQuestion(rig.browser.context.request, rig.app.url, 'Retry'));
    const panel = page.getByRole('region', { name: 'Answer out loud' });
    await record(page, panel, 2000);
    await expect.poll(() => statusOf(panel).textContent(), { timeout: 15_000 }).toMatch(/failed \(HTTP 500\)/);
    const status = (await statusOf(panel).textContent()) ?? '';
    expect(status).toContain('Your recording is kept: press “Try transcription again”, or type what you said.');
    expect(status).not.toMatch(/speech recognition|No transcript is available/);

    rig.fake.setScenario('/v1/audio/transcriptions', () => reply.json({ task: 'transcribe', text: HEARD, words: [] }));
    await panel.getByRole('button', { name: 'Try transcription again' }).click();
    await expect.poll(() => panel.getByLabel(/^Transcript/).inputValue(), { timeout: 15_000 }).toBe(HEARD);
    expect(await panel.getByRole('button', { name: 'Try transcription again' }).count()).toBe(0);
    await expect.poll(() => page.evaluate<string>('document.activeElement?.id')).toBe('voice-transcript');
    // Leave nothing pending for the next page load.
    await panel.getByRole('button', { name: 'Discard this recording' }).click();
    expect(await focusedText(page)).toBe('Start recording');
  });
});

describe('a silent recording', () => {
  let rig: VoiceRig;
  let tmp: string;
  let silent: RunningBrowser;

  beforeAll(async () => {
    rig = await startVoiceRig({ spoken: HEARD, env: { OPENAI_TRANSCRIBE_MODEL: 'whisper-1', OPENAI_TIMEOUT_MS: '5000' } });
    tmp = mkdtempSync(path.join(os.tmpdir(), 'ip-voice-silent-'));
    const wav = path.join(tmp, 'silence.wav');
    execFileSync('sox', ['-n', '-r', '16000', '-c', '1', '-b', '16', wav, 'trim', '0', '20']);
    silent = await launchBrowser({ args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`] });
  });

  afterAll(async () => {
    await silent?.close();
    await rig?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('says no speech was heard, sends nothing to transcribe, and measures neither pace nor pauses', async () => {
    const page = silent.page;
    const errors = watchErrors(page);
    await page.goto(await newQuestion(silent.context.request, rig.app.url, 'Silence'));
    const panel = page.getByRole('region', { name: 'Answer out loud' });
    const transcript = await record(page, panel, 6000);
    expect(await statusOf(panel).textContent()).toBe('Recording stopped. No speech was heard in the recording: the microphone level stayed at silence. Check your microphone and record again, or type what you said.');
    expect(rig.fake.requestsTo('/v1/audio/transcriptions')).toHaveLength(0);
    expect(await panel.getByRole('button', { name: 'Transcribe anyway' }).isVisible()).toBe(true);

    await transcript.fill(TYPED);
    await panel.getByRole('button', { name: 'Submit spoken answer' }).click();
    const delivery = page.getByRole('region', { name: 'Delivery' });
    await delivery.waitFor({ timeout: 30_000 });
    expect(await numberFor(page, 'Pace').textContent()).toBe('not measured');
    expect(await numberFor(page, 'Long pauses (≥ 1.5 s)').textContent()).toBe('not measured');
    expect(await numberFor(page, 'Very long pauses (≥ 3 s)').textContent()).toBe('not measured');
    const text = (await delivery.textContent()) ?? '';
    expect(text).toContain('The microphone heard no speech in the recording, so pace and pauses were not measured.');
    expect(text).not.toMatch(/comfortable band|Pauses come from the microphone level/);
    expect(await delivery.getByRole('img').count()).toBe(0);
    await screenshotElement(delivery, 'voice-turn-silent-delivery');
    expect(errors).toEqual([]);
  });
});
