import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeResumePdf } from '../fixtures/documents/make.js';
import { multipart, startTestApp, type TestApp, type TestClient } from './helper.js';

const resume = readFileSync(new URL('../fixtures/samples/resume.md', import.meta.url), 'utf8');
const jd = readFileSync(new URL('../fixtures/samples/jd.md', import.meta.url), 'utf8');

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.destroy();
});

async function sessionWithDocs(c: TestClient): Promise<string> {
  const s = (await c.post('/api/sessions', { name: 'loop' })).json();
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'resume', text: resume })).statusCode).toBe(201);
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'job_description', text: jd })).statusCode).toBe(201);
  return s.id;
}

describe('documents', () => {
  it('uploads a PDF resume, extracts its text and keeps the original bytes', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', {})).json();
    const pdf = await makeResumePdf({ name: 'Jonas Berg', lines: ['Platform Engineer at Fjordline (2019 - 2024)', 'Cut deploy time from 40 to 6 minutes'] });
    const form = multipart({ kind: 'resume' }, { name: 'file', filename: 'jonas.pdf', type: 'application/pdf', bytes: pdf });
    const res = await c.request({ method: 'POST', url: `/api/sessions/${s.id}/documents`, ...form });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'resume', filename: 'jonas.pdf', mediaType: 'application/pdf' });
    expect(res.json().preview).toContain('Fjordline');
    const docs = (await c.get(`/api/sessions/${s.id}/documents`)).json();
    expect(docs[0].text).toContain('Cut deploy time from 40 to 6 minutes');
    const row = await t.app.storage.db.selectFrom('documents').select('bytes').where('id', '=', res.json().id).executeTakeFirstOrThrow();
    expect(Buffer.compare(row.bytes, pdf)).toBe(0);
  });

  it('replaces the previous document of the same kind', async () => {
    const c = t.client();
    const id = await sessionWithDocs(c);
    await c.post(`/api/sessions/${id}/documents`, { kind: 'resume', text: 'A second resume with different text for the same person.' });
    const docs = (await c.get(`/api/sessions/${id}/documents`)).json();
    expect(docs.filter((d: { kind: string }) => d.kind === 'resume')).toHaveLength(1);
    expect(docs.find((d: { kind: string }) => d.kind === 'resume').text).toContain('second resume');
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'empty.pdf', 'application/pdf'],
    ['an executable renamed .pdf', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200)]), 'cv.pdf', 'application/pdf'],
    ['a truncated PDF', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog'), 'cut.pdf', 'application/pdf'],
    ['a PNG image', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]), 'cv.png', 'image/png'],
  ])('refuses %s with a 4xx and stores nothing', async (_label, bytes, filename, type) => {
    const c = t.client();
    const s = (await c.post('/api/sessions', {})).json();
    const form = multipart({ kind: 'resume' }, { name: 'file', filename, type, bytes });
    const res = await c.request({ method: 'POST', url: `/api/sessions/${s.id}/documents`, ...form });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.message.length).toBeGreaterThan(20);
    expect((await c.get(`/api/sessions/${s.id}/documents`)).json()).toHaveLength(0);
  });

  it('refuses a file over the size limit with 413 and stores nothing', async () => {
    const small = await startTestApp({ MAX_UPLOAD_MB: '0.1' });
    try {
      const c = small.client();
      const s = (await c.post('/api/sessions', {})).json();
      const form = multipart({ kind: 'resume' }, { name: 'file', filename: 'big.txt', type: 'text/plain', bytes: Buffer.alloc(200 * 1024, 'a') });
      const res = await c.request({ method: 'POST', url: `/api/sessions/${s.id}/documents`, ...form });
      expect(res.statusCode).toBe(413);
      expect((await c.get(`/api/sessions/${s.id}/documents`)).json()).toHaveLength(0);
    } finally {
      await small.destroy();
    }
  });

  it('refuses a multipart upload without a kind', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', {})).json();
    const form = multipart({}, { name: 'file', filename: 'a.txt', type: 'text/plain', bytes: Buffer.from('Some resume text here.') });
    const res = await c.request({ method: 'POST', url: `/api/sessions/${s.id}/documents`, ...form });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/kind/);
  });
});

