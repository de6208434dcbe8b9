/**
 * The LLM coach over the client the app really builds (factory's
 * createOpenAIClient: official SDK + lean keep-alive transport), against the
 * fake OpenAI-compatible server. The contract suite (test/api/coach) runs over
 * this same client; these are the cases particular to the transport: a stall
 * mid-stream, an abort mid-stream, the per-profile cache and a bounded pool.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../src/server/config.js';
import { createOpenAIClient } from '../../../../src/server/coach/factory.js';
import { createLlmCoach } from '../../../../src/server/coach/llm/index.js';
import { createLeanFetch, type LeanFetch } from '../../../../src/server/coach/llm/transport.js';
import { loadPersonaPrompts } from '../../../../src/server/coach/prompts.js';
import { chat, startFakeOpenAI, type FakeOpenAI } from '../../../fakes/openai-server.js';
import { evaluationRequest, fakeBuiltin, validFeedbackReply } from '../../../api/coach/llm-fixtures.js';

const CHAT = '/v1/chat/completions';
const prompts = loadPersonaPrompts();
let fake: FakeOpenAI;
let transport: LeanFetch;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  transport = createLeanFetch({ maxSockets: 16 });
});
afterAll(async () => {
  transport.close();
  await fake.close();
});
beforeEach(() => fake.reset());

function makeCoach(opts: { timeoutMs?: number; baseURL?: string } = {}) {
  const config = parseConfig({ OPENAI_API_KEY: 'sk-lean', OPENAI_BASE_URL: opts.baseURL ?? fake.url });
  const fallback = fakeBuiltin();
  const coach = createLlmCoach({
    client: createOpenAIClient(config, transport),
    prompts,
    fallback,
    defaultModel: 'gpt-4o-mini',
    allowedModels: [],
    timeoutMs: opts.timeoutMs ?? 5000,
    maxRetryAfterSeconds: 2,
  });
  return { coach, fallback };
}

describe('LLM coach over the lean transport', () => {
  it('times out a stream that stalls after its first chunks, with the timeout as the reason', async () => {
    fake.setScenario(CHAT, chat.streamJson(validFeedbackReply(), { chunkSize: 12, beforeEvent: (i) => (i === 8 ? new Promise((r) => setTimeout(r, 3000)) : undefined) }));
    const { coach } = makeCoach({ timeoutMs: 400 });
    const t0 = Date.now();
    const fb = await coach.evaluate(evaluationRequest, { onDelta: () => undefined });
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(fake.requestsTo(CHAT)).toHaveLength(1);
    expect(fb.coach).toMatchObject({ provider: 'builtin', fallbackReason: 'the AI coach did not answer within 0.4 s' });
  });

  it('rejects (no fallback) when the caller aborts mid-stream', async () => {
    fake.setScenario(CHAT, chat.streamJson(validFeedbackReply(), { chunkSize: 12, beforeEvent: (i) => (i === 6 ? new Promise((r) => setTimeout(r, 2000)) : undefined) }));
    const { coach, fallback } = makeCoach();
    const controller = new AbortController();
    const pending = coach.evaluate(evaluationRequest, { signal: controller.signal, onDelta: () => controller.abort() });
    await expect(pending).rejects.toThrow();
    expect(fake.requestsTo(CHAT)).toHaveLength(1);
    expect(fallback.calls).toEqual([]);
  });

  it('caches rendered documents per profile without mixing profiles up', async () => {
    fake.setScenario(CHAT, chat.json(validFeedbackReply()));
    const { coach } = makeCoach();
    const other = { ...evaluationRequest.profile, job: { ...evaluationRequest.profile.job, company: 'Quillmark Labs', responsibilities: ['Run the billing pipeline'] } };
    await coach.evaluate(evaluationRequest);
    await coach.evaluate({ ...evaluationRequest, profile: other });
    await coach.evaluate(evaluationRequest);
    const users = fake.requestsTo(CHAT).map((r) => (r.body as { messages: Array<{ content: string }> }).messages[1]!.content);
    expect(users[0]).toContain('Own the job-scheduling platform');
    expect(users[1]).toContain('Run the billing pipeline');
    expect(users[1]).not.toContain('Own the job-scheduling platform');
    expect(users[2]).toBe(users[0]);
  });

  it('answers 16 concurrent evaluations, plain and streamed, over a bounded pool', async () => {
    fake.setScenario(CHAT, chat.json(validFeedbackReply(), { delayMs: 20 }));
    const { coach, fallback } = makeCoach();
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => coach.evaluate(evaluationRequest, i % 2 ? { onDelta: () => undefined } : {})),
    );
    expect(results.every((fb) => fb.coach.provider === 'openai' && fb.overall === 4)).toBe(true);
    expect(fallback.calls).toEqual([]);
  });
});
