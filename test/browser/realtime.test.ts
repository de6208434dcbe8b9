/**
 * The realtime voice interview end to end in Debian Chromium: a fake
 * microphone (an espeak-ng WAV) and a local fake realtime peer (werift) that
 * answers the SDP offer, receives the audio and plays GA events — with the
 * candidate's transcript arriving after the coach's next turn. Both sides of
 * the conversation must appear in the UI and be saved, in conversation order.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { DEFAULT_LINES, startFakeRealtimePeer, type FakeRealtimePeer } from '../fakes/realtime-peer.js';
import { JOB, RESUME } from '../unit/voice/fixtures.js';
import { launchBrowser, screenshot, startApp, watchErrors, type RunningApp, type RunningBrowser } from './harness.js';

const QUESTION = 'Tell me about a time you cut response times for customers.';

/** A 16 kHz mono WAV of a spoken answer, made with espeak-ng and sox. */
function makeMicWav(dir: string): string {
  const raw = path.join(dir, 'raw.wav');
  const out = path.join(dir, 'mic.wav');
  execFileSync('espeak-ng', ['-w', raw, DEFAULT_LINES.answer]);
  execFileSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', out]);
  return out;
}

async function api<T>(request: APIRequestContext, base: string, method: 'GET' | 'POST', url: string, data?: unknown): Promise<T> {
  const res = method === 'GET' ? await request.get(base + url) : await request.post(base + url, { data });
  expect(res.ok(), `${method} ${url} → ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

describe('realtime voice interview in the browser', () => {
  let tmp: string;
  let fake: FakeOpenAI;
  let peer: FakeRealtimePeer;
  let app: RunningApp;
  let browser: RunningBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'ip-realtime-'));
    const wav = makeMicWav(tmp);
    fake = await startFakeOpenAI();
    peer = await startFakeRealtimePeer();
    app = await startApp({ OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.url, OPENAI_REALTIME_URL: peer.url });
    browser = await launchBrowser({
      args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`, '--autoplay-policy=no-user-gesture-required'],
    });
    page = browser.page;
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await peer?.close();
    await fake?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows and saves both sides of the conversation in order', async () => {
    const request = browser.context.request;
    const session = await api<{ id: string }>(request, app.url, 'POST', '/api/sessions', { name: 'Harbourline voice', persona: 'helpful' });
    await api(request, app.url, 'POST', `/api/sessions/${session.id}/documents`, { kind: 'resume', text: RESUME });
    await api(request, app.url, 'POST', `/api/sessions/${session.id}/documents`, { kind: 'job_description', text: JOB });
    const question = await api<{ id: string }>(request, app.url, 'POST', `/api/sessions/${session.id}/questions`, { text: QUESTION });

    await page.goto(`${app.url}/#/sessions/${session.id}/q/${question.id}`);
    await page.getByRole('button', { name: 'Start voice interview' }).click();

    const lines = page.locator('ol[aria-label="Voice transcript"] > li[data-final="true"]');
    await expect.poll(() => lines.count(), { timeout: 30_000 }).toBe(3);
    const shown = await lines.evaluateAll((els) => els.map((el) => `${el.getAttribute('data-role')}|${el.querySelector('.realtime-text')?.textContent ?? ''}`));
    expect(shown).toEqual([`coach|${DEFAULT_LINES.greeting}`, `candidate|${DEFAULT_LINES.answer}`, `coach|${DEFAULT_LINES.followUp}`]);

    // Saved on the server in conversation order, linked to the selected question.
    type Saved = { role: string; text: string; questionId: string | null; itemId: string };
    await expect
      .poll(async () => (await api<Saved[]>(request, app.url, 'GET', `/api/sessions/${session.id}/voice-transcript`)).length, { timeout: 10_000 })
      .toBe(3);
    const saved = await api<Saved[]>(request, app.url, 'GET', `/api/sessions/${session.id}/voice-transcript`);
    expect(saved.map((e) => [e.role, e.text])).toEqual([
      ['coach', DEFAULT_LINES.greeting],
      ['candidate', DEFAULT_LINES.answer],
      ['coach', DEFAULT_LINES.followUp],
    ]);
    expect(saved.every((e) => e.questionId === question.id)).toBe(true);

    // The call really carried the microphone and the ephemeral secret; the key stayed on the server.
    const call = peer.calls[0]!;
    expect(call.authorization).toBe('Bearer ek_fake_secret');
    expect(call.audioPackets).toBeGreaterThan(0);
    expect(call.received.map((e) => e.type)).toContain('response.create');
    expect(fake.requestsTo('/v1/realtime/client_secrets')).toHaveLength(1);
    expect(peer.scriptErrors).toEqual([]);

    // The spoken answer gets feedback like a typed one.
    await page.getByRole('button', { name: 'Get feedback on my spoken answer' }).click();
    await page.getByText(/Feedback ready: \d(\.\d)? \/ 5/).waitFor({ timeout: 20_000 });
    const detail = await api<{ answers: Array<{ source: string; text: string }> }>(request, app.url, 'GET', `/api/sessions/${session.id}`);
    expect(detail.answers.find((a) => a.source === 'realtime')?.text).toBe(DEFAULT_LINES.answer);

    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByText('Interview stopped').waitFor();
    await screenshot(page, 'realtime-interview');
    expect(errors).toEqual([]);
  });
});
