/**
 * Two app processes on one PostgreSQL database, configured only by their
 * environment (same DATABASE_URL and COOKIE_SECRET, separate DATA_DIRs), as
 * behind a load balancer without sticky sessions: a user starts on one and
 * carries on on the other, and concurrent answers through both lose nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnApp, type AppProcess } from './spawn-app.js';
import { createTempDatabase, type TempPgDatabase } from './storage.js';

let db: TempPgDatabase;
let a: AppProcess;
let b: AppProcess;

const ANSWER =
  'At my last job our nightly billing export failed twice a week. I owned the fix: I traced the failures to a lock timeout, ' +
  'split the export into batches of ten thousand rows and added a retry with a dead-letter table. Failures dropped to zero for six months.';

/** A browser-like user: one cookie, any instance. */
function user() {
  let cookie = '';
  return {
    // Response bodies of many shapes, read field by field below.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async call(base: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
      const res = await fetch(base + path, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const set = res.headers.get('set-cookie');
      if (set?.startsWith('owner=')) cookie = set.split(';')[0]!;
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : null };
    },
  };
}

beforeAll(async () => {
  // An empty database: both instances start at once and race to migrate it.
  db = await createTempDatabase({ empty: true });
  const env = { DATABASE_URL: db.url, COOKIE_SECRET: 'two-instances-shared-secret-0123456789', RATE_LIMIT_PER_MINUTE: '10000', DATABASE_POOL_SIZE: '4' };
  [a, b] = await Promise.all([spawnApp(env), spawnApp(env)]);
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.drop();
});

describe('two instances on one PostgreSQL', () => {
  it('both report postgres storage after migrating one database together', async () => {
    for (const app of [a, b]) {
      const res = await user().call(app.url, 'GET', '/api/health');
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ status: 'ok', storage: 'postgres' });
    }
  });

  it('serves one user on either instance: session on A, question and answer on B, read back on A', async () => {
    const u = user();
    const session = await u.call(a.url, 'POST', '/api/sessions', { name: 'Across instances' });
    expect(session.status).toBe(201);
    const id = session.json.id as string;
    const question = await u.call(b.url, 'POST', `/api/sessions/${id}/questions`, { text: 'Tell me about a time you fixed a flaky job.' });
    expect(question.status).toBe(201);
    const answer = await u.call(b.url, 'POST', `/api/sessions/${id}/answers`, { questionId: question.json.id, text: ANSWER });
    expect(answer.status).toBe(201);
    const detail = await u.call(a.url, 'GET', `/api/sessions/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.json.answers).toHaveLength(1);
    expect(detail.json.answers[0]).toMatchObject({ id: answer.json.answer.id, text: ANSWER });
    expect(detail.json.answers[0].feedback.overall).toBeGreaterThan(0);
    // Another user (no cookie) cannot see it on either instance.
    expect((await user().call(b.url, 'GET', `/api/sessions/${id}`)).status).toBe(404);
  });

  it('loses no answer when both instances take answers for one session at the same time', async () => {
    const u = user();
    const id = (await u.call(a.url, 'POST', '/api/sessions', {})).json.id as string;
    const q = (await u.call(a.url, 'POST', `/api/sessions/${id}/questions`, { text: 'Describe a system you made more reliable.' })).json.id as string;
    const n = 24;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => u.call(i % 2 ? b.url : a.url, 'POST', `/api/sessions/${id}/answers`, { questionId: q, text: `${ANSWER} (attempt ${i})` })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(n).fill(201));
    for (const app of [a, b]) {
      const answers = (await u.call(app.url, 'GET', `/api/sessions/${id}`)).json.answers as Array<{ id: string; text: string; feedback: unknown }>;
      expect(new Set(answers.map((x) => x.id)).size).toBe(n);
      expect(answers.map((x) => x.text).sort()).toEqual(Array.from({ length: n }, (_, i) => `${ANSWER} (attempt ${i})`).sort());
      expect(answers.every((x) => x.feedback !== null)).toBe(true);
    }
  });

  it('numbers questions added through both instances at once without a gap or a repeat', async () => {
    const u = user();
    const id = (await u.call(a.url, 'POST', '/api/sessions', {})).json.id as string;
    const n = 12;
    const added = await Promise.all(
      Array.from({ length: n }, (_, i) => u.call(i % 2 ? b.url : a.url, 'POST', `/api/sessions/${id}/questions`, { text: `Question number ${i} about reliability?` })),
    );
    expect(added.map((r) => r.status)).toEqual(Array(n).fill(201));
    const questions = (await u.call(b.url, 'GET', `/api/sessions/${id}`)).json.questions as Array<{ position: number }>;
    expect(questions.map((q) => q.position).sort((x, y) => x - y)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  });

  it('keeps optimistic concurrency across instances: a stale version from the other instance is refused', async () => {
    const u = user();
    const created = (await u.call(a.url, 'POST', '/api/sessions', { name: 'v1' })).json;
    const first = await u.call(a.url, 'PATCH', `/api/sessions/${created.id}`, { name: 'from A', version: created.version });
    expect(first.status).toBe(200);
    const stale = await u.call(b.url, 'PATCH', `/api/sessions/${created.id}`, { name: 'from B', version: created.version });
    expect(stale.status).toBe(409);
    expect((await u.call(b.url, 'GET', `/api/sessions/${created.id}`)).json.name).toBe('from A');
  });
});
