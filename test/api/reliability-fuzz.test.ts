/**
 * Fuzz: thousands of random and malformed requests across every route in the
 * OpenAPI document (bad JSON, wrong types, huge strings, unknown ids, odd
 * Unicode, wrong content types and methods, junk cookies and Range headers).
 * Zero 5xx, no `internal_error` even inside an event stream, no crash, and
 * the app still works afterwards. Seeded; set FUZZ_SEED / FUZZ_RUNS to explore.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anyRequest, operationsOf, resolveIds, type FuzzWorld } from './fuzz/requests.js';
import { startTestApp, type TestApp, type TestClient } from './helper.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_917);

let t: TestApp;
const world: FuzzWorld = { ids: [], cookies: [] };
let mine: { cookie: string; sessionId: string; questionId: string };

let owners: { a: TestClient; b: TestClient } | undefined;
let seeds = 0;

/** Create (or re-create) the owners' data; the two owners and their cookies stay the same. */
async function seedWorld(app: TestApp): Promise<void> {
  owners ??= { a: app.client(), b: app.client() };
  const { a, b } = owners;
  seeds += 1;
  const s = (await a.post('/api/sessions', { name: 'fuzz target' })).json();
  await a.post(`/api/sessions/${s.id}/documents`, { kind: 'resume', text: 'Dana Okafor\nSenior Backend Engineer at Tidewater Payments (2020 - 2024)\n- Cut failover from 40 minutes to 90 seconds with PostgreSQL replication.' });
  await a.post(`/api/sessions/${s.id}/documents`, { kind: 'job_description', text: 'Staff Engineer, Kestrel Bank\nRequirements\n- PostgreSQL\n- Kubernetes' });
  const questions = (await a.post(`/api/sessions/${s.id}/questions/generate`, { count: 2 })).json().questions as { id: string }[];
  const answer = (await a.post(`/api/sessions/${s.id}/answers`, { questionId: questions[0]!.id, text: 'I led the failover rework and cut it to 90 seconds.' })).json();
  const snippet = (await a.post('/api/work-history', { text: `I mentored four engineers through their first on-call rotation (round ${seeds}).` })).json();
  const other = (await b.post('/api/sessions', {})).json();
  mine = { cookie: a.cookie!, sessionId: s.id, questionId: questions[1]!.id };
  // Same length and order on every re-seed: the generated requests refer to ids by position.
  world.ids = [s.id, ...questions.map((q) => q.id), answer.answer.id, snippet.created[0].id, other.id, 'marin', 'resume'];
  world.cookies = [a.cookie!, b.cookie!, 'owner=junk', 'owner=', `owner=${'a'.repeat(4000)}`, 'owner=%E0%A4%A', 'owner=x.y.z; owner=q'];
}

beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '1000000', MAX_UPLOAD_MB: '2' });
  await seedWorld(t);
});
afterAll(async () => {
  await t.destroy();
});

