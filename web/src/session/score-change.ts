/**
 * How the overall score moved between attempts at one question. Pure and
 * DOM-free, so the numbers the pane and the rail show come from one place.
 */
import type { AnswerWithFeedback, DimensionKey, Feedback } from '../api/types.js';

/** A move from one score to another; `delta` is rounded to one decimal. */
export interface ScoreChange {
  from: number;
  to: number;
  delta: number;
}

/** Attempts oldest first (the API does not promise an order). */
export function sortAttempts(attempts: AnswerWithFeedback[]): AnswerWithFeedback[] {
  return [...attempts].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The change between two scores, or null when either is missing. */
export function changeBetween(from: number | null | undefined, to: number | null | undefined): ScoreChange | null {
  if (from === null || from === undefined || to === null || to === undefined) return null;
  return { from, to, delta: Math.round((to - from) * 10) / 10 };
}

/**
 * The latest attempt's score against the scored attempt before it. Null until
 * two attempts have feedback: one score has nothing to move from.
 */
export function latestChange(attempts: AnswerWithFeedback[]): ScoreChange | null {
  const scored = sortAttempts(attempts).filter((a) => a.feedback);
  if (scored.length < 2) return null;
  return changeBetween(scored.at(-2)!.feedback!.overall, scored.at(-1)!.feedback!.overall);
}

/** "up 1.3 from your last attempt", "down 0.5 …", "the same as …" — words, so colour is never needed. */
export function describeChange(change: ScoreChange, than = 'your last attempt'): string {
  if (change.delta === 0) return `the same as ${than}`;
  return `${change.delta > 0 ? 'up' : 'down'} ${Math.abs(change.delta).toFixed(1).replace(/\.0$/, '')} from ${than}`;
}

/** One rubric dimension in two attempts (null = not enough evidence that time). */
export interface DimensionChange {
  key: DimensionKey;
  from: number | null;
  to: number | null;
}

/** Dimensions of two feedbacks, in the newer one's order, then any only the older one had. */
export function dimensionChanges(older: Feedback, newer: Feedback): DimensionChange[] {
  const before = new Map(older.dimensions.map((d) => [d.key, d.score]));
  const rows: DimensionChange[] = newer.dimensions.map((d) => ({ key: d.key, from: before.get(d.key) ?? null, to: d.score }));
  for (const d of older.dimensions) if (!rows.some((r) => r.key === d.key)) rows.push({ key: d.key, from: d.score, to: null });
  return rows;
}
