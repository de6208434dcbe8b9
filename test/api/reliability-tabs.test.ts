/**
 * Two tabs on one session (same owner cookie): answers and edits race, and
 * nothing the user was told was saved goes missing. Versioned renames refuse
 * a stale version with 409; unversioned ones always apply. Deleting a
 * question or the session while another tab's answer is being coached gives
 * that tab a 4xx, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapError } from '../../src/server/plugins/errors.js';
import { makeClient, startTestApp, type TestApp, type TestClient } from './helper.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '100000' });
});
afterAll(async () => {
  await t.destroy();
});

/** Two clients with the same owner cookie: two tabs of one browser. */
async function twoTabs(): Promise<[TestClient, TestClient]> {
  const a = t.client();
  await a.get('/api/sessions');
  const b = makeClient(t.app);
  b.cookie = a.cookie;
  return [a, b];
}

async function sessionWithQuestions(c: TestClient, n: number): Promise<{ id: string; questions: string[] }> {
  const s = (await c.post('/api/sessions', { name: 'two tabs' })).json();
  const questions: string[] = [];
  for (let i = 0; i < n; i++) questions.push((await c.post(`/api/sessions/${s.id}/questions`, { text: `Question number ${i + 1}: tell me about a project.` })).json().id);
  return { id: s.id, questions };
}

const answerText = (tab: string, i: number): string => `Tab ${tab}, attempt ${i}: I cut the build time from 30 to 8 minutes by caching dependencies.`;

describe('two tabs on one session', () => {
  it('loses no answer when 40 answers interleave with renames, versioned and not', async () => {
    const [a, b] = await twoTabs();
    const s = await sessionWithQuestions(a, 2);
    const { version } = (await a.get(`/api/sessions/${s.id}`)).json();
    const ops: Promise<{ kind: string; status: number; id?: string }>[] = [];
    for (let i = 0; i < 20; i++) {
      for (const [tab, c] of [['A', a], ['B', b]] as const) {
        ops.push(c.post(`/api/sessions/${s.id}/answers`, { questionId: s.questions[i % 2], text: answerText(tab, i) }).then((r) => ({ kind: 'answer', status: r.statusCode, id: r.statusCode === 201 ? r.json().answer.id : undefined })));
      }
      if (i % 4 === 0) ops.push(a.patch(`/api/sessions/${s.id}`, { name: `renamed by A ${i}` }).then((r) => ({ kind: 'rename', status: r.statusCode })));
      if (i % 4 === 2) ops.push(b.patch(`/api/sessions/${s.id}`, { name: `renamed by B ${i}`, version }).then((r) => ({ kind: 'versioned', status: r.statusCode })));
    }
    const results = await Promise.all(ops);
    const answers = results.filter((r) => r.kind === 'answer');
    expect(answers.map((r) => r.status)).toEqual(Array(40).fill(201));
    expect(results.filter((r) => r.kind === 'rename').every((r) => r.status === 200)).toBe(true);
    // All versioned renames carried the same starting version: at most one applies, the rest are 409.
    const versioned = results.filter((r) => r.kind === 'versioned').map((r) => r.status);
    expect(versioned.filter((st) => st === 200).length).toBeLessThanOrEqual(1);
    expect(versioned.every((st) => st === 200 || st === 409)).toBe(true);

    const detail = (await b.get(`/api/sessions/${s.id}`)).json();
    const stored = new Set(detail.answers.map((x: { id: string }) => x.id));
    expect(detail.answers).toHaveLength(40);
    for (const r of answers) expect(stored.has(r.id)).toBe(true);
    expect(detail.answers.every((x: { feedback: unknown }) => x.feedback !== null)).toBe(true);
  });

  it('refuses a stale version with 409 conflict and keeps the answers made in between', async () => {
    const [a, b] = await twoTabs();
    const s = await sessionWithQuestions(a, 1);
    const seenByB = (await b.get(`/api/sessions/${s.id}`)).json().version;
    expect((await a.patch(`/api/sessions/${s.id}`, { name: 'Tab A wins', version: seenByB })).statusCode).toBe(200);
    expect((await a.post(`/api/sessions/${s.id}/answers`, { questionId: s.questions[0], text: answerText('A', 1) })).statusCode).toBe(201);
    const stale = await b.patch(`/api/sessions/${s.id}`, { name: 'Tab B too late', version: seenByB });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict' });
    expect(stale.json().error.message).toMatch(/another tab/);
    const detail = (await b.get(`/api/sessions/${s.id}`)).json();
    expect(detail.name).toBe('Tab A wins');
    expect(detail.answers).toHaveLength(1);
    // Reloading gives the fresh version, which then applies.
    expect((await b.patch(`/api/sessions/${s.id}`, { name: 'Tab B after reload', version: detail.version })).statusCode).toBe(200);
  });

  it('lets exactly one of many same-version edits win', async () => {
    const [a, b] = await twoTabs();
    const s = await sessionWithQuestions(a, 0);
    const { version } = (await a.get(`/api/sessions/${s.id}`)).json();
    const codes = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).patch(`/api/sessions/${s.id}`, { name: `edit ${i}`, version }).then((r) => r.statusCode)));
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(9);
  });

  it('answers 4xx, never 500, when the question or session is deleted while another tab answers', async () => {
    const seen = new Set<number>();
    for (const target of ['question', 'session'] as const) {
      // Sweep the moment of deletion across the answer's life (before it starts, while it is
      // saved, while it is coached) in event-loop turns, the grain at which the requests interleave.
      for (const turns of [0, 1, 2, 3, 4, 5, 6, 8, 10, 13, 16, 20, 25, 30, 40, 50, 60]) {
        const [a, b] = await twoTabs();
        const s = await sessionWithQuestions(a, 1);
        const q = s.questions[0]!;
        const answering = [0, 1, 2].map((i) => a.post(`/api/sessions/${s.id}/answers`, { questionId: q, text: answerText('A', i) }));
        const streaming = [0, 1].map((i) => a.post(`/api/sessions/${s.id}/answers/stream`, { questionId: q, text: answerText('S', i) }));
        for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
        const del = await b.delete(target === 'question' ? `/api/sessions/${s.id}/questions/${q}` : `/api/sessions/${s.id}`);
        expect(del.statusCode, del.body).toBe(204);
        for (const r of await Promise.all([...answering, ...streaming])) {
          seen.add(r.statusCode);
          expect(r.statusCode, `${target} deleted after ${turns} turns: ${r.body.slice(0, 200)}`).toBeLessThan(500);
          expect(r.body).not.toContain('internal_error');
        }
      }
    }
    // The sweep covered both sides of the race.
    expect(seen.has(404)).toBe(true);
    expect([...seen].some((st) => st === 200 || st === 201)).toBe(true);
  });

  it('maps a write whose parent row was deleted meanwhile (foreign-key violation) to 409 conflict', async () => {
    const [a] = await twoTabs();
    const s = await sessionWithQuestions(a, 1);
    const err = await t.app.storage.db
      .insertInto('answers')
      .values({ id: 'fk-probe', owner_id: 'o', session_id: s.id, question_id: 'deleted-question', text: 'x', source: 'text', duration_seconds: null, created_at: new Date().toISOString() })
      .execute()
      .then(() => null, (e: unknown) => e);
    expect(err).not.toBeNull();
    expect(mapError(err)).toMatchObject({ status: 409, code: 'conflict' });
  });
});
