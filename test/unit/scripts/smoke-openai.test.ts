/**
 * `npm run smoke:openai` run as an operator runs it (a child process reading
 * its environment) against the local fake OpenAI-compatible server over real
 * HTTP: every capability passes when the endpoint answers, a refused one is
 * reported with the app's own message and exit 1, and no key means SKIPPED.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chat, reply, startFakeOpenAI, type FakeOpenAI } from '../../fakes/openai-server.js';
import { ANSWER } from '../../../scripts/lib/smoke-sample.js';

const RESULT = 'Releases went from two days to forty minutes';
const ACTION = 'I wrote a pipeline that deployed them in order';
const dim = (score: number, quote: string) => ({ score, evidence: [quote], advice: 'Say what you learned.' });
/**
 * A reply a model could give for the smoke answer: its quotes occur in the answer, as the coach
 * requires, and the parts scored 4 are not all backed by one quote (the coach refuses that).
 */
const feedbackReply = () => ({
  dimensions: { structure: dim(4, ACTION), specificity: dim(4, RESULT), ownership: dim(4, ACTION), result_impact: dim(4, RESULT), relevance: dim(4, RESULT), concision: dim(4, ACTION) },
  overall: 4,
  summary: 'A measured result.',
  strengths: ['Numbers'],
  improvements: ['Add the learning.'],
  followUpQuestion: 'What broke first?',
  usedSnippetIds: [],
});

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// tsx by absolute URL: the child runs in a temp directory (so no developer .env is read) where `tsx` would not resolve.
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

function runSmoke(env: Record<string, string>, cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    // A clean environment: only what the test sets, so a developer's own key cannot leak in.
    const child = spawn(process.execPath, ['--import', TSX, path.join(ROOT, 'scripts/smoke-openai.ts')], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, DATA_DIR: cwd, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

describe('npm run smoke:openai', () => {
  let fake: FakeOpenAI;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    dir = mkdtempSync(path.join(os.tmpdir(), 'ip-smoke-'));
    env = { OPENAI_API_KEY: 'sk-smoke', OPENAI_BASE_URL: fake.url, OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small' };
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('quotes an answer that really contains the quotes', () => {
    expect(ANSWER).toContain(RESULT);
    expect(ANSWER).toContain(ACTION);
  });

  it('passes every capability against an endpoint that answers, through the real routes', { timeout: 60_000 }, async () => {
    fake.reset();
    fake.setScenario('/v1/chat/completions', chat.json(feedbackReply()));
    const { code, out } = await runSmoke(env, dir);
    expect(out).toContain('All checks passed.');
    expect(out.match(/^✓ /gm)).toHaveLength(4);
    expect(code).toBe(0);
    for (const route of ['/v1/chat/completions', '/v1/embeddings', '/v1/audio/transcriptions', '/v1/realtime/client_secrets']) {
      expect(fake.requestsTo(route), route).toHaveLength(1);
    }
    // The transcription request carried a real WAV file.
    expect(fake.requestsTo('/v1/audio/transcriptions')[0]!.files?.[0]?.bytes.subarray(0, 4).toString()).toBe('RIFF');
  });

  it('reports a refused capability with the app message and exits 1', { timeout: 60_000 }, async () => {
    fake.reset();
    fake.setScenario('/v1/chat/completions', chat.json(feedbackReply()));
    fake.setScenario('/v1/embeddings', reply.status(401, { error: { message: 'secret upstream detail', type: 'invalid_request_error' } }));
    fake.setScenario('/v1/realtime/client_secrets', reply.status(404, { error: { message: 'no realtime here', type: 'invalid_request_error' } }));
    const { code, out } = await runSmoke(env, dir);
    expect(code).toBe(1);
    expect(out).toMatch(/^✓ coach/m);
    expect(out).toMatch(/^✗ embeddings/m);
    expect(out).toMatch(/^✗ realtime/m);
    expect(out).toContain('2 of 4 checks failed.');
  });

  it('says SKIPPED and exits 0 without a key', { timeout: 60_000 }, async () => {
    const { code, out } = await runSmoke({}, dir);
    expect(out).toMatch(/^SKIPPED: OPENAI_API_KEY is not set/m);
    expect(code).toBe(0);
  });
});
