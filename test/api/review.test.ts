/**
 * Review routes through the real app on a temp SQLite file: summary,
 * progress, practice again, practise-your-weakest, export (PDF, Markdown,
 * JSON) and import, and ownership (another owner gets 404 everywhere).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerWithFeedback, Question, SessionDetail } from '../../src/shared/api.js';
import type { Progress, SessionExport, SessionReview } from '../../src/shared/review.js';
import { renderPdf } from '../../src/server/services/review/export-pdf.js';
import { createReviewService } from '../../src/server/services/review/index.js';
import { startTestApp, type TestApp, type TestClient } from './helper.js';

const resume = readFileSync(new URL('../fixtures/samples/resume.md', import.meta.url), 'utf8');
const jd = readFileSync(new URL('../fixtures/samples/jd.md', import.meta.url), 'utf8');

const STRONG =
  'At Ledgerly our invoice disputes were climbing, and I was asked to fix billing. I proposed moving the billing service to event sourcing, ' +
  'wrote the design, and I migrated the three highest-volume flows myself over six weeks. Disputes fell by 38% in the next quarter, ' +
  'and I learned to ship the migration behind a flag so we could roll back safely.';
const WEAK = 'I did some stuff.';
const MEDIUM = 'We had an outage once and the team fixed it. We wrote a postmortem and things got better after that.';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.destroy();
});

interface Seeded {
  id: string;
  questions: Question[];
}

/** A session with documents, questions and answers (one question answered twice). */
async function seed(c: TestClient, opts: { name?: string; questions?: string[] } = {}): Promise<Seeded> {
  const s = (await c.post('/api/sessions', { name: opts.name ?? 'Brightwater prep', persona: 'ruthless', difficulty: 'hard' })).json();
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'resume', text: resume })).statusCode).toBe(201);
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'job_description', text: jd })).statusCode).toBe(201);
  const texts = opts.questions ?? [
    'Tell me about a time you improved a system that was failing its users.',
    'Describe a disagreement with a colleague and how you resolved it.',
    'Tell me about an incident you led and what changed afterwards.',
    'Why do you want this role?',
  ];
  const questions: Question[] = [];
  for (const text of texts) questions.push((await c.post(`/api/sessions/${s.id}/questions`, { text })).json());
  await answer(c, s.id, questions[0]!.id, MEDIUM);
  await answer(c, s.id, questions[0]!.id, STRONG); // a retry: the summary uses this one
  if (questions[1]) await answer(c, s.id, questions[1].id, WEAK);
  if (questions[2]) await answer(c, s.id, questions[2].id, MEDIUM);
  return { id: s.id, questions };
}

async function answer(c: TestClient, id: string, questionId: string, text: string): Promise<void> {
  const res = await c.post(`/api/sessions/${id}/answers`, { questionId, text });
  expect(res.statusCode).toBe(201);
}

async function detail(c: TestClient, id: string): Promise<SessionDetail> {
  return (await c.get(`/api/sessions/${id}`)).json();
}

function latestPerQuestion(d: SessionDetail): AnswerWithFeedback[] {
  const latest = new Map<string, AnswerWithFeedback>();
  for (const a of d.answers) latest.set(a.questionId, a);
  return [...latest.values()];
}

