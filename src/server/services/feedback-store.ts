/**
 * Persistence of answers, their feedback and model usage. The answer is
 * written (and committed) before any coach runs, so no coach failure can lose
 * what the user typed.
 */
import { randomUUID } from 'node:crypto';
import type { Answer, AnswerWithFeedback, UsageTotals } from '../../shared/api.js';
import { Feedback, type AnswerSource } from '../../shared/domain.js';
import type { Usage } from '../coach/coach.js';
import { notFound } from '../errors.js';
import type { Storage } from '../storage/db.js';
import { nowIso, toAnswer } from './mappers.js';

export interface NewAnswer {
  ownerId: string;
  sessionId: string;
  questionId: string;
  text: string;
  source: AnswerSource;
  durationSeconds: number | null;
}

export function createFeedbackStore(storage: Storage) {
  const { db } = storage;

  async function saveAnswer(input: NewAnswer): Promise<Answer> {
    const row = {
      id: randomUUID(),
      owner_id: input.ownerId,
      session_id: input.sessionId,
      question_id: input.questionId,
      text: input.text,
      source: input.source,
      duration_seconds: input.durationSeconds,
      created_at: nowIso(),
    };
    await db.insertInto('answers').values(row).execute();
    return toAnswer(row);
  }

  async function saveFeedback(answer: Answer, ownerId: string, sessionId: string, feedback: Feedback): Promise<void> {
    await db
      .insertInto('feedback')
      .values({
        id: randomUUID(),
        answer_id: answer.id,
        session_id: sessionId,
        owner_id: ownerId,
        overall: feedback.overall,
        provider: feedback.coach.provider,
        model: feedback.coach.model,
        body: JSON.stringify(feedback),
        created_at: nowIso(),
      })
      .execute();
  }

  async function recordUsage(ownerId: string, sessionId: string, usage: Usage): Promise<void> {
    await db
      .insertInto('usage')
      .values({
        id: randomUUID(),
        owner_id: ownerId,
        session_id: sessionId,
        model: usage.model,
        prompt_tokens: usage.promptTokens,
        completion_tokens: usage.completionTokens,
        created_at: nowIso(),
      })
      .execute();
  }

  async function answersWithFeedback(sessionId: string): Promise<AnswerWithFeedback[]> {
    const rows = await db
      .selectFrom('answers as a')
      .leftJoin('feedback as f', 'f.answer_id', 'a.id')
      .selectAll('a')
      .select('f.body as feedback_body')
      .where('a.session_id', '=', sessionId)
      .orderBy('a.created_at')
      .execute();
    return rows.map((r) => ({
      ...toAnswer(r),
      feedback: r.feedback_body ? Feedback.parse(JSON.parse(r.feedback_body)) : null,
    }));
  }

  async function usageTotals(sessionId: string): Promise<UsageTotals> {
    const rows = await db
      .selectFrom('usage')
      .select(['model'])
      .select((eb) => [eb.fn.sum<number>('prompt_tokens').as('p'), eb.fn.sum<number>('completion_tokens').as('c')])
      .where('session_id', '=', sessionId)
      .groupBy('model')
      .execute();
    const byModel = rows.map((r) => ({ model: r.model, promptTokens: Number(r.p), completionTokens: Number(r.c) }));
    return {
      promptTokens: byModel.reduce((s, m) => s + m.promptTokens, 0),
      completionTokens: byModel.reduce((s, m) => s + m.completionTokens, 0),
      byModel,
    };
  }

  /** One answer of a session, or a 404 when it is not in that session. */
  async function getAnswer(sessionId: string, answerId: string): Promise<Answer> {
    const row = await db.selectFrom('answers').selectAll().where('id', '=', answerId).where('session_id', '=', sessionId).executeTakeFirst();
    if (!row) throw notFound('answer');
    return toAnswer(row);
  }

  return { saveAnswer, saveFeedback, recordUsage, answersWithFeedback, usageTotals, getAnswer };
}

export type FeedbackStore = ReturnType<typeof createFeedbackStore>;
