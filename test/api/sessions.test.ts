import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_STORAGE, startTestApp, type TestApp } from './helper.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.destroy();
});

describe('health and meta', () => {
  it('reports ok with the built-in coach and the run\'s storage (SQLite, or PostgreSQL in api-pg) when no key is set', async () => {
    const res = await t.client().get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', coach: { provider: 'builtin' }, storage: EXPECTED_STORAGE });
  });

  it('lists the three personas', async () => {
    const res = await t.client().get('/api/personas');
    expect(res.json().map((p: { id: string }) => p.id)).toEqual(['ruthless', 'helpful', 'discovery']);
  });

  it('serves an OpenAPI document that names the session routes', async () => {
    const res = await t.client().get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/sessions', '/api/sessions/{id}', '/api/sessions/{id}/answers']));
  });

  it('answers unknown API paths with a JSON 404 in the error shape', async () => {
    const res = await t.client().get('/api/nope');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });
});

describe('sessions', () => {
  it('creates with defaults, lists, renames and deletes', async () => {
    const c = t.client();
    const created = await c.post('/api/sessions', { name: 'Staff backend loop' });
    expect(created.statusCode).toBe(201);
    const s = created.json();
    expect(s).toMatchObject({ name: 'Staff backend loop', persona: 'helpful', difficulty: 'medium', questionType: 'mixed', version: 1 });

    const list = await c.get('/api/sessions');
    expect(list.json()).toHaveLength(1);
    expect(list.json()[0]).toMatchObject({ id: s.id, questionCount: 0, answeredCount: 0, averageScore: null });

    const renamed = await c.patch(`/api/sessions/${s.id}`, { name: 'Brightwater prep', persona: 'ruthless' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Brightwater prep', persona: 'ruthless', version: 2 });

    expect((await c.delete(`/api/sessions/${s.id}`)).statusCode).toBe(204);
    expect((await c.get(`/api/sessions/${s.id}`)).statusCode).toBe(404);
    expect((await c.get('/api/sessions')).json()).toHaveLength(0);
  });

  it('rejects bad input with 400 and a message naming the field', async () => {
    const c = t.client();
    const res = await c.post('/api/sessions', { persona: 'sarcastic' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.message).toMatch(/persona/);
    expect((await c.get('/api/sessions')).json()).toHaveLength(0);
  });

  it('refuses a stale version with 409 so two tabs cannot silently overwrite', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', {})).json();
    expect((await c.patch(`/api/sessions/${s.id}`, { name: 'A', version: 1 })).statusCode).toBe(200);
    const stale = await c.patch(`/api/sessions/${s.id}`, { name: 'B', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    expect((await c.get(`/api/sessions/${s.id}`)).json().name).toBe('A');
  });

  it('refuses a version no session can have with 400, on SQLite and PostgreSQL alike', async () => {
    // Found by the fuzz test on PostgreSQL: 6724019677074256 overflowed the integer column (500).
    const c = t.client();
    const s = (await c.post('/api/sessions', {})).json();
    const res = await c.patch(`/api/sessions/${s.id}`, { name: 'X', version: 6_724_019_677_074_256 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/version/i);
    expect((await c.get(`/api/sessions/${s.id}`)).json()).toMatchObject({ name: s.name, version: 1 });
  });

  it('refuses a model outside the allow-list', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', {})).json();
    const res = await c.patch(`/api/sessions/${s.id}`, { model: 'gpt-9-ultra' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('model_not_allowed');
  });
});

describe('owners', () => {
  it('sets a signed httpOnly SameSite=Lax owner cookie on the first request', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/sessions' });
    const cookie = res.cookies.find((c) => c.name === 'owner');
    expect(cookie).toBeDefined();
    expect(cookie!.httpOnly).toBe(true);
    expect(cookie!.sameSite).toBe('Lax');
    expect(cookie!.value).toContain('.');
  });

  it('gives another owner (or no cookie, or a forged cookie) a 404 for my session', async () => {
    const me = t.client();
    const other = t.client();
    const s = (await me.post('/api/sessions', { name: 'mine' })).json();
    await other.get('/api/sessions');
    for (const res of [
      await other.get(`/api/sessions/${s.id}`),
      await other.patch(`/api/sessions/${s.id}`, { name: 'stolen' }),
      await other.delete(`/api/sessions/${s.id}`),
      await other.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you failed.' }),
      await t.app.inject({ method: 'GET', url: `/api/sessions/${s.id}` }),
      await t.app.inject({ method: 'GET', url: `/api/sessions/${s.id}`, headers: { cookie: `owner=${me.cookie!.split('=')[1]!.split('.')[0]}.forged` } }),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    expect((await other.get('/api/sessions')).json()).toHaveLength(0);
    expect((await me.get(`/api/sessions/${s.id}`)).json().name).toBe('mine');
  });
});

describe('session list numbers', () => {
  it('averages the latest attempt of each question, as the summary does', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', {})).json();
    const q = (await c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you fixed a slow query.' })).json();
    await c.post(`/api/sessions/${s.id}/answers`, { questionId: q.id, text: 'I did it.' });
    const better = await c.post(`/api/sessions/${s.id}/answers`, {
      questionId: q.id,
      text: 'At Ledgerly the invoice page took nine seconds to load. I profiled it, found a missing index on the invoices table, added it and rewrote the query to page results. Load time fell to 300 ms, and support tickets about slowness stopped that month. I now check query plans before every release.',
    });
    const latest = better.json().feedback.overall;
    const row = (await c.get('/api/sessions')).json().find((x: { id: string }) => x.id === s.id);
    expect(row.answeredCount).toBe(1);
    expect(row.averageScore).toBe(Math.round(latest * 10) / 10);
  });
});
