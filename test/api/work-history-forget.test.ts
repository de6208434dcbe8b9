/**
 * Deleting a story forgets it everywhere the app copied it (issue #5): the
 * built-in coach's questions built on it (removed when unanswered, the quote
 * replaced when answered), and stored feedback that cites or quotes it — while
 * the user's own answers stay word for word and another owner's identical rows
 * are not touched. Real app on a temp SQLite file (PostgreSQL in api-pg); the
 * rows are read back through the storage layer, not the API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerResult, Question } from '../../src/shared/api.js';
import type { ForgetResult } from '../../src/shared/work-history.js';
import { startTestApp, type TestApp, type TestClient } from './helper.js';

const AWS_STORY = 'At Brightline I rightsized our EC2 fleet and moved batch jobs to spot instances, which cut the AWS bill 31% in two months.';
const MENTOR_STORY = 'I mentored two junior engineers at Brightline through their first on-call rotation; both ran incidents alone within a quarter.';
const VAGUE = 'I worked on reducing our cloud costs. We looked at a lot of things and made some improvements and it went well in the end.';
const WINDOW = 25;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.destroy();
});

/** Every 25-character window of the text, case-blind with whitespace collapsed (as quoted). */
function windows(text: string): string[] {
  const flat = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const out: string[] = [];
  for (let i = 0; i + WINDOW <= flat.length; i++) out.push(flat.slice(i, i + WINDOW));
  return out;
}

/** Every string inside a parsed JSON value, joined. */
function strings(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(strings).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(strings).join('\n');
  return '';
}

interface Rows {
  questions: Array<{ id: string; text: string; rationale: string; source_kind: string; source_text: string }>;
  answers: Array<{ id: string; question_id: string; text: string }>;
  feedback: Array<{ id: string; answer_id: string; overall: number; body: string }>;
}

/** The owner's stored questions, answers and feedback, straight from the database. */
async function rows(ownerId: string): Promise<Rows> {
  const db = t.app.storage.db;
  const [questions, answers, feedback] = await Promise.all([
    db.selectFrom('questions').select(['id', 'text', 'rationale', 'source_kind', 'source_text']).where('owner_id', '=', ownerId).orderBy('id').execute(),
    db.selectFrom('answers').select(['id', 'question_id', 'text']).where('owner_id', '=', ownerId).orderBy('id').execute(),
    db.selectFrom('feedback').select(['id', 'answer_id', 'overall', 'body']).where('owner_id', '=', ownerId).orderBy('id').execute(),
  ]);
  return { questions, answers, feedback };
}

/** Stored copies (question text, rationale and source, feedback JSON) holding a 25-character window of the story. */
function copiesOf(story: string, r: Rows): string[] {
  const texts = [
    ...r.questions.flatMap((q) => [q.text, q.rationale, q.source_text]),
    ...r.feedback.map((f) => strings(JSON.parse(f.body))),
    ...r.feedback.map((f) => f.body),
  ].map((s) => s.toLowerCase().replace(/\s+/g, ' '));
  return windows(story).filter((w) => texts.some((s) => s.includes(w)));
}

async function ownerOf(storyId: string): Promise<string> {
  const row = await t.app.storage.db.selectFrom('work_history_snippets').select('owner_id').where('id', '=', storyId).executeTakeFirstOrThrow();
  return row.owner_id;
}

async function addStory(c: TestClient, text: string): Promise<string> {
  const res = await c.post('/api/work-history', { text });
  expect(res.statusCode).toBe(201);
  return (res.json() as { created: Array<{ id: string }> }).created[0]!.id;
}

/** A session whose generated questions include the built-in coach's "You noted: …" question on each matching story. */
async function storySession(c: TestClient, name: string): Promise<{ id: string; questions: Question[] }> {
  const s = (await c.post('/api/sessions', { name, persona: 'helpful' })).json() as { id: string };
  const res = await c.post(`/api/sessions/${s.id}/questions/generate`, { count: 4, hint: 'AWS bill, on-call rotation' });
  expect(res.statusCode).toBe(201);
  return { id: s.id, questions: (res.json() as { questions: Question[] }).questions };
}

