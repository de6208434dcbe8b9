/**
 * A reconnected realtime call continues the interview: minting with
 * `resume: true` gives the interviewer the resumed-interview note, the
 * question in progress and a recap of the saved transcript (from the server's
 * own store, never from the client), as the fake OpenAI server receives it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESUMED_NOTE } from '../../src/server/services/voice/instructions.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { startTestApp, type TestApp } from './helper.js';

const Q1 = 'Tell me about a time you cut response times for customers.';
const Q2 = 'How would you handle a ferry cancellation that strands 300 passengers?';

let fake: FakeOpenAI;
let app: TestApp;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  app = await startTestApp({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.url, OPENAI_REALTIME_URL: 'http://127.0.0.1:9/v1/realtime/calls', OPENAI_TIMEOUT_MS: '5000' });
});
afterAll(async () => {
  await app?.destroy();
  await fake?.close();
});

const instructionsSent = (i: number) => (fake.requestsTo('/v1/realtime/client_secrets')[i]!.body as { session: { instructions: string } }).session.instructions;

describe('POST /api/voice/session with resume', () => {
  it('tells a resumed call where the interview was; a first call is not told', async () => {
    fake.reset();
    const c = app.client();
    const s = (await c.post('/api/sessions', { name: 'resume', persona: 'helpful' })).json();
    const q1 = (await c.post(`/api/sessions/${s.id}/questions`, { text: Q1 })).json();
    const q2 = (await c.post(`/api/sessions/${s.id}/questions`, { text: Q2 })).json();
    const lines = [
      { itemId: 'c1', role: 'coach', text: `Hello Marta, welcome. ${Q1}`, questionId: q1.id },
      { itemId: 'u1', role: 'candidate', text: 'TIDEWATER-ANSWER: I rebuilt the triage rota.', questionId: q1.id },
      { itemId: 'c2', role: 'coach', text: `Thank you. ${Q2}`, questionId: q2.id },
    ];
    for (const [i, l] of lines.entries()) {
      const res = await c.post(`/api/sessions/${s.id}/voice-transcript`, { ...l, at: new Date(Date.UTC(2025, 4, 1, 10, 0, i)).toISOString() });
      expect(res.statusCode).toBe(201);
    }

    expect((await c.post('/api/voice/session', { sessionId: s.id })).statusCode).toBe(200);
    expect((await c.post('/api/voice/session', { sessionId: s.id, resume: true })).statusCode).toBe(200);

    expect(instructionsSent(0)).not.toContain(RESUMED_NOTE);
    const resumed = instructionsSent(1);
    expect(resumed).toContain(RESUMED_NOTE);
    expect(resumed).toMatch(new RegExp(`<untrusted source="last_question">\\s*${Q2.slice(0, 30)}`));
    expect(resumed).toContain('Candidate: TIDEWATER-ANSWER: I rebuilt the triage rota.');
    expect(resumed).toContain(`Interviewer: Thank you. ${Q2}`);
  });

  it('refuses a resume flag that is not a boolean, saying which field', async () => {
    const c = app.client();
    const s = (await c.post('/api/sessions', { name: 'bad resume' })).json();
    fake.reset();
    const res = await c.post('/api/voice/session', { sessionId: s.id, resume: 'yes' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('resume');
    expect(fake.requestsTo('/v1/realtime/client_secrets')).toHaveLength(0);
  });
});
