/**
 * Turn-based voice mode end to end in Debian Chromium: a fake microphone
 * plays an espeak-ng WAV with a 2.0 s and a 3.5 s silence between three
 * spoken parts; the app records it, the fake OpenAI-compatible server
 * transcribes it, the user edits the transcript and submits, and the delivery
 * panel must count exactly those two long pauses (one of them ≥ 3 s).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reply, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { launchBrowser, screenshot, startApp, watchErrors, type RunningApp, type RunningBrowser } from './harness.js';

const PARTS = ['Um, so I led the billing migration last spring.', 'We moved the queue to Kafka, like, in two weeks.', 'Latency fell by half.'];
const SILENCES = [2.0, 3.5];
const TRANSCRIPT = 'Um, so I led the billing migration last spring. We moved the queue to Kafka, like, in two weeks. Latency fell by half.';
const QUESTION = 'Tell me about a migration you led.';

/** Three spoken parts (edges trimmed) joined by the silences, as a 16 kHz mono 16-bit WAV; returns path and length. */
function makeMicWav(dir: string): { file: string; seconds: number } {
  const pieces: string[] = [];
  PARTS.forEach((text, i) => {
    const raw = path.join(dir, `part${i}.raw.wav`);
    const part = path.join(dir, `part${i}.wav`);
    execFileSync('espeak-ng', ['-w', raw, text]);
    // Trim espeak's own leading/trailing silence so the only long silences are ours.
    execFileSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', part, 'silence', '1', '0.02', '1%', 'reverse', 'silence', '1', '0.02', '1%', 'reverse']);
    pieces.push(part);
    const gap = SILENCES[i];
    if (gap !== undefined) {
      const silence = path.join(dir, `silence${i}.wav`);
      execFileSync('sox', ['-n', '-r', '16000', '-c', '1', '-b', '16', silence, 'trim', '0', String(gap)]);
      pieces.push(silence);
    }
  });
  const file = path.join(dir, 'mic.wav');
  execFileSync('sox', [...pieces, file]);
  const seconds = Number(execFileSync('soxi', ['-D', file]).toString().trim());
  return { file, seconds };
}

