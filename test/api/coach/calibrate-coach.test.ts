/** The calibration flavour of the LLM coach: loud skip without a key, errors instead of fallbacks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalibrationProviderError, createCalibrationLlmCoach } from '../../../src/server/coach/llm/calibrate-coach.js';
import { chat, reply, startFakeOpenAI, type FakeOpenAI } from '../../fakes/openai-server.js';
import { evaluationRequest, validFeedbackReply } from './llm-fixtures.js';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => fake.close());

describe('createCalibrationLlmCoach', () => {
  it('returns null and prints a SKIPPED banner without a key', () => {
    const lines: string[] = [];
    expect(createCalibrationLlmCoach({}, (m) => lines.push(m))).toBeNull();
    expect(lines.join('\n')).toMatch(/SKIPPED: --coach llm needs OPENAI_API_KEY/);
  });

  it('scores through the endpoint and turns provider failures into errors with the reason', async () => {
    const coach = createCalibrationLlmCoach({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: fake.url }, () => undefined)!;
    fake.setScenario('/v1/chat/completions', chat.json(validFeedbackReply()));
    expect((await coach.evaluate(evaluationRequest)).coach.provider).toBe('openai');

    fake.setScenario('/v1/chat/completions', reply.status(401));
    const err = await coach.evaluate(evaluationRequest).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CalibrationProviderError);
    expect((err as Error).message).toBe('LLM coach failed: the AI service refused the request (HTTP 401) — check OPENAI_API_KEY');
  });
});
