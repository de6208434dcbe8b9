/**
 * Every score must stand on the user's own words. A dimension scored low for
 * what is missing (no result, no "I", nothing concrete) has no phrase that
 * earned it; it is anchored to the sentence where the missing thing belonged:
 * the closing sentence for a result, the first "we" sentence for ownership,
 * the opening sentence otherwise. The quote is verbatim, never invented.
 */
import type { DimensionKey } from '../../../../shared/domain.js';
import { quote } from './dims-story.js';
import type { Signals } from './signals.js';

const WE = /\b(?:we|our|us|the team)\b/i;

function anchorFor(key: DimensionKey, sig: Signals): string | undefined {
  const s = sig.sentences;
  if (s.length === 0) return undefined;
  if (key === 'result_impact') return s[s.length - 1]!.text;
  if (key === 'ownership') return (s.find((x) => WE.test(x.text)) ?? s[0]!).text;
  return s[0]!.text;
}

/** Give each scored dimension without evidence the sentence that shows what is missing. */
export function anchorEvidence<T extends { key: DimensionKey; score: number | null; evidence: string[] }>(dims: T[], sig: Signals): void {
  for (const d of dims) {
    if (d.score === null || d.evidence.length > 0) continue;
    const sentence = anchorFor(d.key, sig);
    if (sentence) d.evidence = [quote(sentence)];
  }
}
