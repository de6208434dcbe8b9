/**
 * Which coach wrote a question is stored with it (migration 008) and comes
 * back on the session long after the "N questions added" line: the AI coach
 * with the session's model, the built-in coach after a fallback (with its
 * reason), or nothing for the user's own questions. Runs on SQLite and, in
 * the api-pg project, on PostgreSQL (every migration included).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Question } from '../../../src/shared/api.js';
import { chat, reply, startFakeOpenAI, type FakeOpenAI } from '../../fakes/openai-server.js';
import { startTestApp, type TestApp, type TestClient } from '../helper.js';

const CHAT = '/v1/chat/completions';
const SESSION_MODEL = 'qwen-qa:14b';
const q = (text: string) => ({ text, category: 'behavioral', competency: 'ownership', rationale: 'They want to see you own a result.', source: { kind: 'custom', text: '' } });

let fake: FakeOpenAI;
let app: TestApp;
let c: TestClient;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  app = await startTestApp({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.url, OPENAI_MODELS: SESSION_MODEL, OPENAI_TIMEOUT_MS: '5000' });
  c = app.client();
});
afterAll(async () => {
  await app?.destroy();
  await fake?.close();
});
beforeEach(() => fake.reset());

async function newSession(model?: string): Promise<string> {
  const s = (await c.post('/api/sessions', { name: 'Who wrote these' })).json() as { id: string };
  if (model) expect((await c.patch(`/api/sessions/${s.id}`, { model })).statusCode).toBe(200);
  return s.id;
}

const stored = async (id: string): Promise<Question[]> => (await c.get(`/api/sessions/${id}`)).json().questions as Question[];

describe('the coach of a question', () => {
  it('records the AI coach and the model the session chose', async () => {
    fake.setScenario(CHAT, chat.json({ questions: [q('Walk me through the release you were proudest of.'), q('When did you push back on a deadline, and how?')] }));
    const id = await newSession(SESSION_MODEL);
    const res = await c.post(`/api/sessions/${id}/questions/generate`, { count: 2 });
    expect(res.statusCode).toBe(201);
    expect(res.json().questions.map((x: Question) => x.coach)).toEqual([
      { provider: 'openai', model: SESSION_MODEL },
      { provider: 'openai', model: SESSION_MODEL },
    ]);
    expect((await stored(id)).map((x) => x.coach)).toEqual([
      { provider: 'openai', model: SESSION_MODEL },
      { provider: 'openai', model: SESSION_MODEL },
    ]);
  });

  it('records the built-in coach and the reason after a fallback; the user\'s own question has none', async () => {
    fake.setScenario(CHAT, reply.serverError(503));
    const id = await newSession();
    const res = await c.post(`/api/sessions/${id}/questions/generate`, { count: 2 });
    expect(res.statusCode).toBe(201);
    expect(res.json().fallbackReason).toBe('the AI service had an error (HTTP 503)');
    expect((await c.post(`/api/sessions/${id}/questions`, { text: 'What is a decision you would make differently today?' })).statusCode).toBe(201);

    const questions = await stored(id);
    expect(questions).toHaveLength(3);
    const fallback = { provider: 'builtin', model: null, fallbackReason: 'the AI service had an error (HTTP 503)' };
    expect(questions.map((x) => x.coach)).toEqual([fallback, fallback, null]);
  });
});
