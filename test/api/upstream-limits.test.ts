/**
 * Slow or rate-limited AI services must not hold users hostage: through the
 * real app, the official SDK and the fake OpenAI server over real HTTP.
 * Embeddings get short budgets (a search ranks by words, a story is saved
 * without its vector); a 429 asking for longer than OPENAI_MAX_RETRY_AFTER_S
 * fails at once and says the real wait; messages say what happened.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RESUME, JOB } from '../unit/voice/fixtures.js';
import { delayed, fakeVector, reply, sequence, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { encodeVector } from '../../src/server/services/work-history/embeddings.js';
import type { WorkHistoryDb } from '../../src/server/services/work-history/repository.js';
import { storeVector } from '../../src/server/services/work-history/vectors-repo.js';
import { multipart, startTestApp, type TestApp, type TestClient } from './helper.js';
import { fakeWebm } from './voice-answers.helper.js';

const MINT = '/v1/realtime/client_secrets';
const EMB = '/v1/embeddings';
const TRANSCRIBE = '/v1/audio/transcriptions';
const STORY = 'At Harbourline I rebuilt the triage rota and first response fell from nine hours to forty minutes.';

let fake: FakeOpenAI;
let app: TestApp;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  app = await startTestApp({
    OPENAI_API_KEY: 'sk-test-upstream',
    OPENAI_BASE_URL: fake.url,
    OPENAI_EMBEDDING_MODEL: 'fake-embed',
    EMBEDDING_QUERY_TIMEOUT_MS: '300',
    EMBEDDING_SAVE_TIMEOUT_MS: '500',
    OPENAI_TIMEOUT_MS: '2000',
    OPENAI_MAX_RETRY_AFTER_S: '2',
  });
});
afterAll(async () => {
  await app?.destroy();
  await fake?.close();
});
beforeEach(() => fake.reset());

async function sessionWithQuestion(c: TestClient): Promise<string> {
  const s = (await c.post('/api/sessions', { name: 'voice' })).json() as { id: string };
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'resume', text: RESUME })).statusCode).toBe(201);
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'job_description', text: JOB })).statusCode).toBe(201);
  expect((await c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you cut response times.' })).statusCode).toBe(201);
  return s.id;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - t0 };
}

describe('starting live voice', () => {
  it('fails at once on a 429 asking for 2 minutes, says so, and names the configured service', async () => {
    const c = app.client();
    const id = await sessionWithQuestion(c);
    fake.setScenario(MINT, reply.rateLimited(120));
    const { value: res, ms } = await timed(() => c.post('/api/voice/session', { sessionId: id }));
    expect(ms).toBeLessThan(3000);
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(/^The AI service at 127\.0\.0\.1:\d+ is rate-limiting requests while starting a voice session\. Try again in about 2 minutes\.$/);
    expect(res.headers['retry-after']).toBe('120');
    expect(fake.requestsTo(MINT)).toHaveLength(1);
  });

  it('waits out a Retry-After within OPENAI_MAX_RETRY_AFTER_S and starts', async () => {
    const c = app.client();
    const id = await sessionWithQuestion(c);
    fake.setScenario(MINT, sequence(reply.rateLimited(1), reply.json({ value: 'ek_after_wait', expires_at: Math.floor(Date.now() / 1000) + 60 })));
    const res = await c.post('/api/voice/session', { sessionId: id });
    expect(res.statusCode).toBe(200);
    expect(res.json().clientSecret).toBe('ek_after_wait');
    expect(fake.requestsTo(MINT)).toHaveLength(2);
  });

  it('says the service answered without a secret, not that it could not be reached', async () => {
    const c = app.client();
    const id = await sessionWithQuestion(c);
    fake.setScenario(MINT, reply.json({ expires_at: 1 }));
    const res = await c.post('/api/voice/session', { sessionId: id });
    expect(res.statusCode).toBe(502);
    expect(res.json().error.message).toMatch(/^The AI service at 127\.0\.0\.1:\d+ answered without a client secret while starting a voice session\. Check the server's OPENAI_BASE_URL/);
    expect(res.json().error.message).not.toMatch(/could not reach/i);
  });
});

describe('transcription', () => {
  it('says the wait a 429 asked for', async () => {
    const c = app.client();
    const id = await sessionWithQuestion(c);
    fake.setScenario(TRANSCRIBE, reply.rateLimited(120));
    const form = multipart({}, { name: 'file', filename: 'rec.webm', type: 'audio/webm', bytes: fakeWebm() });
    const res = await c.request({ method: 'POST', url: `/api/sessions/${id}/transcriptions`, ...form });
    expect(res.statusCode).toBe(502);
    expect(res.json().error.message).toMatch(/HTTP 429\)\. It is rate-limiting requests; try again in about 2 minutes\./);
    expect(res.headers['retry-after']).toBe('120');
  });
});

describe('stories with a slow embedding service', () => {
  it('saves and searches within the budgets, finding the story by its words', async () => {
    const c = app.client();
    fake.setScenario(EMB, delayed(5000, (req) => reply.json({ object: 'list', data: [{ object: 'embedding', index: 0, embedding: fakeVector(String(req.body)) }] })));
    const added = await timed(() => c.post('/api/work-history', { text: STORY }));
    expect(added.value.statusCode).toBe(201);
    expect(added.ms).toBeLessThan(2000);
    const found = await timed(() => c.get('/api/work-history/search?q=triage%20rota'));
    expect(found.ms).toBeLessThan(2000);
    expect(found.value.json().items.map((h: { snippet: { text: string } }) => h.snippet.text)).toEqual([STORY]);
    expect((await c.get('/api/work-history/status')).json()).toMatchObject({ stories: 1, withVectors: 0 });
  });
});

describe('vectors stored before they were checked', () => {
  it('are not counted as ready, and the background job repairs them (SQLite blob and PostgreSQL bytea alike)', async () => {
    const repair = await startTestApp({ OPENAI_API_KEY: 'sk-test-upstream', OPENAI_BASE_URL: fake.url, OPENAI_EMBEDDING_MODEL: 'fake-embed', EMBEDDING_RETRY_SECONDS: '1' });
    try {
      const c = repair.client();
      for (const text of [STORY, 'I mentored two junior engineers through their first releases.', 'I ran quarterly planning for three teams.']) {
        expect((await c.post('/api/work-history', { text })).statusCode).toBe(201);
      }
      await repair.app.services.workHistory.waitForReembed();
      const db = repair.app.storage.db as unknown as WorkHistoryDb;
      const seqs = (await db.selectFrom('work_history_snippets').select('seq').orderBy('seq').execute()).map((r) => Number(r.seq));
      await storeVector(db, seqs[1]!, encodeVector([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]), 'fake-embed');
      await storeVector(db, seqs[2]!, encodeVector([]), 'fake-embed');
      expect((await c.get('/api/work-history/status')).json()).toMatchObject({ stories: 3, withVectors: 1 }); // and starts a run
      await repair.app.services.workHistory.waitForReembed();
      expect(repair.app.services.workHistory.getReembedStatus()).toMatchObject({ total: 2, done: 2, failed: 0 });
      expect((await c.get('/api/work-history/status')).json()).toMatchObject({ stories: 3, withVectors: 3 });
    } finally {
      await repair.destroy();
    }
  });
});