async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { text, totalPages } = await extractText(doc, { mergePages: true });
  return { text: text.replace(/\s+/g, ' '), pages: totalPages };
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('summary', () => {
  it('averages the latest attempts per dimension, picks best and weakest with quotes, and gives three next steps', async () => {
    const c = t.client();
    const { id, questions } = await seed(c);
    const res = await c.post(`/api/sessions/${id}/summary`);
    expect(res.statusCode).toBe(200);
    const r: SessionReview = res.json();
    const d = await detail(c, id);
    const latest = latestPerQuestion(d);
    expect(r).toMatchObject({ sessionId: id, questionCount: 4, answeredCount: 3 });
    const mean = latest.reduce((s, a) => s + a.feedback!.overall, 0) / latest.length;
    expect(r.average).toBeCloseTo(Math.round(mean * 10) / 10, 5);
    const structure = latest.flatMap((a) => a.feedback!.dimensions.filter((x) => x.key === 'structure' && x.score !== null).map((x) => x.score!));
    const dim = r.dimensions.find((x) => x.key === 'structure')!;
    expect(dim.scored).toBe(structure.length);
    expect(dim.average).toBeCloseTo(Math.round((structure.reduce((s, v) => s + v, 0) / structure.length) * 10) / 10, 5);
    expect(r.best!.questionId).toBe(questions[0]!.id);
    expect(r.weakest!.questionId).toBe(questions[1]!.id);
    expect(r.best!.overall).toBeGreaterThan(r.weakest!.overall);
    // Verbatim words; a cut is marked with "…" at either end, and a quote never stops mid-sentence unmarked.
    expect(STRONG).toContain(r.best!.quote.replace(/^…|…$/g, ''));
    expect(WEAK).toContain(r.weakest!.quote.replace(/^…|…$/g, ''));
    expect(r.best!.quote).toMatch(/[.!?…]$/);
    expect(r.nextSteps).toHaveLength(3);
    expect(new Set(r.nextSteps).size).toBe(3);
    expect(r.nextSteps.join('\n')).toContain('Describe a disagreement with a colleague');
    expect((await c.get(`/api/sessions/${id}/summary`)).json()).toEqual(r);
  });

  it('is honest about a session with no answers', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', {})).json();
    const r: SessionReview = (await c.get(`/api/sessions/${s.id}/summary`)).json();
    expect(r).toMatchObject({ average: null, best: null, weakest: null, dimensions: [], answeredCount: 0 });
    expect(r.nextSteps).toHaveLength(3);
    expect(r.nextSteps[0]).toMatch(/Answer at least three questions/);
  });
});

describe('practice again', () => {
  it('copies documents (bytes too), persona and settings, and the same questions', async () => {
    const c = t.client();
    const { id } = await seed(c);
    const res = await c.post(`/api/sessions/${id}/practice-again`, { reuseQuestions: true });
    expect(res.statusCode).toBe(201);
    const copy = await detail(c, res.json().id);
    const orig = await detail(c, id);
    expect(copy.id).not.toBe(id);
    expect(copy).toMatchObject({ persona: 'ruthless', difficulty: 'hard', questionType: orig.questionType, name: 'Brightwater prep (again)' });
    expect(copy.questions.map((q) => [q.text, q.competency, q.category])).toEqual(orig.questions.map((q) => [q.text, q.competency, q.category]));
    expect(copy.answers).toHaveLength(0);
    const bytes = async (sessionId: string) =>
      (await t.app.storage.db.selectFrom('documents').select(['kind', 'bytes', 'text']).where('session_id', '=', sessionId).orderBy('kind').execute()).map((r) => ({
        kind: r.kind,
        text: r.text,
        bytes: Buffer.from(r.bytes).toString('hex'),
      }));
    expect(await bytes(copy.id)).toEqual(await bytes(id));
    expect((await bytes(id)).length).toBe(2);
  });

  it('builds a fresh set aimed at the weakest competencies, repeating none of the old questions', async () => {
    const c = t.client();
    const { id, questions } = await seed(c);
    const res = await c.post(`/api/sessions/${id}/practice-again`, { reuseQuestions: false });
    expect(res.statusCode).toBe(201);
    const fresh = await detail(c, res.json().id);
    expect(fresh.questions).toHaveLength(questions.length);
    const old = new Set(questions.map((q) => q.text));
    for (const q of fresh.questions) expect(old.has(q.text)).toBe(false);
    expect(fresh.documents).toHaveLength(2);
  });

  it('validates the body', async () => {
    const c = t.client();
    const { id } = await seed(c, { questions: ['Why this company?'] });
    expect((await c.post(`/api/sessions/${id}/practice-again`, {})).statusCode).toBe(400);
  });
});

