/**
 * Pure arithmetic over feedback: which attempt counts, averages per
 * dimension and per competency. A `null` dimension score means "not enough
 * evidence" and is left out of averages, never counted as a number.
 */
import type { AnswerWithFeedback, Question } from '../../../shared/api.js';
import { DIMENSION_KEYS, type DimensionKey, type Feedback } from '../../../shared/domain.js';
import type { CompetencyAverage, DimensionAverage } from '../../../shared/review.js';

/** An attempt that has feedback, joined to its question. */
export interface ScoredAttempt {
  question: Question;
  answer: AnswerWithFeedback;
  feedback: Feedback;
}

/** Round to one decimal, the precision every score is shown with. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

export function mean(values: number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * The latest scored attempt of each question, in question order. A retry
 * replaces the earlier attempt: the summary reflects where the user is now.
 */
export function latestAttempts(questions: Question[], answers: AnswerWithFeedback[]): ScoredAttempt[] {
  const latest = new Map<string, AnswerWithFeedback>();
  for (const a of answers) if (a.feedback) latest.set(a.questionId, a); // answers come oldest first
  const out: ScoredAttempt[] = [];
  for (const q of questions) {
    const a = latest.get(q.id);
    if (a?.feedback) out.push({ question: q, answer: a, feedback: a.feedback });
  }
  return out;
}

/** Average per rubric dimension, in rubric order; a dimension the coach judged but never scored has average null (not enough evidence); one it never judged is omitted. */
export function dimensionAverages(attempts: ScoredAttempt[]): DimensionAverage[] {
  const byKey = new Map<DimensionKey, number[]>();
  const seen = new Set<DimensionKey>();
  for (const { feedback } of attempts) {
    for (const d of feedback.dimensions) {
      seen.add(d.key);
      if (d.score !== null) byKey.set(d.key, [...(byKey.get(d.key) ?? []), d.score]);
    }
  }
  return DIMENSION_KEYS.filter((k) => seen.has(k)).map((key) => {
    const scores = byKey.get(key) ?? [];
    const avg = mean(scores);
    return { key, average: avg === null ? null : round1(avg), scored: scores.length };
  });
}

/** Average overall score per competency, weakest first (ties: more answers first, then name). */
export function competencyAverages(attempts: ScoredAttempt[]): CompetencyAverage[] {
  const byComp = new Map<string, number[]>();
  for (const { question, feedback } of attempts) {
    const key = question.competency;
    byComp.set(key, [...(byComp.get(key) ?? []), feedback.overall]);
  }
  return [...byComp.entries()]
    .map(([competency, scores]) => ({ competency, average: round1(mean(scores)!), answers: scores.length }))
    .sort((a, b) => a.average - b.average || b.answers - a.answers || a.competency.localeCompare(b.competency));
}

/** Mean overall score of the attempts, rounded, or null with none. */
export function overallAverage(attempts: ScoredAttempt[]): number | null {
  const avg = mean(attempts.map((a) => a.feedback.overall));
  return avg === null ? null : round1(avg);
}