describe('the whole loop', () => {
  it('profiles, generates questions aimed at the documents, answers, and keeps everything after a restart', async () => {
    const c = t.client();
    const id = await sessionWithDocs(c);

    const profile = (await c.get(`/api/sessions/${id}/profile`)).json();
    expect(profile.job.requirements.length).toBeGreaterThan(0);
    expect(profile.gaps.some((g: { covered: boolean }) => !g.covered)).toBe(true);

    const gen = await c.post(`/api/sessions/${id}/questions/generate`, { count: 6 });
    expect(gen.statusCode).toBe(201);
    const questions = gen.json().questions;
    expect(questions).toHaveLength(6);
    expect(new Set(questions.map((q: { text: string }) => q.text)).size).toBe(6);
    const joined = questions.map((q: { text: string }) => q.text).join('\n');
    expect(joined).toMatch(/Ledgerly|Northwind|event sourcing|Kubernetes|PCI/i);

    const answerText =
      'At Ledgerly our invoice disputes were climbing, and I was asked to fix billing. I proposed moving the billing service to event sourcing, ' +
      'wrote the design, and I migrated the three highest-volume flows myself over six weeks. Disputes fell by 38% in the next quarter, ' +
      'and I learned to ship the migration behind a flag so we could roll back safely.';
    const ans = await c.post(`/api/sessions/${id}/answers`, { questionId: questions[0].id, text: answerText });
    expect(ans.statusCode).toBe(201);
    const { feedback } = ans.json();
    expect(feedback.coach).toMatchObject({ provider: 'builtin', persona: 'helpful' });
    for (const d of feedback.dimensions) {
      if (d.score !== null) {
        expect(d.evidence.length).toBeGreaterThan(0);
        for (const quote of d.evidence) expect(answerText).toContain(quote);
      }
    }

    const short = await c.post(`/api/sessions/${id}/answers`, { questionId: questions[1].id, text: 'I did some stuff.' });
    expect(short.json().feedback.overall).toBeLessThanOrEqual(1.5);

    await t.close();
    t = await startTestApp({}, t.dataDir);
    const again = await t.app.inject({ method: 'GET', url: `/api/sessions/${id}`, headers: { cookie: c.cookie! } });
    expect(again.statusCode).toBe(200);
    const detail = again.json();
    expect(detail.documents).toHaveLength(2);
    expect(detail.questions).toHaveLength(6);
    expect(detail.answers).toHaveLength(2);
    expect(detail.answers[0].feedback.overall).toBe(feedback.overall);
  });

  it('streams saved → feedback events for an answer', async () => {
    const c = t.client();
    const id = await sessionWithDocs(c);
    const q = (await c.post(`/api/sessions/${id}/questions`, { text: 'Tell me about a time you disagreed with your manager.' })).json();
    const res = await c.post(`/api/sessions/${id}/answers/stream`, { questionId: q.id, text: 'I pushed back on a launch date and we shipped a week later with fewer bugs.' });
    expect(res.headers['content-type']).toMatch(/text\/event-stream/);
    const events = [...res.body.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(events[0]).toBe('saved');
    expect(events.at(-1)).toBe('feedback');
  });

  it('deleting a question deletes its answers', async () => {
    const c = t.client();
    const id = await sessionWithDocs(c);
    const q = (await c.post(`/api/sessions/${id}/questions`, { text: 'Why do you want this role?' })).json();
    await c.post(`/api/sessions/${id}/answers`, { questionId: q.id, text: 'Because payments at scale is what I do best.' });
    expect((await c.delete(`/api/sessions/${id}/questions/${q.id}`)).statusCode).toBe(204);
    const detail = (await c.get(`/api/sessions/${id}`)).json();
    expect(detail.questions).toHaveLength(0);
    expect(detail.answers).toHaveLength(0);
  });

  it('rejects an answer to a question of another session with 404 and saves nothing', async () => {
    const c = t.client();
    const a = await sessionWithDocs(c);
    const b = await sessionWithDocs(c);
    const q = (await c.post(`/api/sessions/${a}/questions`, { text: 'What is your biggest weakness?' })).json();
    const res = await c.post(`/api/sessions/${b}/answers`, { questionId: q.id, text: 'Patience, mostly.' });
    expect(res.statusCode).toBe(404);
    expect((await c.get(`/api/sessions/${b}`)).json().answers).toHaveLength(0);
  });

  it('generates a sensible set with no documents at all', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', { questionType: 'behavioral' })).json();
    const gen = await c.post(`/api/sessions/${s.id}/questions/generate`, {});
    expect(gen.statusCode).toBe(201);
    expect(gen.json().questions).toHaveLength(5);
  });

  it('bounds the question count', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', {})).json();
    const res = await c.post(`/api/sessions/${s.id}/questions/generate`, { count: 50 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/20/);
  });
});
