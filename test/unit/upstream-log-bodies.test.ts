/**
 * Upstream reply bodies never reach the log: a failing AI service's body (a
 * worker traceback, an echoed key) travels inside the SDK error's message,
 * which pino's error serializer would print, cause by cause. Real pino with
 * the app's logger options, real SDK errors from the fake server over HTTP.
 */
import { Writable } from 'node:stream';
import OpenAI from 'openai';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyError } from '../../src/server/coach/llm/failures.js';
import { createLeanFetch } from '../../src/server/coach/llm/transport.js';
import { AppError } from '../../src/server/errors.js';
import { loggerOptions } from '../../src/server/logger.js';
import { createOpenAITranscriber } from '../../src/server/services/transcription/openai.js';
import { chat, reply, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';

const SECRET = 'whisper worker crashed: Traceback (most recent call last) sk-live-SECRET';
let fake: FakeOpenAI;
let client: OpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  client = new OpenAI({ apiKey: 'k', baseURL: fake.url, maxRetries: 0 });
});
afterAll(() => fake.close());

function capture(): { log: pino.Logger; text: () => string } {
  let out = '';
  const sink = new Writable({ write: (chunk: Buffer, _enc, done) => ((out += chunk.toString()), done()) });
  const { transport: _transport, ...opts } = loggerOptions({ LOG_LEVEL: 'info', LOG_PRIVATE_TEXT: false });
  return { log: pino(opts, sink), text: () => out };
}

async function sdkError(): Promise<unknown> {
  fake.setScenario('/v1/embeddings', reply.raw(SECRET, { status: 500 }));
  return client.embeddings.create({ model: 'm', input: ['x'] }).then(
    () => expect.fail('should have failed'),
    (err: unknown) => err,
  );
}

describe('upstream bodies in the log', () => {
  it('logs a transcription failure (as the error handler does) with the status only', async () => {
    fake.setScenario('/v1/audio/transcriptions', reply.raw(SECRET, { status: 500 }));
    const transcriber = createOpenAITranscriber({ client, model: 'whisper-1', timeoutMs: 2000 });
    const err = await transcriber.transcribe(Buffer.from('RIFF0000WAVE'), { mimeType: 'audio/wav', filename: 'a.wav' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    const { log, text } = capture();
    log.error({ err }, 'request_failed');
    expect(text()).toContain('The transcription service failed (HTTP 500)');
    expect(text()).not.toContain('SECRET');
    expect(text()).not.toContain('Traceback');
  });

  it('summarises an SDK error wrapped as any cause, and a bare one, as status, code and size', async () => {
    const upstream = await sdkError();
    const { log, text } = capture();
    log.error({ err: new AppError('upstream_failed', 'It failed.', { cause: upstream }) }, 'request_failed');
    log.warn({ err: upstream }, 'work_history_embedding_failed');
    expect(text()).not.toContain('SECRET');
    const lines = text().trim().split('\n').map((l) => JSON.parse(l) as { err: Record<string, unknown> });
    expect(lines[0]!.err).toMatchObject({ type: 'AppError', message: 'It failed.', upstream: { status: 500, bodyChars: expect.any(Number) } });
    expect(lines[1]!.err).toMatchObject({ type: 'InternalServerError', status: 500 });
  });

  it('still logs ordinary errors with their causes', () => {
    const { log, text } = capture();
    log.error({ err: new Error('outer', { cause: new Error('inner detail') }) }, 'request_failed');
    expect(text()).toContain('inner detail');
  });
});

describe('coach failure reasons say what happened', () => {
  const limits = { maxRetryAfterSeconds: 10, timeoutMs: 5000 };

  it('a 200 whose body is not JSON', async () => {
    fake.setScenario('/v1/chat/completions', { headers: { 'content-type': 'application/json' }, body: '{"id":"x","choices":[{"message":{"content":"{\\"a\\":' });
    const err = await client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(classifyError(err, limits).reason).toBe('the AI service sent a reply that is not JSON');
  });

  it('a stream cut mid-reply', async () => {
    // The coach's own transport, as in the app; the cut comes after the first events have arrived.
    const lean = createLeanFetch();
    const coachClient = new OpenAI({ apiKey: 'k', baseURL: fake.url, maxRetries: 0, fetch: lean.fetch });
    fake.setScenario('/v1/chat/completions', chat.stream('{"feedback": "a long reply that is cut off here', { cutAfter: 3, eventDelayMs: 20 }));
    const stream = await coachClient.chat.completions.create({ model: 'm', stream: true, messages: [{ role: 'user', content: 'hi' }] });
    const err = await (async () => {
      for await (const _chunk of stream) void _chunk;
    })().catch((e: unknown) => e);
    lean.close();
    expect(classifyError(err, limits).reason).toBe('the connection to the AI service broke off partway through its reply');
  });

  it('an endpoint that cannot be reached', async () => {
    const dead = new OpenAI({ apiKey: 'k', baseURL: 'http://127.0.0.1:9/v1', maxRetries: 0 });
    const err = await dead.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(classifyError(err, limits).reason).toBe('the AI service could not be reached');
  });
});