describe('progress', () => {
  it('has a point per scored session for each competency and dimension, and names the weakest', async () => {
    const c = t.client();
    expect(((await c.get('/api/progress')).json() as Progress).sessions).toEqual([]);
    const a = await seed(c, { name: 'first' });
    const b = await seed(c, { name: 'second' });
    await c.post('/api/sessions', { name: 'empty' });
    const p: Progress = (await c.get('/api/progress')).json();
    expect(p.sessions.map((s) => s.sessionId)).toEqual([a.id, b.id]);
    expect(p.competencies.length).toBeGreaterThan(0);
    for (const series of p.competencies) {
      expect(series.points.map((x) => x.sessionName)).toEqual(['first', 'second']);
      expect(series.change).toBe(Math.round((series.points[1]!.average - series.points[0]!.average) * 10) / 10);
    }
    expect(p.dimensions.map((d) => d.key)).toContain('structure');
    expect(p.weakest.length).toBeGreaterThan(0);
    const avgs = p.weakest.map((w) => w.average);
    expect([...avgs].sort((x, y) => x - y)).toEqual(avgs);
    const weakQuestionCompetency = (await detail(c, a.id)).questions[1]!.competency;
    expect(p.weakest[0]!.competency).toBe(weakQuestionCompetency);
  });

  it('practise-your-weakest builds a session with the weakest answers to retry plus fresh questions', async () => {
    const c = t.client();
    expect((await c.post('/api/progress/practice-weakest')).statusCode).toBe(409);
    const { questions } = await seed(c);
    const res = await c.post('/api/progress/practice-weakest');
    expect(res.statusCode).toBe(201);
    const s = await detail(c, res.json().id);
    expect(s.name).toMatch(/^Weakest: /);
    expect(s.documents).toHaveLength(2);
    expect(s.questions.map((q) => q.text)).toContain(questions[1]!.text);
    expect(s.questions.length).toBeGreaterThan(1);
    expect(s.persona).toBe('ruthless');
  });
});

