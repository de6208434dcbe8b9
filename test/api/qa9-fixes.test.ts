/**
 * Fixes from the session-9 exploratory QA, through the real app: an answer
 * with no words is refused (and a long one is told its length), a file over
 * the upload limit is told the limit and its size, practice again refuses an
 * empty session, progress points say how many answers they cover, the
 * Markdown guide nests questions under their section and names the coach in
 * words, the PDF leaves emoji out and says so, an export from a newer app is
 * told to update however the file was sent, and a stale settings save gets
 * the two-tabs message.
 */
import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question, Session } from '../../src/shared/api.js';
import { SESSION_CHANGED_ELSEWHERE } from '../../src/shared/labels.js';
import { ANSWER_MAX_CHARS } from '../../src/shared/limits.js';
import type { ProgressReport } from '../../src/shared/review-report.js';
import type { SessionExport } from '../../src/shared/review.js';
import { multipart, startTestApp, type TestApp, type TestClient } from './helper.js';

const resume = readFileSync(new URL('../fixtures/samples/resume.md', import.meta.url), 'utf8');
const jd = readFileSync(new URL('../fixtures/samples/jd.md', import.meta.url), 'utf8');
const ANSWER =
  'At Ledgerly our invoice disputes were climbing, so I moved billing to event sourcing, migrated the three busiest flows myself over six weeks, and disputes fell by 38% the next quarter.';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.destroy());

async function sessionWithQuestion(c: TestClient, name = 'QA nine'): Promise<{ id: string; question: Question }> {
  const s: Session = (await c.post('/api/sessions', { name })).json();
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'resume', text: resume })).statusCode).toBe(201);
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'job_description', text: jd })).statusCode).toBe(201);
  const question: Question = (await c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you fixed something that kept failing.' })).json();
  return { id: s.id, question };
}

const answersOf = async (c: TestClient, id: string): Promise<unknown[]> => (await c.get(`/api/sessions/${id}`)).json().answers;

describe('answers the coach cannot score', () => {
  it.each([
    ['a lone full stop', '.'],
    ['punctuation and emoji only', '… 🙂 !!'],
    ['one word', 'Yes.'],
  ])('refuses %s with 400 on both answer routes, saying what to write, and stores nothing', async (_label, text) => {
    const c = t.client();
    const { id, question } = await sessionWithQuestion(c);
    for (const route of ['answers', 'answers/stream']) {
      const res = await c.post(`/api/sessions/${id}/${route}`, { questionId: question.id, text });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/^Write your answer before asking for feedback: at least 2 words/);
    }
    expect(await answersOf(c, id)).toEqual([]);
  });

  it('accepts a two-word answer, and a sentence written without spaces (Chinese)', async () => {
    const c = t.client();
    const { id, question } = await sessionWithQuestion(c);
    expect((await c.post(`/api/sessions/${id}/answers`, { questionId: question.id, text: 'Patience, mostly.' })).statusCode).toBe(201);
    expect((await c.post(`/api/sessions/${id}/answers`, { questionId: question.id, text: '我负责这个项目。' })).statusCode).toBe(201);
    expect(await answersOf(c, id)).toHaveLength(2);
  });

  it('refuses a spoken answer whose transcript has no words, in words about the transcript', async () => {
    const c = t.client();
    const { id, question } = await sessionWithQuestion(c);
    const form = multipart({ questionId: question.id, text: '...', durationSeconds: '12' });
    const res = await c.request({ method: 'POST', url: `/api/sessions/${id}/voice-answers`, ...form });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^The transcript has fewer than 2 words.*type or correct what you said/);
    expect(await answersOf(c, id)).toEqual([]);
  });

  it('tells an over-long answer its length and the limit, in characters', async () => {
    const c = t.client();
    const { id, question } = await sessionWithQuestion(c);
    const text = `${ANSWER} `.repeat(Math.ceil((ANSWER_MAX_CHARS + 500) / (ANSWER.length + 1))).trim();
    const res = await c.post(`/api/sessions/${id}/answers`, { questionId: question.id, text });
    expect(res.statusCode).toBe(400);
    const over = text.length - ANSWER_MAX_CHARS;
    expect(res.json().error.message).toBe(
      `This answer is ${text.length.toLocaleString('en')} characters; the limit is 20,000. Shorten it by ${over.toLocaleString('en')} characters, then ask for feedback.`,
    );
    expect(await answersOf(c, id)).toEqual([]);
  });
});

