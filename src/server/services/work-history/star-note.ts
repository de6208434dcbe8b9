/**
 * "Remember as a story" without an LLM: the built-in coach's STAR detection
 * sorts the user's own sentences into Situation, Task, Action, Result and
 * Impact; missing parts are shown as visible placeholders, never invented.
 */
import type { StarOutline } from '../../coach/builtin/star.js';

export type { StarOutline };

export type OutlineFn = (text: string) => StarOutline;

const LABELS: Array<[keyof StarOutline, string]> = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
  ['impact', 'Impact'],
];

/** Render an outline as labelled lines: "Situation: …", one per part. */
export function formatStarOutline(outline: StarOutline): string {
  return LABELS.map(([key, label]) => {
    const parts = outline[key].map((s) => s.trim()).filter(Boolean);
    return `${label}: ${parts.length ? parts.join(' ') : '[not stated]'}`;
  }).join('\n');
}
