/**
 * Where coaches get work-history snippets from. The work-history service
 * implements this; without it (or for an owner with no stories) it is empty.
 */
import type { GroundingSnippet } from '../coach/coach.js';

export interface Grounding {
  topForGrounding(ownerId: string, text: string, k: number): Promise<GroundingSnippet[]>;
}

export const noGrounding: Grounding = {
  topForGrounding: async () => [],
};
