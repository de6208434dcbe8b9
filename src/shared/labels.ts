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
