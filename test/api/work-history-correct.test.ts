/**
 * Correcting a story corrects the copies the app made of it (issue #5): the
 * unanswered question quoting its opening now quotes the new text, one quoting
 * a removed middle part goes, answered questions and stored feedback lose the
 * removed words but still cite the story, scores and answers stay, another
 * owner's identical rows and a tag-only edit change nothing. Real app on a
 * temp SQLite file (PostgreSQL in api-pg); rows are read back from storage.
 */
import type { CorrectResult } from '../../src/shared/work-history.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyExcerpt } from '../../src/server/coach/citations.js';
import type { AnswerResult, Question } from '../../src/shared/api.js';
import { correctMessage } from '../../web/src/stories/correct-message.js';
import { startTestApp, type TestApp, type TestClient } from './helper.js';

const STORY = 'At Brightline I moved our batch jobs to spot instances, which cut the cloud bill 40% in two months.';
const FIXED = STORY.replace('bill 40%', 'bill 14%');
const VAGUE = 'I helped lower our cloud spending. We tried several ideas, changed a few settings, and overall it turned out fine for the team.';
const MIDDLE_QUOTE = 'Your notes say “spot instances, which cut the cloud bill 40%”. What did you give up for it?';

let t: TestApp;
beforeAll(async () => void (t = await startTestApp()));
afterAll(() => t.destroy());

const flat = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The 25-character windows of `before` that `after` does not hold: the wording the correction removed. */
function removedWindows(before: string, after: string): string[] {
  const a = flat(after);
  return Array.from({ length: flat(before).length - 24 }, (_, i) => flat(before).slice(i, i + 25)).filter((w) => !a.includes(w));
}

/** The owner's questions, answers and feedback as stored. */
async function stored(ownerId: string) {
  const db = t.app.storage.db;
  const questions = await db.selectFrom('questions').select(['id', 'text', 'rationale', 'source_text']).where('owner_id', '=', ownerId).orderBy('id').execute();
  const answers = await db.selectFrom('answers').select(['id', 'text']).where('owner_id', '=', ownerId).orderBy('id').execute();
  const feedback = await db.selectFrom('feedback').select(['id', 'overall', 'body']).where('owner_id', '=', ownerId).orderBy('id').execute();
  return { questions, answers, feedback: feedback.map((f) => ({ ...f, body: JSON.parse(f.body) as Record<string, unknown> })) };
}
type Stored = Awaited<ReturnType<typeof stored>>;

/** Removed windows still found in any stored question field or feedback string. */
function leftovers(r: Stored): string[] {
  const texts = [...r.questions.flatMap((q) => [q.text, q.rationale, q.source_text]), ...r.feedback.map((f) => JSON.stringify(f.body))].map(flat);
  return removedWindows(STORY, FIXED).filter((w) => texts.some((s) => s.includes(w)));
}

/** Scores never change: the overall column and every score in the body. */
const scores = (r: Stored) => r.feedback.map((f) => ({ id: f.id, overall: f.overall, dims: (f.body.dimensions as Array<{ score: unknown }>).map((d) => d.score) }));

async function json<T>(res: Promise<{ statusCode: number; json(): unknown }>, status: number): Promise<T> {
  const r = await res;
  expect(r.statusCode).toBe(status);
  return r.json() as T;
}

const answer = (c: TestClient, sessionId: string, questionId: string): Promise<AnswerResult> => json(c.post(`/api/sessions/${sessionId}/answers`, { questionId, text: VAGUE }), 201);

/**
 * Two questions written as an AI coach and a follow-up would be: an unanswered
 * one built on the story quoting its middle, and a follow-up of the user's own
 * whose rationale quotes that question.
 */
