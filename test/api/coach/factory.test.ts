/** The coach is chosen from config alone: a key (and optional base URL) turns the LLM coach on. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/server/config.js';
import { coachInfo, createCoach } from '../../../src/server/coach/factory.js';
import { chat, startFakeOpenAI, type FakeOpenAI } from '../../fakes/openai-server.js';
import { evaluationRequest, fakeBuiltin, validFeedbackReply } from './llm-fixtures.js';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => fake.close());

describe('createCoach / coachInfo', () => {
  it('returns the built-in coach without a key', () => {
    const config = parseConfig({});
    const builtin = fakeBuiltin();
    expect(createCoach(config, { builtin })).toBe(builtin);
    expect(coachInfo(config, builtin)).toEqual({ provider: 'builtin', model: 'rubric-test', models: [] });
  });

  it('talks to OPENAI_BASE_URL with OPENAI_MODEL when a key is set', async () => {
    const config = parseConfig({ OPENAI_API_KEY: 'sk-local', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'llama3.1:8b', OPENAI_MODELS: 'qwen2.5:7b' });
    fake.setScenario('/v1/chat/completions', chat.json(validFeedbackReply()));
    const coach = createCoach(config, { builtin: fakeBuiltin() });
    expect(coach.provider).toBe('openai');
    expect(coachInfo(config)).toEqual({ provider: 'openai', model: 'llama3.1:8b', models: ['llama3.1:8b', 'qwen2.5:7b'], timeoutMs: config.OPENAI_TIMEOUT_MS });

    const fb = await coach.evaluate(evaluationRequest, { model: 'qwen2.5:7b' });
    expect(fb.coach).toEqual({ persona: 'ruthless', provider: 'openai', model: 'qwen2.5:7b' });
    const req = fake.requestsTo('/v1/chat/completions')[0]!;
    expect(req.headers.authorization).toBe('Bearer sk-local');
    expect((req.body as { model: string }).model).toBe('qwen2.5:7b');
  });
});
