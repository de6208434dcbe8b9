/** Which question the answer pane shows. */
import type { Question, SessionDetail } from '../api/types.js';

/** The requested question if it exists, else the first unanswered one, else the first. */
export function pickQuestion(detail: SessionDetail, requested: string | null): Question | null {
  const byId = requested ? detail.questions.find((q) => q.id === requested) : undefined;
  if (byId) return byId;
  const answered = new Set(detail.answers.map((a) => a.questionId));
  return detail.questions.find((q) => !answered.has(q.id)) ?? detail.questions[0] ?? null;
}