async function insertQuotingQuestions(sessionId: string, ownerId: string, storyId: string): Promise<{ middle: string; followUp: string }> {
  const ids = { middle: `${ownerId.slice(0, 8)}-middle`, followUp: `${ownerId.slice(0, 8)}-follow` };
  const base = { session_id: sessionId, owner_id: ownerId, category: 'resume_deep_dive', competency: 'ownership', created_at: new Date().toISOString(), coach_model: 'm', coach_fallback_reason: null };
  await t.app.storage.db
    .insertInto('questions')
    .values([
      { ...base, id: ids.middle, position: 98, text: MIDDLE_QUOTE, rationale: 'From your notes.', source_kind: 'work_history', source_text: `[${storyId}] ${STORY}`, coach_provider: 'llm' },
      { ...base, id: ids.followUp, position: 99, text: 'And what would you do differently?', rationale: `Follow-up to: “${MIDDLE_QUOTE}”`, source_kind: 'user', source_text: '', coach_provider: 'builtin' },
    ])
    .execute();
  return ids;
}

/**
 * One owner: the story; session 1 answers the built-in question on it and gets
 * feedback citing it; session 2 leaves its copy unanswered, holds an AI-style
 * question quoting the story's middle and a follow-up quoting that, and answers
 * a question of the user's own vaguely (feedback citing and quoting the story).
 */
async function seed(c: TestClient) {
  const storyId = (await json<{ created: Array<{ id: string }> }>(c.post('/api/work-history', { text: STORY }), 201)).created[0]!.id;
  const ownerId = (await t.app.storage.db.selectFrom('work_history_snippets').select('owner_id').where('id', '=', storyId).executeTakeFirstOrThrow()).owner_id;
  const sessions = [];
  for (const name of ['One', 'Two']) {
    const s = await json<{ id: string }>(c.post('/api/sessions', { name, persona: 'helpful' }), 201);
    const qs = (await json<{ questions: Question[] }>(c.post(`/api/sessions/${s.id}/questions/generate`, { count: 4, hint: 'cloud bill' }), 201)).questions;
    const onStory = qs.find((q) => q.source.kind === 'work_history' && q.source.text === STORY);
    expect(onStory, 'a question built on the story').toBeDefined();
    sessions.push({ id: s.id, onStory: onStory! });
  }
  const [one, two] = sessions as [(typeof sessions)[0], (typeof sessions)[0]];
  const first = await answer(c, one.id, one.onStory.id);
  const own = await json<Question>(c.post(`/api/sessions/${two.id}/questions`, { text: 'Tell me about a time you reduced costs.' }), 201);
  const second = await answer(c, two.id, own.id);
  const { middle, followUp } = await insertQuotingQuestions(two.id, ownerId, storyId);
  return { storyId, ownerId, answered: one.onStory, unanswered: two.onStory, middle, followUp, first, second };
}

