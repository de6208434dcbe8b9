/** Human names for rubric dimensions and competency keys, for summaries and exports. */
import type { AnswerSource, CoachInfo } from '../../../shared/domain.js';
import { DIMENSION_LABELS } from '../../../shared/labels.js';

export { DIMENSION_LABELS };

/** "system_design" → "System design"; free text is kept as written. */
export function competencyName(key: string): string {
  const spaced = key.replace(/[_-]+/g, ' ').trim();
  return spaced.length === 0 ? 'General' : spaced[0]!.toUpperCase() + spaced.slice(1);
}

/** Shorten text at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Which coach wrote a piece of feedback, in a reader's words (never the internal
 * ids "builtin" or "builtin-rubric-v1"): "built-in", "AI (gpt-4o-mini)", or the
 * built-in coach with why it stood in for the AI.
 */
export function coachWords(coach: Pick<CoachInfo, 'provider' | 'model' | 'fallbackReason'>): string {
  const reason = coach.fallbackReason?.trim().replace(/\.$/, '');
  if (reason) return `built-in, used because ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
  return coach.provider === 'builtin' ? 'built-in' : `AI (${coach.model})`;
}

/** How an attempt was given, when not typed: "spoken" (recorded) or "voice interview" (live). */
export const SOURCE_WORDS: Record<AnswerSource, string | null> = { text: null, voice: 'spoken', realtime: 'voice interview' };