const onStory = (qs: Question[], story: string): Question => {
  const q = qs.find((x) => x.source.kind === 'work_history' && x.source.text === story);
  expect(q, `a question built on “${story.slice(0, 30)}…”`).toBeDefined();
  return q!;
};

async function answer(c: TestClient, sessionId: string, questionId: string, text: string): Promise<AnswerResult> {
  const res = await c.post(`/api/sessions/${sessionId}/answers`, { questionId, text });
  expect(res.statusCode).toBe(201);
  return res.json() as AnswerResult;
}

/**
 * One owner's world: two stories; session 1 answers the question built on the
 * AWS story (and a follow-up to it is added), session 2 leaves its copy of that
 * question unanswered; a question of the user's own, answered vaguely, gets
 * feedback that cites and quotes the AWS story.
 */
async function seedOwner(c: TestClient) {
  const aws = await addStory(c, AWS_STORY);
  const mentor = await addStory(c, MENTOR_STORY);
  const one = await storySession(c, 'Practice one');
  const answered = onStory(one.questions, AWS_STORY);
  const first = await answer(c, one.id, answered.id, VAGUE);
  const followUp = await c.post(`/api/sessions/${one.id}/questions`, { text: 'What would you measure next time?', followUpOf: answered.id });
  expect(followUp.statusCode).toBe(201);
  const two = await storySession(c, 'Practice two');
  const unanswered = onStory(two.questions, AWS_STORY);
  const own = (await c.post(`/api/sessions/${two.id}/questions`, { text: 'Tell me about a time you reduced costs.' })).json() as Question;
  const second = await answer(c, two.id, own.id, VAGUE);
  return { aws, mentor, one, two, answered, unanswered, own, first, second, ownerId: await ownerOf(aws) };
}

/** What must not change: the owner's answers, and each feedback's scores. */
function untouchable(r: Rows) {
  return {
    answers: r.answers,
    scores: r.feedback.map((f) => {
      const body = JSON.parse(f.body) as { overall: number; dimensions: Array<{ key: string; score: number | null }> };
      return { id: f.id, overall: f.overall, body: body.overall, dims: body.dimensions.map((d) => [d.key, d.score]) };
    }),
  };
}

async function forget(c: TestClient, url: string): Promise<ForgetResult> {
  const res = await c.delete(url);
  expect(res.statusCode).toBe(200);
  return res.json() as ForgetResult;
}

