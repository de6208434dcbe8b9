/**
 * The set-up the live-voice browser tests share: a fake microphone playing a
 * spoken WAV (espeak-ng + sox), the fake OpenAI server, the fake realtime
 * peer, the app pointed at both, and Chromium with the fake-media flags.
 */
import { execFileSync } from 'node:child_process';
import type { APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { startFakeRealtimePeer, type FakeRealtimePeer, type PeerScript } from '../fakes/realtime-peer.js';
import { launchBrowser, startApp, watchErrors, type RunningApp, type RunningBrowser } from './harness.js';

/** A 16 kHz mono 16-bit WAV of `text` in `dir`, as Chromium's fake microphone wants it. */
export function spokenWav(dir: string, text: string): string {
  const raw = path.join(dir, 'raw.wav');
  const out = path.join(dir, 'mic.wav');
  execFileSync('espeak-ng', ['-w', raw, text]);
  execFileSync('sox', [raw, '-r', '16000', '-c', '1', '-b', '16', out]);
  return out;
}

export interface VoiceRig {
  fake: FakeOpenAI;
  peer: FakeRealtimePeer;
  app: RunningApp;
  browser: RunningBrowser;
  /** Page errors and console errors of the first page. */
  errors: string[];
  close(): Promise<void>;
}

export interface VoiceRigOptions {
  /** What the fake microphone says. */
  spoken: string;
  script?: PeerScript;
  /** Extra app settings (the key, base URL and realtime URL are set already). */
  env?: Record<string, string>;
  width?: number;
  height?: number;
  /** Runs once the fake OpenAI server is up, before the app starts (e.g. set a scenario). */
  prepare?: (fake: FakeOpenAI) => void;
}

export async function startVoiceRig(opts: VoiceRigOptions): Promise<VoiceRig> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ip-voice-rig-'));
  const wav = spokenWav(tmp, opts.spoken);
  const fake = await startFakeOpenAI();
  opts.prepare?.(fake);
  const peer = await startFakeRealtimePeer(opts.script ? { script: opts.script } : {});
  const app = await startApp({ OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.url, OPENAI_REALTIME_URL: peer.url, ...opts.env });
  const browser = await launchBrowser({
    width: opts.width,
    height: opts.height,
    args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`, '--autoplay-policy=no-user-gesture-required'],
  });
  return {
    fake,
    peer,
    app,
    browser,
    errors: watchErrors(browser.page),
    close: async () => {
      await browser.close();
      await app.close();
      await peer.close();
      await fake.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** POST JSON through the page's request context (its owner cookie) and return the parsed answer; fails the test on an error status. */
export async function postJson<T>(request: APIRequestContext, url: string, data: unknown): Promise<T> {
  const res = await request.post(url, { data });
  expect(res.ok(), `POST ${url} → ${res.status()}`).toBe(true);
  return (await res.json()) as T;
}
