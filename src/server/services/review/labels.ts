/** Human names for rubric dimensions and competency keys, for summaries and exports. */
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
