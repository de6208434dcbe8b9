/** Human labels shared by the server (feedback text, exports) and the browser. Zod-free for the bundle. */
import type { DimensionKey } from './domain.js';

export const DIMENSION_LABELS: Record<DimensionKey, string> = {
  structure: 'Structure (STAR+I)',
  specificity: 'Specificity',
  ownership: 'Ownership',
  result_impact: 'Result & impact',
  relevance: 'Relevance',
  concision: 'Concision & clarity',
  tradeoffs: 'Trade-offs & assumptions',
};

/** What the importer hears when the chosen file is not a session export (the browser checks first, the server says the same). */
export const NOT_A_SESSION_EXPORT = "This isn't a session export (.json) — choose a file exported from this app.";

/** A stale session edit (its `version` is behind another tab's save): the server's 409 and the settings form say the same. */
export const SESSION_CHANGED_ELSEWHERE = 'This session was changed in another tab or window. Reload to see the latest settings, then make your change again.';

/** A part scored this or more is a strength; below it, the best part only "holds up best". */
export const STRENGTH_FROM = 4;

/**
 * Whether a feedback's strengths are strengths: some part scored 4/5 or more, or nothing was scored
 * (the coach's own list then stands). Without one, the coach lists what holds up best — a 3/5
 * headed "What worked" or "Strengths" read as praise (session 10).
 */
export function hasStrongPart(dimensions: ReadonlyArray<{ score: number | null }>): boolean {
  return dimensions.some((d) => d.score !== null && d.score >= STRENGTH_FROM) || dimensions.every((d) => d.score === null);
}

/** Competencies with fewer answers than this are ranked after the rest as "weakest" (an average of two says little). */
export const MIN_ANSWERS_TO_RANK = 3;