describe('a file over the upload limit', () => {
  it('is refused with 413 naming the limit (MAX_UPLOAD_MB) and the file size, and nothing is stored', async () => {
    const small = await startTestApp({ MAX_UPLOAD_MB: '1' });
    try {
      const c = small.client();
      const s: Session = (await c.post('/api/sessions', {})).json();
      const form = multipart({ kind: 'resume' }, { name: 'file', filename: 'big.txt', type: 'text/plain', bytes: Buffer.alloc(Math.round(2.5 * 1024 * 1024), 'a') });
      const res = await c.request({ method: 'POST', url: `/api/sessions/${s.id}/documents`, ...form });
      expect(res.statusCode).toBe(413);
      expect(res.json().error).toEqual({
        code: 'document_too_large',
        message: 'This file is about 2.5 MB; the limit is 1 MB. Upload a smaller file (remove images, or save just the text as PDF or DOCX), or paste the text instead.',
      });
      expect((await c.get(`/api/sessions/${s.id}/documents`)).json()).toHaveLength(0);
    } finally {
      await small.destroy();
    }
  });
});

describe('practice again on a session with no questions', () => {
  it('is refused with 409 and a message, however often it is asked, and creates nothing', async () => {
    const c = t.client();
    const s: Session = (await c.post('/api/sessions', { name: 'empty' })).json();
    for (const reuseQuestions of [true, false, true]) {
      const res = await c.post(`/api/sessions/${s.id}/practice-again`, { reuseQuestions });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toMatch(/^This session has no questions to practise again yet\. Generate or add questions/);
    }
    expect((await c.get('/api/sessions')).json().map((x: Session) => x.name)).toEqual(['empty']);
  });
});

describe('progress points', () => {
  it('say how many answers each average covers, and an imported copy keeps its "(imported)" name', async () => {
    const c = t.client();
    const { id, question } = await sessionWithQuestion(c, 'Northwind prep');
    const second: Question = (await c.post(`/api/sessions/${id}/questions`, { text: 'Why operations?' })).json();
    for (const q of [question, second]) expect((await c.post(`/api/sessions/${id}/answers`, { questionId: q.id, text: ANSWER })).statusCode).toBe(201);
    const file = (await c.get(`/api/sessions/${id}/export?format=json`)).json();
    expect((await c.post('/api/sessions/import', file)).statusCode).toBe(201);
    const p: ProgressReport = (await c.get('/api/progress')).json();
    // The copy keeps the original's creation time, so the two points may come in either order.
    const points = p.sessions.map((s) => [s.sessionName, s.answers]);
    expect(points).toHaveLength(2);
    expect(points).toEqual(expect.arrayContaining([['Northwind prep', 2], ['Northwind prep (imported)', 2]]));
    // Per competency, the first session's points together cover its two answers.
    const first = p.competencies.flatMap((c) => c.points.filter((pt) => pt.sessionId === id));
    expect(first.reduce((n, pt) => n + pt.answers, 0)).toBe(2);
    const dim = p.dimensions.find((d) => d.key === 'specificity')!;
    expect(dim.points[0]!.answers).toBeGreaterThan(0);
  });
});