async function api<T>(request: APIRequestContext, base: string, url: string, data: unknown): Promise<T> {
  const res = await request.post(base + url, { data });
  expect(res.ok(), `POST ${url} → ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/** The value shown next to a label in the delivery numbers. */
const numberFor = (page: Page, label: string) => page.locator('.voice-numbers div', { has: page.locator('dt', { hasText: label }) }).locator('.voice-value');
/** The note beside it (band, words). */
const noteFor = (page: Page, label: string) => page.locator('.voice-numbers div', { has: page.locator('dt', { hasText: label }) }).locator('.voice-band');
/** The player's duration, or -1 while it is unknown (Infinity: a WebM with no length in its header). */
const knownDuration = (el: unknown): number => {
  const d = (el as { duration: number }).duration;
  return Number.isFinite(d) ? d : -1;
};

describe('turn-based voice answer in the browser', () => {
  let tmp: string;
  let wav: { file: string; seconds: number };
  let fake: FakeOpenAI;
  let app: RunningApp;
  let browser: RunningBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'ip-voice-turn-'));
    wav = makeMicWav(tmp);
    fake = await startFakeOpenAI();
    fake.setScenario('/v1/audio/transcriptions', () => reply.json({ task: 'transcribe', text: TRANSCRIPT, words: [] }));
    app = await startApp({ OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.url, OPENAI_TRANSCRIBE_MODEL: 'whisper-1', OPENAI_TIMEOUT_MS: '5000' });
    browser = await launchBrowser({
      args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav.file}`],
    });
    page = browser.page;
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await fake?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('records, transcribes, lets the user edit, and reports the pauses that are in the audio', async () => {
    expect(wav.seconds).toBeGreaterThan(8);
    const request = browser.context.request;
    const session = await api<{ id: string }>(request, app.url, '/api/sessions', { name: 'Voice turn' });
    const question = await api<{ id: string }>(request, app.url, `/api/sessions/${session.id}/questions`, { text: QUESTION });
    await page.goto(`${app.url}/#/sessions/${session.id}/q/${question.id}`);

    const panel = page.getByRole('region', { name: 'Answer out loud' });
    // Headless Chromium has no speech-synthesis voices: the question stays on screen, quietly.
    await expect.poll(() => panel.getByText('Your browser has no voices to read the question aloud').isVisible()).toBe(true);
    await panel.getByRole('button', { name: 'Start recording' }).click();
    await expect.poll(() => panel.getByRole('button', { name: 'Stop recording' }).isVisible()).toBe(true);
    // Chromium loops the file: stop just before its end so each silence is heard exactly once.
    await page.waitForTimeout(Math.round((wav.seconds - 0.6) * 1000));
    await panel.getByRole('button', { name: 'Stop recording' }).click();

    const transcript = panel.getByLabel(/^Transcript/);
    await expect.poll(() => transcript.inputValue(), { timeout: 20_000 }).toBe(TRANSCRIPT);
    const sent = fake.requestsTo('/v1/audio/transcriptions')[0]!;
    expect(sent.fields).toMatchObject({ model: 'whisper-1', response_format: 'verbose_json' });
    expect(sent.files?.[0]?.contentType).toBe('audio/webm');
    expect(sent.files?.[0]?.bytes.subarray(0, 4).toString('hex')).toBe('1a45dfa3');

    await transcript.fill(`${TRANSCRIPT} I think it was worth it.`);
    await panel.getByRole('button', { name: 'Submit spoken answer' }).click();

    const delivery = page.getByRole('region', { name: 'Delivery' });
    await expect.poll(() => delivery.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await numberFor(page, 'Long pauses (≥ 1.5 s)').textContent()).toBe('2');
    expect(await numberFor(page, 'Very long pauses (≥ 3 s)').textContent()).toBe('1');
    expect(await delivery.locator('.voice-transcript mark.voice-filler').allTextContents()).toEqual(['Um', 'like']);
    expect(await delivery.locator('.voice-transcript mark.voice-hedge').allTextContents()).toEqual(['I think']);
    const timeline = await delivery.getByRole('img').getAttribute('aria-label');
    // The measured silences match the WAV's to within a few 50 ms metering frames.
    const measured = [...(timeline ?? '').matchAll(/([\d.]+) s at/g)].map((m) => Number(m[1]));
    expect(measured).toHaveLength(2);
    measured.forEach((seconds, i) => expect(Math.abs(seconds - SILENCES[i]!)).toBeLessThanOrEqual(0.3));
    // Hedges are quoted as the transcript wrote them; the fillers band reads as plain words.
    expect(await noteFor(page, 'Hedges').textContent()).toContain('“I think”');
    // (27 words: two fillers are 7 %, one would be 4 %, so the band is "too short to judge".)
    expect(await noteFor(page, 'Fillers').textContent()).toMatch(/^ (fine|noticeable|worth working on|too short to judge) \(/);
    // The recording can be scrubbed: the player knows its real length, which the file itself does not say.
    const audio = delivery.locator('audio');
    const src = await audio.getAttribute('src');
    const bare = `new Promise((resolve) => { const a = new Audio(${JSON.stringify(src)}); a.preload = 'metadata'; a.onloadedmetadata = () => resolve(String(a.duration)); })`;
    expect(await page.evaluate<string>(bare)).toBe('Infinity');
    await expect.poll(() => audio.evaluate(knownDuration), { timeout: 15_000 }).toBeGreaterThan(wav.seconds - 2);
    expect(await audio.evaluate(knownDuration)).toBeLessThan(wav.seconds + 1);
    expect(await audio.evaluate((el) => (el as unknown as { currentTime: number }).currentTime)).toBe(0);
    await screenshot(page, 'voice-turn-delivery');
    expect(errors).toEqual([]);
  });

  it('with no key and hold-space to talk, still measures the pauses and lets the user type the transcript', async () => {
    const keyless = await startApp();
    try {
      const request = browser.context.request;
      const session = await api<{ id: string }>(request, keyless.url, '/api/sessions', { name: 'No key' });
      const question = await api<{ id: string }>(request, keyless.url, `/api/sessions/${session.id}/questions`, { text: QUESTION });
      await page.goto(`${keyless.url}/#/sessions/${session.id}/q/${question.id}`);
      const panel = page.getByRole('region', { name: 'Answer out loud' });
      await expect.poll(() => panel.getByText('No server transcriber is configured').isVisible()).toBe(true);
      // The live interview says what it needs in the user's words; the settings are a smaller line for whoever runs the app.
      const notice = page.locator('section.realtime [role="note"]');
      expect(await notice.locator('strong').textContent()).toBe('Live voice practice needs an AI service connected. Ask whoever runs this app to add one.');
      expect(await notice.locator('strong').textContent()).not.toMatch(/OPENAI|server/);
      expect(await notice.locator('.realtime-admin').textContent()).toMatch(/^For whoever runs this app: set OPENAI_API_KEY.*OPENAI_REALTIME_MODEL/);
      // Hold space to talk this time: press, speak (the fake microphone plays), release.
      await panel.getByRole('button', { name: 'Start recording' }).focus();
      await page.keyboard.down('Space');
      await expect.poll(() => panel.getByRole('button', { name: 'Stop recording' }).isVisible()).toBe(true);
      await page.waitForTimeout(Math.round((wav.seconds - 0.6) * 1000));
      await page.keyboard.up('Space');

      // Headless Chromium's speech recognition needs Google's servers, so the user types.
      const transcript = panel.getByLabel(/^Transcript/);
      await expect.poll(() => transcript.isVisible(), { timeout: 10_000 }).toBe(true);
      await transcript.fill(PARTS.join(' '));
      await panel.getByRole('button', { name: 'Submit spoken answer' }).click();
      const delivery = page.getByRole('region', { name: 'Delivery' });
      await expect.poll(() => delivery.isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await numberFor(page, 'Long pauses (≥ 1.5 s)').textContent()).toBe('2');
      expect(await numberFor(page, 'Very long pauses (≥ 3 s)').textContent()).toBe('1');
      expect(await delivery.getByText('Pauses come from the microphone level', { exact: false }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await keyless.close();
    }
  });
});
