/**
 * What "practise your weakest" puts in a new session, decided from where the
 * user stands now (see standing.ts): earlier questions to retry and what the
 * fresh questions aim at. Pure, so the choice is tested without a database.
 */
import type { DimensionKey, GeneratedQuestion } from '../../../shared/domain.js';
import { competencyName, DIMENSION_LABELS } from './labels.js';
import type { ScoredAttempt } from './scoring.js';
import { dimensionScore, type Focus } from './standing.js';

/** A question whose latest attempt scored at least this is answered well enough: it is not brought back. */
export const RETRY_BELOW = 3.5;
/** At most this many earlier questions are brought back for a retry. */
export const MAX_RETRIES = 3;

export interface WeakestPlan {
  /** Competencies the fresh questions aim at (empty when the answers' competencies say nothing). */
  competencies: string[];
  /** The rubric dimension to practise, when one was scored. */
  dimension: DimensionKey | null;
  /** Earlier questions to answer again, weakest first. */
  retries: ScoredAttempt[];
  /** The new session's name: "Weakest: Conflict, Ownership" or "Weakest: Structure (STAR+I)". */
  name: string;
}

/** Lowest first; a missing score sorts last. */
const low = (a: number | null, b: number | null): number => (a ?? 6) - (b ?? 6);

/**
 * Earlier questions worth retrying: latest attempt below RETRY_BELOW, on a target
 * competency when there are targets. Ordered by overall score, or — when the
 * competencies say nothing — by the weakest dimension's score first.
 */
export function retryCandidates(current: ScoredAttempt[], targets: string[], dimension: DimensionKey | null): ScoredAttempt[] {
  const byDimension = (a: ScoredAttempt, b: ScoredAttempt): number => (dimension ? low(dimensionScore(a, dimension), dimensionScore(b, dimension)) : 0);
  const byOverall = (a: ScoredAttempt, b: ScoredAttempt): number => a.feedback.overall - b.feedback.overall;
  return current
    .filter((a) => a.feedback.overall < RETRY_BELOW && (targets.length === 0 || targets.includes(a.question.competency)))
    .sort((a, b) => (targets.length === 0 ? byDimension(a, b) || byOverall(a, b) : byOverall(a, b) || byDimension(a, b)))
    .slice(0, MAX_RETRIES);
}

/** The plan for a new "weakest" session. */
export function planWeakest(focus: Focus & { current: ScoredAttempt[] }): WeakestPlan {
  const competencies = focus.competencies.map((c) => c.competency);
  const dimension = focus.weakestDimension?.key ?? null;
  const retries = retryCandidates(focus.current, competencies, dimension);
  const named = competencies.length > 0 ? competencies.map(competencyName) : dimension ? [DIMENSION_LABELS[dimension]] : [competencyName(focus.onlyCompetency ?? '')];
  return { competencies, dimension, retries, name: `Weakest: ${named.join(', ')}` };
}

/** A retried question as a plan entry (same wording, category and competency). */
export function asRetry(a: ScoredAttempt): GeneratedQuestion {
  const q = a.question;
  return { text: q.text, category: q.category, competency: q.competency, rationale: q.rationale, source: q.source };
}
