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