describe('deleting a story forgets its copies', () => {
  it('removes unanswered questions built on it, redacts answered ones and feedback, keeps answers and another owner', async () => {
    const alice = t.client();
    const a = await seedOwner(alice);
    const b = await seedOwner(t.client());
    const before = await rows(a.ownerId);
    const bobBefore = await rows(b.ownerId);
    // The copies the test is about exist before the delete.
    expect(copiesOf(AWS_STORY, before).length).toBeGreaterThan(50);
    expect(a.first.feedback.basedOn?.map((c) => c.snippetId)).toEqual([a.aws]);
    expect(a.second.feedback.improvements.join('\n')).toContain('(cut the AWS bill 31% in two months)');

    expect(await forget(alice, `/api/work-history/${a.aws}`)).toEqual({ deleted: 1, questionsRemoved: 1, questionsRedacted: 2, feedbackRedacted: 2 });

    const after = await rows(a.ownerId);
    expect(copiesOf(AWS_STORY, after)).toEqual([]);
    expect(untouchable(after)).toEqual(untouchable(before));
    // The unanswered copy is gone; the answered one stays with its attempt, its quote replaced.
    expect(after.questions.map((q) => q.id)).not.toContain(a.unanswered.id);
    const kept = after.questions.find((q) => q.id === a.answered.id);
    expect(kept).toMatchObject({ text: 'You noted: “a story you have since deleted” Tell me the full story — what you did and what came of it.', source_kind: 'work_history', source_text: '' });
    expect(after.answers.filter((x) => x.question_id === a.answered.id)).toEqual([{ id: a.first.answer.id, question_id: a.answered.id, text: VAGUE }]);
    expect(after.questions.find((q) => q.rationale.startsWith('Follow-up to:'))?.rationale).toBe('Follow-up to: “a story you have since deleted”');
    // Feedback: the citation and the line quoting the story are gone, the rest stays.
    for (const f of after.feedback) {
      const body = JSON.parse(f.body) as { basedOn: unknown[]; improvements: string[]; summary: string };
      const old = JSON.parse(before.feedback.find((x) => x.id === f.id)!.body) as { improvements: string[]; summary: string };
      expect(body.basedOn).toEqual([]);
      expect(body.improvements).toEqual(old.improvements.filter((line) => !line.startsWith('Your story')));
      expect(body.summary).toBe(old.summary);
    }
    // The other story and its questions are untouched.
    expect(after.questions.filter((q) => q.source_text === MENTOR_STORY)).toHaveLength(2);
    expect((await alice.get(`/api/work-history/${a.mentor}`)).statusCode).toBe(200);
    // Another owner's identical story, questions and feedback are not touched.
    expect(await rows(b.ownerId)).toEqual(bobBefore);
    expect((await t.client().delete(`/api/work-history/${b.aws}`)).statusCode).toBe(404);
    expect(await rows(b.ownerId)).toEqual(bobBefore);
  });

  it('clearing every story forgets them all the same way', async () => {
    const carol = t.client();
    const c = await seedOwner(carol);
    const d = await seedOwner(t.client());
    const before = await rows(c.ownerId);
    const otherBefore = await rows(d.ownerId);
    expect(copiesOf(MENTOR_STORY, before).length).toBeGreaterThan(50);

    // Removed: the unanswered copy of the AWS question and both mentoring questions.
    expect(await forget(carol, '/api/work-history?confirm=true')).toEqual({ deleted: 2, questionsRemoved: 3, questionsRedacted: 2, feedbackRedacted: 2 });

    const after = await rows(c.ownerId);
    expect(copiesOf(AWS_STORY, after)).toEqual([]);
    expect(copiesOf(MENTOR_STORY, after)).toEqual([]);
    expect(untouchable(after)).toEqual(untouchable(before));
    expect(after.questions.filter((q) => q.source_kind === 'work_history').map((q) => q.id)).toEqual([c.answered.id]);
    expect(await rows(d.ownerId)).toEqual(otherBefore);
    // Nothing left to forget: a second clear changes nothing.
    expect(await forget(carol, '/api/work-history?confirm=true')).toEqual({ deleted: 0, questionsRemoved: 0, questionsRedacted: 0, feedbackRedacted: 0 });
    expect(await rows(c.ownerId)).toEqual(after);
  });

  it('a story remembered from an answer goes, and the answer and its feedback stay word for word', async () => {
    const c = t.client();
    const s = (await c.post('/api/sessions', { name: 'Remembered', persona: 'helpful' })).json() as { id: string };
    const q = (await c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you reduced costs.' })).json() as Question;
    const told =
      'Our storage bill at Kestrel had reached 22k a month while traffic was flat. I tagged every bucket by owner and moved cold logs to an archive tier. The bill fell by 41% within one quarter.';
    const result = await answer(c, s.id, q.id, told);
    const remembered = await c.post(`/api/sessions/${s.id}/answers/${result.answer.id}/memorize`);
    expect(remembered.statusCode).toBe(201);
    const storyId = (remembered.json() as { ids: string[] }).ids[0]!;
    const ownerId = await ownerOf(storyId);
    const story = (await c.get(`/api/work-history/${storyId}`)).json() as { text: string };
    const before = await rows(ownerId);
    // The feedback quotes the answer, whose words the story shares.
    expect(copiesOf(story.text, before).length).toBeGreaterThan(0);

    expect(await forget(c, `/api/work-history/${storyId}`)).toEqual({ deleted: 1, questionsRemoved: 0, questionsRedacted: 0, feedbackRedacted: 0 });
    expect(await rows(ownerId)).toEqual(before);
  });
});
