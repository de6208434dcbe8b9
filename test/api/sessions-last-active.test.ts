/**
 * The sessions list follows practice, not edits: `lastActiveAt` is the latest
 * answer, spoken voice-interview turn, question added or document uploaded
 * (the creation time until then), and the list — and so "Resume where you left
 * off" — is ordered by it. A rename or a settings change moves `updatedAt` and
 * `version` (optimistic concurrency) but not the order; an imported session
 * keeps its history's times and sits where they put it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../src/shared/api.js';
import type { SessionExportV2 } from '../../src/shared/review-report.js';
import { resumeTarget } from '../../web/src/home/order.js';
import { startTestApp, type TestApp, type TestClient } from './helper.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.destroy();
});

/** Server timestamps have millisecond resolution: a short pause keeps "later" strictly later. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function list(c: TestClient): Promise<SessionSummary[]> {
  const res = await c.get('/api/sessions');
  expect(res.statusCode).toBe(200);
  return res.json();
}

const names = async (c: TestClient) => (await list(c)).map((s) => s.name);
const summaryOf = async (c: TestClient, id: string) => (await list(c)).find((s) => s.id === id)!;

/** A session with one question and one answer; returns its id and the question's. */
async function practised(c: TestClient, name: string): Promise<{ id: string; questionId: string }> {
  const s = (await c.post('/api/sessions', { name })).json();
  await tick();
  const q = (await c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you fixed a process that kept failing.' })).json();
  await tick();
  await answer(c, s.id, q.id);
  return { id: s.id, questionId: q.id };
}

async function answer(c: TestClient, id: string, questionId: string): Promise<string> {
  const res = await c.post(`/api/sessions/${id}/answers`, { questionId, text: 'I rebuilt the loading schedule, and late departures fell from twelve a week to two.' });
  expect(res.statusCode).toBe(201);
  await tick();
  return res.json().answer.createdAt;
}

describe('renames and settings are not practice', () => {
  it('keep the order and lastActiveAt, while updatedAt and version still move', async () => {
    const c = t.client();
    const old = await practised(c, 'Oldest');
    const mid = await practised(c, 'Middle');
    await practised(c, 'Newest');
    expect(await names(c)).toEqual(['Newest', 'Middle', 'Oldest']);
    const before = await summaryOf(c, old.id);
    expect(before.lastActiveAt > before.createdAt).toBe(true);

    const renamed = await c.patch(`/api/sessions/${old.id}`, { name: 'Oldest, renamed', version: before.version });
    expect(renamed.statusCode).toBe(200);
    await tick();
    const settings = await c.patch(`/api/sessions/${mid.id}`, { persona: 'ruthless', difficulty: 'hard', questionType: 'behavioral' });
    expect(settings.statusCode).toBe(200);

    const after = await list(c);
    expect(after.map((s) => s.name)).toEqual(['Newest', 'Middle', 'Oldest, renamed']);
    const oldAfter = after.find((s) => s.id === old.id)!;
    expect(oldAfter.lastActiveAt).toBe(before.lastActiveAt);
    expect(oldAfter.updatedAt > before.updatedAt).toBe(true);
    expect(oldAfter.version).toBe(before.version + 1);
    expect(resumeTarget(after)?.name).toBe('Newest');
  });

  it('an answer, a new question, an upload and a spoken voice turn each bring a session to the top', async () => {
    const c = t.client();
    const a = await practised(c, 'A');
    const b = await practised(c, 'B');
    expect(await names(c)).toEqual(['B', 'A']);

    const answeredAt = await answer(c, a.id, a.questionId);
    const afterAnswer = await list(c);
    expect(afterAnswer.map((s) => s.name)).toEqual(['A', 'B']);
    expect(afterAnswer[0]!.lastActiveAt).toBe(answeredAt);
    expect(resumeTarget(afterAnswer)?.id).toBe(a.id);

    expect((await c.post(`/api/sessions/${b.id}/questions`, { text: 'Why this company?' })).statusCode).toBe(201);
    await tick();
    expect(await names(c)).toEqual(['B', 'A']);

    expect((await c.post(`/api/sessions/${a.id}/documents`, { kind: 'resume', text: 'Depot shift lead, 2019–2024. Cut late departures from 12 a week to 2.' })).statusCode).toBe(201);
    await tick();
    expect(await names(c)).toEqual(['A', 'B']);

    const turn = { role: 'candidate', text: 'Because I like making things arrive on time.', itemId: 'u1', questionId: null, at: new Date().toISOString(), seq: 0 };
    expect((await c.post(`/api/sessions/${b.id}/voice-transcript`, turn)).statusCode).toBe(201);
    expect(await names(c)).toEqual(['B', 'A']);
  });

  it('a voice turn stamped by a fast browser clock counts at the time the server saved it, not in the future', async () => {
    const c = t.client();
    const s = await practised(c, 'Clock');
    const turn = { role: 'candidate', text: 'I kept the line moving.', itemId: 'u1', questionId: null, at: '2099-01-01T00:00:00.000Z', seq: 0 };
    expect((await c.post(`/api/sessions/${s.id}/voice-transcript`, turn)).statusCode).toBe(201);
    const lastActive = (await summaryOf(c, s.id)).lastActiveAt;
    expect(lastActive < '2099-01-01').toBe(true);
    expect(Date.parse(lastActive)).toBeLessThanOrEqual(Date.now());
  });

  it('a session with no practice yet sits by its creation time', async () => {
    const c = t.client();
    await practised(c, 'Practised');
    const empty = (await c.post('/api/sessions', { name: 'Just created' })).json();
    const rows = await list(c);
    expect(rows.map((s) => s.name)).toEqual(['Just created', 'Practised']);
    expect(rows[0]!.lastActiveAt).toBe(empty.createdAt);
  });
});

/** Move every time in an export back to March 2024 (one of them written with a +02:00 offset). */
function backdated(file: SessionExportV2): SessionExportV2 {
  const at = (minute: number) => new Date(Date.UTC(2024, 2, 1, 9, minute)).toISOString();
  return {
    ...file,
    session: { ...file.session, createdAt: at(0) },
    documents: file.documents.map((d) => ({ ...d, createdAt: at(1) })),
    questions: file.questions.map((q) => ({ ...q, createdAt: at(2) })),
    // 12:30+02:00 is 10:30 UTC: the latest moment in the file.
    answers: file.answers.map((a, i) => ({ ...a, createdAt: i === 0 ? '2024-03-01T12:30:00+02:00' : at(3) })),
    voiceTranscript: [],
  };
}

/** Export a session as JSON, let `edit` change the file, and import it for the same owner; returns the copy's id. */
async function roundTrip(c: TestClient, id: string, edit: (file: SessionExportV2) => unknown = (file) => file): Promise<string> {
  const exported = await c.get(`/api/sessions/${id}/export?format=json`);
  expect(exported.statusCode).toBe(200);
  const imported = await c.post('/api/sessions/import', edit(exported.json()));
  expect(imported.statusCode).toBe(201);
  return imported.json().id;
}

describe('an imported session sits where its own history puts it', () => {
  it('an import with old answers goes below sessions practised since, dated by its latest answer', async () => {
    const c = t.client();
    const source = await practised(c, 'Depot prep');
    await practised(c, 'Recent');

    const copyId = await roundTrip(c, source.id, backdated);
    const rows = await list(c);
    expect(rows.map((s) => s.name)).toEqual(['Recent', 'Depot prep', 'Depot prep (imported)']);
    const copy = rows.find((s) => s.id === copyId)!;
    expect(copy.lastActiveAt).toBe('2024-03-01T10:30:00.000Z');
    expect(copy.createdAt).toBe('2024-03-01T09:00:00.000Z');
    expect(resumeTarget(rows)?.name).toBe('Recent');
  });

  it('an import of the newest session keeps its place at the top, and the original does not move', async () => {
    const c = t.client();
    const older = await practised(c, 'Older');
    await practised(c, 'Latest');
    const latest = (await list(c))[0]!;
    await tick();

    const copyId = await roundTrip(c, latest.id);
    const rows = await list(c);
    // The copy's history is the original's, to the millisecond; the older session stays below both.
    expect(rows.find((s) => s.id === copyId)!.lastActiveAt).toBe(latest.lastActiveAt);
    expect(rows.at(-1)!.id).toBe(older.id);
    expect(rows.map((s) => s.name).slice(0, 2).sort()).toEqual(['Latest', 'Latest (imported)']);
  });

  it('an import with no history sits by the creation date in the file', async () => {
    const c = t.client();
    const empty = (await c.post('/api/sessions', { name: 'Empty' })).json();
    await practised(c, 'Practised');
    const copyId = await roundTrip(c, empty.id, (file) => ({ ...file, session: { ...file.session, createdAt: '2024-05-01T08:00:00.000Z' } }));
    const rows = await list(c);
    expect(rows.at(-1)!.id).toBe(copyId);
    expect(rows.at(-1)!.lastActiveAt).toBe('2024-05-01T08:00:00.000Z');
  });
});
