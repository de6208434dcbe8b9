/**
 * Realtime voice routes through the real app: the mint request as the fake
 * OpenAI server receives it (contract), errors, the transcript routes and
 * "submit voice answer".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESUME, JOB } from '../unit/voice/fixtures.js';
import { reply, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { startTestApp, type TestApp, type TestClient } from './helper.js';

const API_KEY = 'sk-test-server-only-7f3a9c';
const CALLS_URL = 'http://127.0.0.1:9/v1/realtime/calls';
const QUESTION = 'Tell me about a time you cut response times for customers.';

let fake: FakeOpenAI;
let keyed: TestApp;
let keyless: TestApp;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  keyed = await startTestApp({
    OPENAI_API_KEY: API_KEY,
    OPENAI_BASE_URL: fake.url,
    OPENAI_REALTIME_URL: CALLS_URL,
    OPENAI_REALTIME_MODEL: 'gpt-realtime-test',
    OPENAI_REALTIME_VOICE: 'cedar',
    OPENAI_TIMEOUT_MS: '5000',
  });
  keyless = await startTestApp();
});
afterAll(async () => {
  await keyed?.destroy();
  await keyless?.destroy();
  await fake?.close();
});

async function sessionWithQuestion(c: TestClient): Promise<{ id: string; questionId: string }> {
  const s = (await c.post('/api/sessions', { name: 'voice', persona: 'ruthless' })).json();
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'resume', text: RESUME })).statusCode).toBe(201);
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'job_description', text: JOB })).statusCode).toBe(201);
  const q = await c.post(`/api/sessions/${s.id}/questions`, { text: QUESTION });
  expect(q.statusCode).toBe(201);
  return { id: s.id, questionId: q.json().id };
}

interface MintBody {
  expires_after?: { seconds?: number };
  session: {
    type: string;
    model: string;
    instructions: string;
    audio: { input: { transcription: { model: string }; turn_detection: Record<string, unknown> }; output: { voice: string } };
  };
}

describe('POST /api/voice/session (mint)', () => {
  it('mints with the GA session shape and returns only the ephemeral secret', async () => {
    fake.reset();
    const c = keyed.client();
    const { id } = await sessionWithQuestion(c);
    const res = await c.post('/api/voice/session', { sessionId: id });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ clientSecret: 'ek_fake_secret', model: 'gpt-realtime-test', voice: 'cedar', callsUrl: CALLS_URL });
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());
    expect(res.body).not.toContain(API_KEY);

    const [req] = fake.requestsTo('/v1/realtime/client_secrets');
    expect(req!.method).toBe('POST');
    expect(req!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const sent = req!.body as MintBody;
    expect(sent.session.type).toBe('realtime');
    expect(sent.session.model).toBe('gpt-realtime-test');
    expect(sent.session.audio.output.voice).toBe('cedar');
    expect(sent.session.audio.input.transcription.model).toBeTruthy();
    expect(sent.session.audio.input.turn_detection).toEqual({ type: 'semantic_vad', eagerness: 'low' });
    expect(sent.session.instructions).toContain('Marta Okonkwo');
    expect(sent.session.instructions).toContain(QUESTION);
    expect(sent.expires_after?.seconds).toBeLessThanOrEqual(600);
  });

  it("says which of the user's stories the interviewer was given, and they are in its instructions", async () => {
    fake.reset();
    const c = keyed.client();
    expect((await c.post('/api/sessions', {})).statusCode).toBe(201); // the owner exists before the story
    const added = (await c.post('/api/work-history', { text: 'At Harbourline I rebuilt the triage rota and first response fell from nine hours to forty minutes.' })).json() as { created: Array<{ id: string }> };
    const { id } = await sessionWithQuestion(c);
    const body = (await c.post('/api/voice/session', { sessionId: id })).json() as { stories: Array<{ snippetId: string; excerpt: string }> };
    expect(body.stories.map((s) => s.snippetId)).toEqual([added.created[0]!.id]);
    expect(body.stories[0]!.excerpt).toMatch(/^At Harbourline I rebuilt the triage rota/);
    const sent = fake.requestsTo('/v1/realtime/client_secrets')[0]!.body as MintBody;
    expect(sent.session.instructions).toContain('rebuilt the triage rota');
    // Another owner's mint never carries them.
    const other = keyed.client();
    const mine = await sessionWithQuestion(other);
    expect(((await other.post('/api/voice/session', { sessionId: mine.id })).json() as { stories: unknown[] }).stories).toEqual([]);
  });

  it('uses the requested voice, else the session voice', async () => {
    fake.reset();
    const c = keyed.client();
    const { id } = await sessionWithQuestion(c);
    await c.post('/api/voice/session', { sessionId: id, voice: 'ash' });
    expect((await c.patch(`/api/sessions/${id}`, { voice: 'verse' })).statusCode).toBe(200);
    const second = await c.post('/api/voice/session', { sessionId: id });
    expect(second.json().voice).toBe('verse');
    const voices = fake.requestsTo('/v1/realtime/client_secrets').map((r) => (r.body as MintBody).session.audio.output.voice);
    expect(voices).toEqual(['ash', 'verse']);
  });

  it('turns an upstream 500 into a 502 with a clear message and no upstream body', async () => {
    fake.reset();
    fake.setScenario('/v1/realtime/client_secrets', () => reply.status(500, { error: { message: 'SECRET-UPSTREAM-DETAIL', type: 'server_error' } }));
    const c = keyed.client();
    const { id } = await sessionWithQuestion(c);
    const res = await c.post('/api/voice/session', { sessionId: id });
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('upstream_failed');
    expect(res.json().error.message).toMatch(/^The AI service at 127\.0\.0\.1:\d+ failed \(HTTP 500\) while starting a voice session/);
    expect(res.body).not.toContain('SECRET-UPSTREAM-DETAIL');
  });

  it('says the key was refused on an upstream 401', async () => {
    fake.reset();
    fake.setScenario('/v1/realtime/client_secrets', () => reply.status(401, { error: { message: 'bad key', type: 'invalid_request_error' } }));
    const c = keyed.client();
    const { id } = await sessionWithQuestion(c);
    const res = await c.post('/api/voice/session', { sessionId: id });
    expect(res.statusCode).toBe(502);
    expect(res.json().error.message).toContain('OPENAI_API_KEY');
  });

  it('answers 409 needs_api_key without a key, offering the turn-based mode', async () => {
    const c = keyless.client();
    const { id } = await sessionWithQuestion(c);
    const res = await c.post('/api/voice/session', { sessionId: id });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'needs_api_key' });
    expect(res.json().error.message).toMatch(/turn-based/);
    // What is unavailable and what to do now in the user's words first; how to turn it on second.
    const [now, enable] = res.json().error.message.split(/(?<=\.) (?=[A-Z])/);
    expect(now).toMatch(/^Live voice practice is not available here yet: use turn-based voice instead/);
    expect(now).not.toMatch(/OPENAI|API key|server/);
    expect(enable).toMatch(/^To turn live voice on, add an OpenAI-compatible API key to \.env \(OPENAI_API_KEY\).*README\.$/);
  });

  it('sends server VAD with at least a second of silence when configured', async () => {
    const vad = await startTestApp({ OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: fake.url, REALTIME_TURN_DETECTION: 'server_vad' });
    try {
      fake.reset();
      const c = vad.client();
      const { id } = await sessionWithQuestion(c);
      expect((await c.post('/api/voice/session', { sessionId: id })).statusCode).toBe(200);
      const td = (fake.requestsTo('/v1/realtime/client_secrets')[0]!.body as MintBody).session.audio.input.turn_detection;
      expect(td.type).toBe('server_vad');
      expect(td.silence_duration_ms).toBeGreaterThanOrEqual(1000);
    } finally {
      await vad.destroy();
    }
  });

  it("gives 404 for another owner's session", async () => {
    const { id } = await sessionWithQuestion(keyed.client());
    const res = await keyed.client().post('/api/voice/session', { sessionId: id });
    expect(res.statusCode).toBe(404);
  });
});

describe('voices', () => {
  it('lists the catalog and the needs-key state', async () => {
    const withKey = (await keyed.client().get('/api/voices')).json();
    expect(withKey.needsKey).toBe(false);
    expect(withKey.defaultVoice).toBe('cedar');
    expect(withKey.voices.map((v: { id: string }) => v.id)).toEqual(['alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar']);
    const without = (await keyless.client().get('/api/voices')).json();
    expect(without.needsKey).toBe(true);
    expect(without.message).toMatch(/OPENAI_API_KEY/);
  });

  it('generates a preview once with the speech endpoint and serves it from disk after', async () => {
    fake.reset();
    const c = keyed.client();
    const first = await c.get('/api/voices/coral/preview');
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toContain('audio/mpeg');
    expect(first.rawPayload.length).toBeGreaterThan(0);
    const second = await c.get('/api/voices/coral/preview');
    expect(Buffer.compare(first.rawPayload, second.rawPayload)).toBe(0);
    const calls = fake.requestsTo('/v1/audio/speech');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ voice: 'coral', model: 'gpt-4o-mini-tts' });
  });

  it('refuses a preview without a key, and an unknown voice', async () => {
    expect((await keyless.client().get('/api/voices/ash/preview')).json().error.code).toBe('needs_api_key');
    expect((await keyed.client().get('/api/voices/robot/preview')).statusCode).toBe(400);
  });
});

describe('voice transcript', () => {
  const at = (s: number) => new Date(Date.UTC(2025, 4, 1, 10, 0, s)).toISOString();

  it('saves idempotently on itemId and reads back in conversation order', async () => {
    const c = keyless.client();
    const { id, questionId } = await sessionWithQuestion(c);
    const url = `/api/sessions/${id}/voice-transcript`;
    const coach2 = await c.post(url, { role: 'coach', text: 'Thanks. What was the result?', itemId: 'item_c2', at: at(20), seq: 2 });
    expect(coach2.statusCode).toBe(201);
    const cand = await c.post(url, { role: 'candidate', text: 'I rebuilt the triage rota.', itemId: 'item_u1', questionId, at: at(10), seq: 1 });
    expect(cand.statusCode).toBe(201);
    expect((await c.post(url, { role: 'coach', text: 'Hello Marta.', itemId: 'item_c1', at: at(0), seq: 0 })).statusCode).toBe(201);
    const dup = await c.post(url, { role: 'candidate', text: 'changed text', itemId: 'item_u1', questionId, at: at(30) });
    expect(dup.statusCode).toBe(200);
    expect(dup.json()).toEqual(cand.json());

    const list = (await c.get(url)).json();
    expect(list.map((e: { itemId: string }) => e.itemId)).toEqual(['item_c1', 'item_u1', 'item_c2']);
    expect(list[1]).toMatchObject({ role: 'candidate', text: 'I rebuilt the triage rota.', questionId });
  });

  it('exports JSON and Markdown', async () => {
    const c = keyless.client();
    const { id } = await sessionWithQuestion(c);
    const url = `/api/sessions/${id}/voice-transcript`;
    await c.post(url, { role: 'coach', text: 'Welcome.', itemId: 'a', at: at(0) });
    await c.post(url, { role: 'candidate', text: 'Thank you.', itemId: 'b', at: at(5) });
    const json = await c.get(`${url}/export?format=json`);
    expect(json.headers['content-disposition']).toContain('.json');
    expect(json.json().entries.map((e: { text: string }) => e.text)).toEqual(['Welcome.', 'Thank you.']);
    const md = await c.get(`${url}/export?format=md`);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body.indexOf('**Coach**')).toBeLessThan(md.body.indexOf('**You**'));
    expect(md.body).toContain('Thank you.');
  });

  it('rejects bad entries and questions from elsewhere', async () => {
    const c = keyless.client();
    const { id } = await sessionWithQuestion(c);
    const other = await sessionWithQuestion(c);
    const url = `/api/sessions/${id}/voice-transcript`;
    expect((await c.post(url, { role: 'narrator', text: 'x', itemId: 'a', at: at(0) })).statusCode).toBe(400);
    expect((await c.post(url, { role: 'coach', text: 'x', itemId: 'a', at: 'yesterday' })).statusCode).toBe(400);
    expect((await c.post(url, { role: 'coach', text: '   ', itemId: 'a', at: at(0) })).statusCode).toBe(400);
    expect((await c.post(url, { role: 'candidate', text: 'x', itemId: 'a', questionId: other.questionId, at: at(0) })).statusCode).toBe(404);
  });

  it("is invisible to another owner (404) and removed with the session", async () => {
    const c = keyless.client();
    const { id } = await sessionWithQuestion(c);
    const url = `/api/sessions/${id}/voice-transcript`;
    await c.post(url, { role: 'coach', text: 'Private words.', itemId: 'a', at: at(0) });
    const stranger = keyless.client();
    await stranger.get('/api/voices');
    expect((await stranger.get(url)).statusCode).toBe(404);
    expect((await stranger.post(url, { role: 'coach', text: 'x', itemId: 'b', at: at(1) })).statusCode).toBe(404);
    expect((await stranger.get(`${url}/export?format=md`)).statusCode).toBe(404);
    expect((await c.delete(`/api/sessions/${id}`)).statusCode).toBe(204);
    const rows = await keyless.app.storage.db.selectFrom('sessions').select('id').where('id', '=', id).execute();
    expect(rows).toHaveLength(0);
    const left = await (keyless.app.storage.db as unknown as import('../../src/server/services/voice/transcript.js').VoiceDb)
      .selectFrom('voice_transcript')
      .select('id')
      .where('session_id', '=', id)
      .execute();
    expect(left).toHaveLength(0);
  });
});

describe('POST /api/sessions/:id/voice-answers/submit', () => {
  it("evaluates the candidate's turns for the question like a typed answer", async () => {
    const c = keyless.client();
    const { id, questionId } = await sessionWithQuestion(c);
    const url = `/api/sessions/${id}/voice-transcript`;
    const t = (s: number) => new Date(Date.UTC(2025, 4, 1, 11, 0, s)).toISOString();
    await c.post(url, { role: 'coach', text: QUESTION, itemId: 'c1', questionId, at: t(0) });
    await c.post(url, { role: 'candidate', text: 'At Tidewater our first-response time was 9 hours.', itemId: 'u1', questionId, at: t(5) });
    await c.post(url, { role: 'coach', text: 'What did you do?', itemId: 'c2', questionId, at: t(30) });
    await c.post(url, { role: 'candidate', text: 'I rebuilt the triage rota myself and it fell to 40 minutes.', itemId: 'u2', questionId, at: t(35) });
    await c.post(url, { role: 'candidate', text: 'Unrelated chatter before any question.', itemId: 'u0', at: t(1) });

    const res = await c.post(`/api/sessions/${id}/voice-answers/submit`, { questionId });
    expect(res.statusCode).toBe(201);
    const { answer, feedback } = res.json();
    expect(answer.source).toBe('realtime');
    expect(answer.text).toBe('At Tidewater our first-response time was 9 hours.\n\nI rebuilt the triage rota myself and it fell to 40 minutes.');
    expect(feedback.overall).toBeGreaterThanOrEqual(1);
    expect(feedback.dimensions.length).toBeGreaterThan(0);

    const detail = (await c.get(`/api/sessions/${id}`)).json();
    expect(detail.answers.find((a: { id: string }) => a.id === answer.id)).toMatchObject({ source: 'realtime' });
  });

  it('says so when nothing was said for the question, and 404s an unknown question', async () => {
    const c = keyless.client();
    const { id, questionId } = await sessionWithQuestion(c);
    const empty = await c.post(`/api/sessions/${id}/voice-answers/submit`, { questionId });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.message).toMatch(/Nothing you said/);
    expect((await c.post(`/api/sessions/${id}/voice-answers/submit`, { questionId: 'nope' })).statusCode).toBe(404);
  });
});
