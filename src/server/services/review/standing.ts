/**
 * Where the user stands now, across all sessions. A question asked again in a
 * later session (same wording) is one question: its standing is its latest
 * scored attempt, so a question answered at 1.9 and then twice at 3.7 stands
 * at 3.7 and is no longer "weak". Competencies and rubric dimensions are
 * judged on these standings, each question counted once.
 */
import type { DimensionKey } from '../../../shared/domain.js';
import { MIN_ANSWERS_TO_RANK } from '../../../shared/labels.js';
import type { CompetencyAverage, DimensionAverage } from '../../../shared/review.js';
import { competencyAverages, dimensionAverages, type ScoredAttempt } from './scoring.js';

/** Case, spacing and punctuation do not make a different question. */
export const questionKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The latest scored attempt of each distinct question, given attempts in any order; question order of first appearance. */
export function standings(attempts: ScoredAttempt[]): ScoredAttempt[] {
  const latest = new Map<string, ScoredAttempt>();
  for (const a of attempts) {
    const key = questionKey(a.question.text);
    const held = latest.get(key);
    if (!held || later(a, held)) latest.set(key, a);
  }
  return [...latest.values()];
}

function later(a: ScoredAttempt, b: ScoredAttempt): boolean {
  const byTime = a.answer.createdAt.localeCompare(b.answer.createdAt);
  return byTime !== 0 ? byTime > 0 : a.answer.id > b.answer.id;
}

/** A dimension with a number: the lowest-scoring one. */
export type WeakestDimension = DimensionAverage & { average: number };

/** The rubric dimension with the lowest average (ties: more answers scored, then rubric order); null when none was scored. */
export function weakestDimension(attempts: ScoredAttempt[]): WeakestDimension | null {
  let weakest: WeakestDimension | null = null;
  for (const d of dimensionAverages(attempts)) {
    if (d.average === null) continue;
    if (!weakest || d.average < weakest.average || (d.average === weakest.average && d.scored > weakest.scored)) weakest = { ...d, average: d.average };
  }
  return weakest;
}

/** What "practise your weakest" and the progress page aim at. */
export interface Focus {
  /** Lowest-scoring competencies, weakest first; empty when every answered question has the same competency (nothing to compare). */
  competencies: CompetencyAverage[];
  /** Set when every answered question has this one competency. */
  onlyCompetency: string | null;
  weakestDimension: WeakestDimension | null;
}

/**
 * Weakest first among competencies with MIN_ANSWERS_TO_RANK answers or more (an
 * average of two answers says less than one of twenty, and a heavy user's
 * "weakest" should not be a competency met twice), then the thinly evidenced
 * ones, weakest first.
 */
export function byEvidenceThenAverage(competencies: CompetencyAverage[]): CompetencyAverage[] {
  const thin = (c: CompetencyAverage): number => (c.answers < MIN_ANSWERS_TO_RANK ? 1 : 0);
  return [...competencies].sort((a, b) => thin(a) - thin(b));
}

/** The focus of the given standings: up to `count` weakest competencies and the weakest dimension. */
export function focusOf(current: ScoredAttempt[], count: number): Focus {
  // competencyAverages sorts weakest first; the sort here is stable, so that order holds within each group.
  const competencies = byEvidenceThenAverage(competencyAverages(current));
  const only = competencies.length === 1 ? competencies[0]!.competency : null;
  return { competencies: only === null ? competencies.slice(0, count) : [], onlyCompetency: only, weakestDimension: weakestDimension(current) };
}

/** An attempt's score on one dimension, or null when it has none there. */
export function dimensionScore(attempt: ScoredAttempt, key: DimensionKey): number | null {
  return attempt.feedback.dimensions.find((d) => d.key === key)?.score ?? null;
}