describe('API fuzz', () => {
  it(`survives ${RUNS} random and malformed requests with zero 5xx`, { timeout: 120_000 }, async () => {
    const ops = operationsOf(t.app.swagger());
    expect(ops.length).toBeGreaterThan(30);
    const failures = new Map<string, string>();
    const statuses = new Map<number, number>();
    const started = Date.now();
    const slowest: [number, string][] = [];
    await fc.assert(
      fc.asyncProperty(anyRequest(ops, world), async ({ label, ...generated }) => {
        const req = { ...generated, url: resolveIds(String(generated.url), world.ids), payload: resolveIds(generated.payload as string | Buffer | undefined, world.ids) };
        const started = performance.now();
        const res = await t.app.inject(req);
        slowest.push([performance.now() - started, label]);
        // When the fuzzer deletes the seeded session or stories, re-seed so later requests still reach real data.
        if (req.method === 'DELETE' && res.statusCode < 300 && (label === 'DELETE /api/sessions/{id}' || label === 'DELETE /api/work-history')) await seedWorld(t);
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        const leaked = res.body.includes('"internal_error"');
        if (res.statusCode >= 500 || leaked) {
          const key = `${label} → ${res.statusCode}${leaked ? ' (internal_error in body)' : ''}`;
          if (!failures.has(key)) failures.set(key, `${req.method} ${String(req.url).slice(0, 200)} ${JSON.stringify(req.headers)} body=${String(req.payload ?? '').slice(0, 300)} → ${res.body.slice(0, 300)}`);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    const seconds = (Date.now() - started) / 1000;
    const top = slowest.sort((a, b) => b[0] - a[0]).slice(0, 3).map(([ms, l]) => `${l} ${ms.toFixed(0)} ms`);
    console.info(`fuzz: ${RUNS} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}; slowest: ${top.join(', ')}`);
    expect(Object.fromEntries(failures)).toEqual({});
    // The run reached deep code, not only the validators.
    expect([...statuses.keys()].some((s) => s >= 200 && s < 300)).toBe(true);
    expect(statuses.get(404) ?? 0).toBeGreaterThan(0);
  });

  it('is healthy afterwards: health is ok and the practice loop still works', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const c = t.client();
    const s = (await c.post('/api/sessions', { name: 'after fuzz' })).json();
    const q = (await c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a hard bug you fixed.' })).json();
    const res = await c.post(`/api/sessions/${s.id}/answers`, { questionId: q.id, text: 'I traced a memory leak to an unbounded cache and capped it; memory fell by half.' });
    expect(res.statusCode).toBe(201);
    expect((await c.get(`/api/sessions/${s.id}`)).json().answers).toHaveLength(1);
    // The seeded owner's data is still readable (unless the fuzzer deleted that session, which is a 404, not a crash).
    const seeded = await t.app.inject({ method: 'GET', url: `/api/sessions/${mine.sessionId}`, headers: { cookie: mine.cookie } });
    expect([200, 404]).toContain(seeded.statusCode);
  });
});

describe('odd Unicode in stored text', () => {
  /** What a lone surrogate may become once stored: one or more U+FFFD (SQLite decodes its three bytes separately). */
  const normalise = (x: string): string => x.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd').replace(/\ufffd+/g, '\ufffd');
  const VALUES = ['lone \ud800 surrogate', 'right-to-left \u202eevil\u202c mark', 'zero\u200bwidth\ufeffbom', 'combining e\u0301\u0301', 'emoji 🙂👩🏽‍💻', 'nul \u0000 byte'];

  it.each(VALUES)('stores %j intact (a lone surrogate as U+FFFD) or refuses only a NUL with 400', async (value) => {
    const c = t.client();
    const s = (await c.post('/api/sessions', { name: 'unicode' })).json();
    const q = (await c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you shipped late.' })).json();
    const answer = await c.post(`/api/sessions/${s.id}/answers`, { questionId: q.id, text: `Answer: ${value}` });
    const story = await c.post('/api/work-history', { text: `Story: ${value}` });
    const rename = await c.patch(`/api/sessions/${s.id}`, { name: `Name ${value}` });
    for (const res of [answer, story, rename]) {
      if (value.includes('\u0000') && res.statusCode === 400) {
        expect(res.json().error.message).toMatch(/character/);
        continue;
      }
      expect(res.statusCode, res.body).toBeLessThan(300);
    }
    const detail = (await c.get(`/api/sessions/${s.id}`)).json();
    const stories = (await c.get('/api/work-history')).json().items as { text: string }[];
    // Whatever was refused left nothing half-written; whatever was stored reads back intact.
    expect(detail.answers).toHaveLength(answer.statusCode === 201 ? 1 : 0);
    expect(stories).toHaveLength(story.statusCode === 201 ? 1 : 0);
    expect(detail.answers.map((a: { text: string }) => normalise(a.text))).toEqual(answer.statusCode === 201 ? [normalise(`Answer: ${value}`)] : []);
    expect(stories.map((x) => normalise(x.text))).toEqual(story.statusCode === 201 ? [normalise(`Story: ${value}`)] : []);
    expect(normalise(detail.name)).toBe(rename.statusCode === 200 ? normalise(`Name ${value}`) : 'unicode');
  });
});
