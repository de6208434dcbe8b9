/**
 * Loads everything the review features read about one session (documents,
 * questions, answers with feedback), always filtered on the owner so another
 * owner's session is simply not found.
 */
import type { AnswerWithFeedback, Question } from '../../../shared/api.js';
import { Feedback } from '../../../shared/domain.js';
import { notFound } from '../../errors.js';
import type { Storage } from '../../storage/db.js';
import type { DocumentRow, SessionRow } from '../../storage/schema.js';
import { toAnswer, toQuestion } from '../mappers.js';

/** One session with its content, as the review features need it. */
export interface SessionBundle {
  session: SessionRow;
  documents: DocumentRow[];
  questions: Question[];
  answers: AnswerWithFeedback[];
}

/** Read a session the owner holds, with or without the documents' original bytes. */
export async function loadBundle(storage: Storage, ownerId: string, sessionId: string): Promise<SessionBundle> {
  const { db } = storage;
  const session = await db.selectFrom('sessions').selectAll().where('id', '=', sessionId).where('owner_id', '=', ownerId).executeTakeFirst();
  if (!session) throw notFound('session');
  const [documents, questions, answers] = await Promise.all([
    db.selectFrom('documents').selectAll().where('session_id', '=', sessionId).orderBy('created_at').execute(),
    db.selectFrom('questions').selectAll().where('session_id', '=', sessionId).orderBy('position').execute(),
    loadAnswers(storage, { sessionId }),
  ]);
  return { session, documents, questions: questions.map(toQuestion), answers: answers.get(sessionId) ?? [] };
}

/** Answers (oldest first) with their feedback, of one session or all of an owner's, grouped by session id. */
export async function loadAnswers(storage: Storage, scope: { sessionId: string } | { ownerId: string }): Promise<Map<string, AnswerWithFeedback[]>> {
  const out = new Map<string, AnswerWithFeedback[]>();
  let q = storage.db
    .selectFrom('answers as a')
    .leftJoin('feedback as f', 'f.answer_id', 'a.id')
    .selectAll('a')
    .select('f.body as feedback_body');
  q = 'sessionId' in scope ? q.where('a.session_id', '=', scope.sessionId) : q.where('a.owner_id', '=', scope.ownerId);
  const rows = await q
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.session_id) ?? [];
    list.push({ ...toAnswer(r), feedback: r.feedback_body ? Feedback.parse(JSON.parse(r.feedback_body)) : null });
    out.set(r.session_id, list);
  }
  return out;
}