describe('export and import', () => {
  it('round-trips a session through JSON with fresh ids and equal content', async () => {
    const c = t.client();
    const { id } = await seed(c);
    // 2 MB of arbitrary bytes: over the app's 1 MB default body limit once base64-encoded, so the import route's own limit is exercised.
    const pdfBytes = Buffer.concat([Buffer.from('%PDF-1.4 not really a pdf, but bytes must survive ☃ \u0000\u00ff', 'utf8'), randomBytes(2 * 1024 * 1024)]);
    await t.app.storage.db.updateTable('documents').set({ bytes: pdfBytes }).where('session_id', '=', id).where('kind', '=', 'resume').execute();
    const res = await c.get(`/api/sessions/${id}/export?format=json`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="interview-practice-brightwater-prep\.json"/);
    const file: SessionExport = res.json();
    expect(file).toMatchObject({ format: 'interview-practice/session', version: 2, voiceTranscript: [] });

    const other = t.client();
    const imported = await other.request({ method: 'POST', url: '/api/sessions/import', payload: res.body, headers: { 'content-type': 'application/json' } });
    expect(imported.statusCode).toBe(201);
    const newId = imported.json().id;
    expect(newId).not.toBe(id);
    const [a, b] = [await detail(c, id), await detail(other, newId)];
    expect(b).toMatchObject({ name: `${a.name} (imported)`, persona: a.persona, difficulty: a.difficulty, questionType: a.questionType, createdAt: a.createdAt });
    const q = (d: SessionDetail) => d.questions.map(({ id: _id, ...rest }) => rest);
    expect(q(b)).toEqual(q(a));
    const oldIds = new Set(a.questions.map((x) => x.id));
    expect(b.questions.filter((x) => oldIds.has(x.id))).toEqual([]);
    const ans = (d: SessionDetail) => {
      const pos = new Map(d.questions.map((x) => [x.id, x.position]));
      return d.answers.map(({ id: _i, questionId, ...rest }) => ({ position: pos.get(questionId), ...rest })).sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.text.localeCompare(y.text));
    };
    expect(ans(b)).toEqual(ans(a));
    expect(b.answers.every((x) => x.feedback !== null)).toBe(true);
    const docs = async (sessionId: string) =>
      (await t.app.storage.db.selectFrom('documents').selectAll().where('session_id', '=', sessionId).orderBy('kind').execute()).map((r) => ({
        kind: r.kind, text: r.text, bytes: Buffer.from(r.bytes).toString('hex'), filename: r.filename, media: r.media_type, role: r.role_title, company: r.company,
      }));
    const [da, db] = [await docs(id), await docs(newId)];
    expect(db).toEqual(da);
    expect(da.find((x) => x.kind === 'resume')!.bytes).toBe(pdfBytes.toString('hex'));
    // The second export equals the first, apart from the export time, the fresh ids and the "(imported)" name.
    const again: SessionExport = (await other.get(`/api/sessions/${newId}/export?format=json`)).json();
    expect(again.session.name).toBe('Brightwater prep (imported)');
    const strip = (f: SessionExport) => ({ ...f, exportedAt: '', session: { ...f.session, name: '' }, questions: f.questions.map((x) => ({ ...x, ref: '' })), answers: f.answers.map((x) => ({ ...x, questionRef: '' })) });
    expect(strip(again)).toEqual(strip(file));
  });

  it.each([
    ['a newer version', (f: SessionExport) => ({ ...f, version: 3 })],
    ['another format', (f: SessionExport) => ({ ...f, format: 'something-else' })],
    ['an answer to a missing question', (f: SessionExport) => ({ ...f, answers: [{ ...f.answers[0]!, questionRef: 'nope' }] })],
    ['broken base64', (f: SessionExport) => ({ ...f, documents: [{ ...f.documents[0]!, bytesBase64: 'abc' }] })],
    ['two resumes', (f: SessionExport) => ({ ...f, documents: [f.documents[0]!, { ...f.documents[0]! }] })],
    ['a score out of range', (f: SessionExport) => ({ ...f, answers: [{ ...f.answers[0]!, feedback: { ...f.answers[0]!.feedback!, overall: 9 } }] })],
    ['a bad persona', (f: SessionExport) => ({ ...f, session: { ...f.session, persona: 'evil' } })],
  ])('refuses %s with 400 and creates nothing', async (_label, mutate) => {
    const c = t.client();
    const { id } = await seed(c, { questions: ['Tell me about a hard problem.', 'What are you proud of?'] });
    const file: SessionExport = (await c.get(`/api/sessions/${id}/export?format=json`)).json();
    const importer = t.client();
    await importer.get('/api/sessions');
    const res = await importer.post('/api/sessions/import', mutate(file));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message.length).toBeGreaterThan(10);
    expect((await importer.get('/api/sessions')).json()).toEqual([]);
  });

  it('refuses a body that is not JSON', async () => {
    const c = t.client();
    const res = await c.request({ method: 'POST', url: '/api/sessions/import', payload: '{"format":', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
  });

  it('exports a Markdown study guide with questions, answers, scores and next steps', async () => {
    const c = t.client();
    const { id, questions } = await seed(c);
    const res = await c.get(`/api/sessions/${id}/export?format=md`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/markdown/);
    expect(res.headers['content-disposition']).toContain('filename="interview-practice-brightwater-prep.md"');
    const md = res.body;
    expect(md).toMatch(/^# Study guide: Brightwater prep/);
    for (const q of questions) expect(md).toContain(q.text.replace(/\?/g, '?'));
    expect(md).toContain('## Next steps');
    expect(md).toMatch(/\| Structure \(STAR\+I\) \| \d(\.\d)?\/5 \|/);
    expect(md).toContain('> I did some stuff.');
    // Counts read as words: "1 answer scored", "2 answers scored" — never "answer(s)".
    expect(md).toMatch(/\| (1 answer|\d+ answers) scored \|/);
    expect(md).not.toContain('(s)');
  });
});

describe('PDF study guide', () => {
  it('contains the questions, scores and next steps', async () => {
    const c = t.client();
    const { id, questions } = await seed(c);
    const res = await c.get(`/api/sessions/${id}/export?format=pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('filename="interview-practice-brightwater-prep.pdf"');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { text } = await pdfText(res.rawPayload);
    for (const q of questions) expect(text).toContain(q.text);
    const summary: SessionReview = (await c.get(`/api/sessions/${id}/summary`)).json();
    expect(text).toContain(`Average score (latest attempt of each question): ${summary.average}/5`);
    const dim = summary.dimensions.find((d) => d.average !== null)!;
    expect(text).toMatch(new RegExp(`${dim.average}/5`));
    for (const step of summary.nextSteps) expect(text).toContain(flat(step).split(' ').slice(0, 8).join(' '));
    expect(text).toContain('Requirements the resume shows no evidence for');
    expect(text).toMatch(/page 1 of \d+/);
  });

  it('grows in pages with content and keeps long answers whole', async () => {
    const c = t.client();
    const small = await seed(c, { questions: ['Why this role?'] });
    const long = 'I measured the pipeline end to end before changing anything. '.repeat(60) + 'THE-END-MARKER';
    const big = await seed(c, { questions: Array.from({ length: 12 }, (_, i) => `Question number ${i + 1}: tell me about a project where you had to learn fast.`) });
    for (const q of (await detail(c, big.id)).questions.slice(1, 6)) await answer(c, big.id, q.id, long);
    const a = await pdfText((await c.get(`/api/sessions/${small.id}/export?format=pdf`)).rawPayload);
    const b = await pdfText((await c.get(`/api/sessions/${big.id}/export?format=pdf`)).rawPayload);
    expect(b.pages).toBeGreaterThan(a.pages + 3);
    // Each long answer ends in the PDF exactly as typed (feedback may also quote the marker on its own,
    // so count it only where it follows the answer's last sentence), and none of its 60 sentences is cut.
    expect(b.text.match(/anything\. THE-END-MARKER/g)).toHaveLength(5);
    expect(b.text.match(/I measured the pipeline end to end before changing anything\./g)?.length).toBeGreaterThanOrEqual(5 * 60);
    expect(b.text).toContain(`page ${b.pages} of ${b.pages}`);
  });

  it('prints Greek, Cyrillic and accented Latin; characters the font lacks become "?" with a note', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', { name: 'Συνέντευξη Москва' })).json();
    const q = (await c.post(`/api/sessions/${s.id}/questions`, { text: 'Πείτε μου για ένα έργο — Расскажите о проекте, café.' })).json();
    await answer(c, s.id, q.id, 'Οδήγησα την ομάδα. Я руководил командой и сократил задержку на 40%. 我负责这个项目。');
    const res = await c.get(`/api/sessions/${s.id}/export?format=pdf`);
    expect(res.headers['content-disposition']).toMatch(/filename="interview-practice-session\.pdf"; filename\*=UTF-8''%CE%A3/);
    const { text } = await pdfText(res.rawPayload);
    expect(text).toContain('Πείτε μου για ένα έργο — Расскажите о проекте, café.');
    expect(text).toContain('Οδήγησα την ομάδα. Я руководил командой');
    expect(text).not.toContain('我负责');
    expect(text).toContain('?????');
    // The note names the script of the characters behind the "?" (they cannot be shown themselves).
    expect(text).toContain('Characters the embedded font (DejaVu Sans) cannot draw are shown as "?" (Chinese or Japanese (Han)).');
  });
});

describe('PDF without the DejaVu font', () => {
  it('falls back to Helvetica, shows non-Latin characters as "?" and says so', async () => {
    const pdf = await renderPdf(
      [
        { kind: 'heading', level: 1, text: 'Study guide: Ελλάδα' },
        { kind: 'paragraph', text: 'Café résumé — Москва' },
      ],
      'Study guide',
      { fontDir: '/nonexistent-font-dir' },
    );
    expect(pdf.limitation).toMatch(/no Unicode font installed.*Helvetica/);
    const { text } = await pdfText(Buffer.from(pdf.bytes));
    expect(text).toContain('Study guide: ??????');
    expect(text).toContain('Café résumé — ??????');
    expect(text).toContain('uses Helvetica');
  });
});

describe('study guide extras', () => {
  it('shows example answers and a voice transcript when a feature provides them', async () => {
    const c = t.client();
    const { id, questions } = await seed(c, { questions: ['Tell me about a launch you led.'] });
    const ownerId = (await t.app.storage.db.selectFrom('sessions').select('owner_id').where('id', '=', id).executeTakeFirstOrThrow()).owner_id;
    const { services, storage } = t.app;
    const review = createReviewService({
      storage,
      coach: services.coach,
      documents: services.documents,
      guideExtras: async (session) => ({
        exampleAnswers: new Map([[questions[0]!.id, { text: 'At [company] I led the launch of [product].', placeholders: ['[company]', '[product]'], basedOn: [], coach: { persona: 'helpful', provider: 'builtin', model: 'm' } }]]),
        conversation: [
          { role: 'coach', text: `Welcome to ${session.name}.`, questionId: null, at: '2025-03-01T10:00:00.000Z' },
          { role: 'candidate', text: 'Спасибо, I am ready.', questionId: null, at: '2025-03-01T10:00:04.000Z' },
        ],
      }),
    });
    const md = String((await review.exportSession(ownerId, id, 'md')).body);
    expect(md).toContain('### Example answer (written by the coach from your own documents, not by you)');
    expect(md).toContain('> At \\[company\\] I led the launch of \\[product\\].');
    expect(md).toContain('## Voice interview transcript');
    expect(md).toContain('Coach (10:00:00 UTC): Welcome to Brightwater prep.');
    const pdf = await review.exportSession(ownerId, id, 'pdf');
    const { text } = await pdfText(pdf.body as Buffer);
    expect(text).toContain('You (10:00:04 UTC): Спасибо, I am ready.');
    expect(text).toContain('At [company] I led the launch of [product].');
    await expect(review.exportSession('someone-else', id, 'md')).rejects.toMatchObject({ code: 'session_not_found' });
  });
});

describe('ownership and filenames', () => {
  it('gives another owner 404 for every session route', async () => {
    const owner = t.client();
    const { id } = await seed(owner, { questions: ['What did you learn last year?'] });
    const stranger = t.client();
    await stranger.get('/api/sessions');
    const calls = [
      stranger.get(`/api/sessions/${id}/summary`),
      stranger.post(`/api/sessions/${id}/summary`),
      stranger.post(`/api/sessions/${id}/practice-again`, { reuseQuestions: true }),
      stranger.post(`/api/sessions/${id}/practice-again`, { reuseQuestions: false }),
      stranger.get(`/api/sessions/${id}/export?format=pdf`),
      stranger.get(`/api/sessions/${id}/export?format=md`),
      stranger.get(`/api/sessions/${id}/export?format=json`),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('session_not_found');
    }
    expect(((await stranger.get('/api/progress')).json() as Progress).sessions).toEqual([]);
    expect((await stranger.post('/api/progress/practice-weakest')).statusCode).toBe(409);
    expect((await stranger.get('/api/sessions')).json()).toEqual([]);
  });

  it('makes a safe attachment name from any session name', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', { name: '../../etc/"passwd"\\ Ünïcode: Q3' })).json();
    const res = await c.get(`/api/sessions/${s.id}/export?format=md`);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="interview-practice-etc-passwd-unicode-q3\.md"; filename\*=UTF-8''[A-Za-z0-9%._~!'()*-]+$/);
  });

  it('refuses an unknown format', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', {})).json();
    expect((await c.get(`/api/sessions/${s.id}/export?format=docx`)).statusCode).toBe(400);
  });
});