describe('the Markdown study guide', () => {
  it('nests each question under "Questions and answers" and names the coach in words', async () => {
    const c = t.client();
    const { id, question } = await sessionWithQuestion(c);
    expect((await c.post(`/api/sessions/${id}/answers`, { questionId: question.id, text: ANSWER })).statusCode).toBe(201);
    const md = (await c.get(`/api/sessions/${id}/export?format=md`)).body;
    expect(md).toContain('\n## Questions and answers\n');
    expect(md).toContain(`\n### Q1. ${question.text}\n`);
    expect(md).not.toMatch(/^## Q\d/m);
    expect(md).toMatch(/^#### Attempt 1 of 1 · /m);
    expect(md).toContain('_Coach: built-in_');
    expect(md).not.toMatch(/builtin/);
  });
});

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('the PDF study guide', () => {
  it('leaves emoji out (no "?" and no stray "♀"), and its note says emoji were left out', async () => {
    const c = t.client();
    const { id, question } = await sessionWithQuestion(c);
    const text = 'ok 🙂 so when the new guideline came out nobody knew the renal dosing rule 🤷‍♀️ I emailed the renal team, wrote a draft, got it approved in 3 weeks ✅ and errors went down 🎉';
    expect((await c.post(`/api/sessions/${id}/answers`, { questionId: question.id, text })).statusCode).toBe(201);
    const pdf = await pdfText((await c.get(`/api/sessions/${id}/export?format=pdf`)).rawPayload);
    expect(pdf).toContain('ok so when the new guideline came out nobody knew the renal dosing rule I emailed the renal team');
    expect(pdf).toContain('approved in 3 weeks and errors went down');
    // Emoji used to print as "?" (and 🤷‍♀️ as "?♀?"); the guide's own "?" are questions.
    expect(pdf).not.toContain('♀');
    expect(pdf).not.toMatch(/\?(?! ?($|[A-Z“"(]))/);
    expect(pdf).toContain('Note: Emoji were left out of this PDF. The Markdown and JSON exports keep the full text.');
    expect(pdf).not.toMatch(/Chinese|Japanese|Korean/);
    // The Markdown keeps them.
    expect((await c.get(`/api/sessions/${id}/export?format=md`)).body).toContain('🤷‍♀️');
  });

  it('has no note when everything printed as written', async () => {
    const c = t.client();
    const { id, question } = await sessionWithQuestion(c);
    expect((await c.post(`/api/sessions/${id}/answers`, { questionId: question.id, text: ANSWER })).statusCode).toBe(201);
    const pdf = await pdfText((await c.get(`/api/sessions/${id}/export?format=pdf`)).rawPayload);
    expect(pdf).toContain('disputes fell by 38%');
    expect(pdf).not.toContain('Note:');
  });
});

describe('an export made by a newer version of the app', () => {
  const NEWER = 'This session export was made by a newer version of Interview Practice. Update the app, then import it again.';

  it('is told to update the app whether it is sent as JSON or as text, and creates nothing', async () => {
    const c = t.client();
    const { id } = await sessionWithQuestion(c);
    const file: SessionExport = (await c.get(`/api/sessions/${id}/export?format=json`)).json();
    const importer = t.client();
    await importer.get('/api/sessions');
    const future = JSON.stringify({ ...file, version: 3 });
    for (const type of ['application/json', 'text/plain']) {
      const res = await importer.request({ method: 'POST', url: '/api/sessions/import', payload: future, headers: { 'content-type': type } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toBe(NEWER);
    }
    // A current export sent as text, or as a form upload (curl -F), is told how to send it.
    const asText = await importer.request({ method: 'POST', url: '/api/sessions/import', payload: JSON.stringify(file), headers: { 'content-type': 'text/plain' } });
    expect(asText.json().error.message).toMatch(/^This is a session export, but it was sent as text\. Send it with Content-Type: application\/json/);
    const form = multipart({}, { name: 'file', filename: 'export.json', type: 'application/json', bytes: Buffer.from(future) });
    const asForm = await importer.request({ method: 'POST', url: '/api/sessions/import', ...form });
    expect(asForm.statusCode).toBe(400);
    expect(asForm.json().error.message).toMatch(/^Send the export file itself as the request body with Content-Type: application\/json \(not as a form upload\)/);
    expect((await importer.get('/api/sessions')).json()).toEqual([]);
  });
});

describe('a settings save from a stale tab', () => {
  it('is refused with 409 and the two-tabs message, keeping what the other tab saved', async () => {
    const c = t.client();
    const s: Session = (await c.post('/api/sessions', { name: 'Two tabs', persona: 'helpful' })).json();
    const a = await c.patch(`/api/sessions/${s.id}`, { persona: 'ruthless', difficulty: 'medium', questionType: 'mixed', version: s.version });
    expect(a.statusCode).toBe(200);
    const b = await c.patch(`/api/sessions/${s.id}`, { persona: 'helpful', difficulty: 'hard', questionType: 'mixed', version: s.version });
    expect(b.statusCode).toBe(409);
    expect(b.json().error).toEqual({ code: 'conflict', message: SESSION_CHANGED_ELSEWHERE });
    expect((await c.get(`/api/sessions/${s.id}`)).json()).toMatchObject({ persona: 'ruthless', difficulty: 'medium' });
  });
});
