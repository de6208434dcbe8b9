/**
 * What the API tells a user, after the session-7 QA pass: validation failures
 * as sentences naming the field and what to do (never zod's "Too big: expected
 * string to have <=120 characters"), an import of the wrong file named as
 * such, "story" where the app says story, a missing session that points back
 * to the list, unique default session names, and a practised follow-up that
 * keeps its parent's category and says which question it follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question, Session } from '../../src/shared/api.js';
import { NOT_A_SESSION_EXPORT } from '../../src/shared/labels.js';
import { SESSION_NAME_MAX } from '../../src/shared/limits.js';
import type { SessionExport } from '../../src/shared/review.js';
import { startTestApp, type TestApp } from './helper.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.destroy());

const ZOD_WORDING = /Too (big|small)|expected string|Invalid input|received undefined|snippet/;

describe('validation messages', () => {
  it('says how long a session name may be, in words, at the same limit the browser uses', async () => {
    const c = t.client();
    const res = await c.post('/api/sessions', { name: 'x'.repeat(150) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'validation_failed', message: `The name is too long: keep it to ${SESSION_NAME_MAX} characters or fewer.` } });
    expect((await c.post('/api/sessions', { name: 'x'.repeat(SESSION_NAME_MAX) })).statusCode).toBe(201);
  });

  it('names one over-long tag as one ("A tag is too long")', async () => {
    const res = await t.client().post('/api/work-history', { text: 'I rebuilt the triage rota and cut first response from nine hours to forty minutes.', tags: ['ok', 'x'.repeat(200)] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^A tag is too long: keep each tag to \d+ characters or fewer\.$/);
  });

  it('lists the allowed values of a choice and keeps naming the field', async () => {
    const res = await t.client().post('/api/sessions', { persona: 'sarcastic' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('The coach persona must be one of: ruthless, helpful, discovery.');
  });

  it('keeps a message the schema wrote for the user, as a sentence', async () => {
    const c = t.client();
    const s: Session = (await c.post('/api/sessions', {})).json();
    const res = await c.post(`/api/sessions/${s.id}/questions/generate`, { count: 50 });
    expect(res.json().error.message).toBe('Ask for at most 20 questions at a time.');
  });

  it('asks for the story text when a story is only spaces, and says "story" when one is missing', async () => {
    const c = t.client();
    const blank = await c.post('/api/work-history', { text: '   \n\t ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toBe("Write the story's text first.");
    const missing = await c.get('/api/work-history/no-such-story');
    expect(missing.statusCode).toBe(404);
    // The code keeps its name (clients match on it); the words say "story".
    expect(missing.json().error.code).toBe('snippet_not_found');
    expect(missing.json().error.message).toMatch(/story/);
    const clear = await c.delete('/api/work-history');
    expect(clear.statusCode).toBe(400);
    for (const r of [blank, missing, clear]) expect(r.json().error.message).not.toMatch(ZOD_WORDING);
  });

  it('points a missing session back to the session list instead of "reload the page"', async () => {
    const res = await t.client().get('/api/sessions/not-a-session');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/Go back to your sessions/);
    expect(res.json().error.message).not.toMatch(/reload/i);
  });
});

describe('importing the wrong file', () => {
  const post = (payload: string) =>
    t.client().request({ method: 'POST', url: '/api/sessions/import', payload, headers: { 'content-type': 'application/json' } });

  it.each([
    ['a PDF', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj'],
    ['an empty file', ''],
    ['JSON that is not an export', JSON.stringify({ title: 'My notes', items: [1, 2, 3] })],
    ['a JSON list', '[1, 2]'],
  ])('says %s is not a session export', async (_label, payload) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(NOT_A_SESSION_EXPORT);
  });

  it('calls a partial export of this app incomplete and names the missing part', async () => {
    const c = t.client();
    const s: Session = (await c.post('/api/sessions', { name: 'To export' })).json();
    const file: Partial<SessionExport> = (await c.get(`/api/sessions/${s.id}/export?format=json`)).json();
    delete file.exportedAt;
    const res = await post(JSON.stringify(file));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe(
      'This session export is incomplete or damaged (the "exportedAt" field is missing). Export the session again from this app and import the new file.',
    );
  });
});

describe('default session names', () => {
  it('numbers sessions created on the same day, so the names tell them apart', async () => {
    const c = t.client();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) names.push((await c.post('/api/sessions', {})).json().name);
    const day = new Date().toISOString().slice(0, 10);
    // Created within a second of each other: same UTC day unless the test straddles midnight.
    if (names.every((n) => n.includes(day))) expect(names).toEqual([`Practice ${day}`, `Practice ${day} (2)`, `Practice ${day} (3)`]);
    expect(new Set(names).size).toBe(3);
    // Another owner's sessions do not count.
    expect((await t.client().post('/api/sessions', {})).json().name).toMatch(/^Practice \d{4}-\d{2}-\d{2}$/);
  });
});

describe('practising a follow-up', () => {
  it("keeps the parent question's category and competency and names the parent in the rationale", async () => {
    const c = t.client();
    const s: Session = (await c.post('/api/sessions', { questionType: 'technical' })).json();
    const [parent] = (await c.post(`/api/sessions/${s.id}/questions/generate`, { count: 1 })).json().questions as Question[];
    expect(parent).toBeDefined();
    const res = await c.post(`/api/sessions/${s.id}/questions`, { text: 'What alternatives did you consider, and what made you pick this one?', followUpOf: parent!.id });
    expect(res.statusCode).toBe(201);
    const q: Question = res.json();
    expect(q).toMatchObject({ category: parent!.category, competency: parent!.competency });
    const quoted = parent!.text.replace(/\s+/g, ' ').trim();
    expect(q.rationale.startsWith('Follow-up to: “')).toBe(true);
    expect(q.rationale.length).toBeLessThanOrEqual('Follow-up to: “”…'.length + 80);
    expect(quoted.startsWith(q.rationale.slice('Follow-up to: “'.length).replace(/…?”$/, ''))).toBe(true);
    expect(q.rationale).not.toMatch(/added yourself/);
  });

  it('adds a question of your own with the kind and competency its wording says, and refuses a parent from another session', async () => {
    const c = t.client();
    const a: Session = (await c.post('/api/sessions', {})).json();
    const b: Session = (await c.post('/api/sessions', {})).json();
    const own: Question = (await c.post(`/api/sessions/${a.id}/questions`, { text: 'Why do you want to work here?' })).json();
    expect(own).toMatchObject({ category: 'role_fit', competency: 'motivation', rationale: 'A question you added yourself.' });
    const conflict: Question = (await c.post(`/api/sessions/${a.id}/questions`, { text: 'Describe a conflict in your team and how you resolved it.' })).json();
    expect(conflict).toMatchObject({ category: 'behavioral', competency: 'conflict' });
    const cross = await c.post(`/api/sessions/${b.id}/questions`, { text: 'And what happened next?', followUpOf: own.id });
    expect(cross.statusCode).toBe(404);
    expect(cross.json().error.code).toBe('question_not_found');
  });
});

describe('question focus', () => {
  it('says when words of the focus matched no question, and stays quiet when the focus was used', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', { name: 'Focus check' })).json() as Session;
    const unused = await c.post(`/api/sessions/${s.id}/questions/generate`, { count: 3, hint: 'zebra juggling' });
    expect(unused.statusCode).toBe(201);
    expect(unused.json().focusNote).toMatch(/^No question matched “zebra”, “juggling”\./);
    const used = await c.post(`/api/sessions/${s.id}/questions/generate`, { count: 3, hint: 'conflict' });
    expect(used.statusCode).toBe(201);
    expect(used.json().focusNote).toBeUndefined();
  });
});