describe('correcting a story corrects its copies', () => {
  it('rewrites, removes and redacts the owner’s copies, keeps citations, answers and scores, and leaves another owner alone', async () => {
    const [alice, bob] = [t.client(), t.client()];
    const [a, b] = [await seed(alice), await seed(bob)];
    const [before, bobBefore] = [await stored(a.ownerId), await stored(b.ownerId)];
    // Every removed window is copied somewhere before the correction.
    expect(leftovers(before)).toEqual(removedWindows(STORY, FIXED));
    expect(a.second.feedback.improvements.join('\n')).toContain('cut the cloud bill 40% in two months');

    const res = await json<CorrectResult>(alice.patch(`/api/work-history/${a.storyId}`, { text: FIXED }), 200);
    expect(res).toMatchObject({ id: a.storyId, text: FIXED, questionsRewritten: 1, questionsRemoved: 1, questionsRedacted: 2, feedbackRedacted: 2 });
    // What My stories says under the story, from this very answer.
    expect(correctMessage(res)).toBe(
      'Saved. 1 question now quotes your corrected story. 1 question you had not answered quoted words you removed, so it was removed too. Your old words were also taken out of 2 questions and 2 pieces of feedback.',
    );

    const after = await stored(a.ownerId);
    expect(leftovers(after)).toEqual([]);
    expect(after.answers).toEqual(before.answers);
    expect(scores(after)).toEqual(scores(before));
    // The unanswered question now quotes the new words; the one quoting a removed middle part is gone.
    const q = (id: string) => after.questions.find((x) => x.id === id);
    expect(q(a.unanswered.id)).toMatchObject({ text: a.unanswered.text.replace(STORY, FIXED), source_text: FIXED });
    expect(q(a.middle)).toBeUndefined();
    expect(q(a.followUp)?.rationale).toBe('Follow-up to: “a story you have since corrected”. What did you give up for it?”');
    // The answered one keeps its shape and still cites the story, by its new text.
    expect(q(a.answered.id)).toMatchObject({ text: a.answered.text.replace(STORY, 'a story you have since corrected'), source_text: FIXED });
    // Feedback still cites the story (its new opening) and loses only the line quoting the removed words.
    for (const f of after.feedback) {
      const old = before.feedback.find((x) => x.id === f.id)!.body;
      expect(f.body.basedOn).toEqual([{ snippetId: a.storyId, excerpt: storyExcerpt(FIXED) }]);
      expect(f.body.improvements).toEqual((old.improvements as string[]).filter((line) => !line.includes('40%')));
      expect(f.body.summary).toBe(old.summary);
    }
    expect(await stored(b.ownerId)).toEqual(bobBefore);
  });

  it('a tag-only edit, a refused correction and another owner’s attempt change nothing else', async () => {
    const c = t.client();
    const s = await seed(c);
    const before = await stored(s.ownerId);
    const tagged = await json<CorrectResult>(c.patch(`/api/work-history/${s.storyId}`, { tags: ['finops'] }), 200);
    expect(tagged).toMatchObject({ tags: ['finops'], text: STORY, questionsRewritten: 0, questionsRemoved: 0, questionsRedacted: 0, feedbackRedacted: 0 });
    expect(correctMessage(tagged)).toBe('Saved.');
    // A correction that repeats another story is refused whole: the copies stay as they were.
    await json(c.post('/api/work-history', { text: FIXED }), 201);
    await json(c.patch(`/api/work-history/${s.storyId}`, { text: FIXED }), 409);
    expect((await t.client().patch(`/api/work-history/${s.storyId}`, { text: 'Not mine to correct at all, clearly.' })).statusCode).toBe(404);
    expect(await stored(s.ownerId)).toEqual(before);
  });

  it('correcting a story remembered from an answer leaves the answer and its feedback word for word', async () => {
    const c = t.client();
    const s = await json<{ id: string }>(c.post('/api/sessions', { name: 'Remembered', persona: 'helpful' }), 201);
    const q = await json<Question>(c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you reduced costs.' }), 201);
    const told = 'Our storage bill at Kestrel had reached 22k a month while traffic was flat. I tagged every bucket by owner and moved cold logs to an archive tier. The bill fell by 41% within one quarter.';
    const result = await json<AnswerResult>(c.post(`/api/sessions/${s.id}/answers`, { questionId: q.id, text: told }), 201);
    const storyId = (await json<{ ids: string[] }>(c.post(`/api/sessions/${s.id}/answers/${result.answer.id}/memorize`), 201)).ids[0]!;
    const story = await json<{ text: string }>(c.get(`/api/work-history/${storyId}`), 200);
    const ownerId = (await t.app.storage.db.selectFrom('answers').select('owner_id').where('id', '=', result.answer.id).executeTakeFirstOrThrow()).owner_id;
    const before = await stored(ownerId);
    const res = await json<CorrectResult>(c.patch(`/api/work-history/${storyId}`, { text: story.text.replace('41%', '14%') }), 200);
    expect(res).toMatchObject({ questionsRewritten: 0, questionsRemoved: 0, questionsRedacted: 0, feedbackRedacted: 0 });
    expect(await stored(ownerId)).toEqual(before);
  });
});
