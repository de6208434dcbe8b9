/**
 * Evidence checking: a quote the model gives as evidence must occur in the
 * answer. Matching ignores case, punctuation, quote styles and whitespace
 * (those are transcription noise, not invention); an ellipsis inside a quote
 * splits it into fragments that must all occur, in order.
 */
import type { Dimension, DimensionKey } from '../../../shared/domain.js';
import type { LlmDimension } from './schemas.js';

/** Lower-case words separated by single spaces, padded so matches land on word boundaries. */
export function normaliseForMatch(text: string): string {
  const words = text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words ? ` ${words} ` : '';
}

/** True when every fragment of `quote` occurs in the (normalised) answer, in order. */
export function quoteOccurs(quote: string, normalisedAnswer: string): boolean {
  const fragments = quote
    .split(/\.{3}|…|\[…\]|\[\.\.\.\]/)
    .map(normaliseForMatch)
    .filter(Boolean);
  if (fragments.length === 0) return false;
  let from = 0;
  for (const f of fragments) {
    const at = normalisedAnswer.indexOf(f, from);
    if (at < 0) return false;
    from = at + f.length - 1; // keep the shared boundary space
  }
  return true;
}

export const WITHHELD_NOTE = 'No score: the quotes given as evidence do not appear in your answer, so this could not be judged.';
export const UNQUOTED_NOTE = 'No score: no words from your answer were quoted to support one.';

/**
 * Drop quotes that are not in the answer; a scored dimension left without
 * evidence loses its score (null = not enough evidence), and the advice says so.
 */
export function checkEvidence(
  dims: Partial<Record<DimensionKey, LlmDimension>>,
  keys: readonly DimensionKey[],
  answer: string,
): { dimensions: Dimension[]; dropped: number; kept: number; scored: number; withheld: number } {
  const haystack = normaliseForMatch(answer);
  let dropped = 0;
  let kept = 0;
  let scored = 0;
  let withheld = 0;
  const dimensions = keys.map((key): Dimension => {
    const d = dims[key] ?? { evidence: [], score: null, advice: '' };
    const evidence = d.evidence.map((q) => q.trim()).filter((q) => quoteOccurs(q, haystack));
    dropped += d.evidence.length - evidence.length;
    kept += evidence.length;
    if (d.score !== null) scored++;
    if (d.score !== null && evidence.length === 0) {
      if (d.evidence.length > 0) withheld++;
      const note = d.evidence.length > 0 ? WITHHELD_NOTE : UNQUOTED_NOTE;
      return { key, score: null, evidence, advice: [d.advice.trim(), note].filter(Boolean).join(' ') };
    }
    return { key, score: d.score, evidence, advice: d.advice.trim() };
  });
  return { dimensions, dropped, kept, scored, withheld };
}

/** Scores from here up claim strong evidence, so they must not all lean on one quote. */
export const HIGH_SCORE = 4;

/**
 * True when the high scores share too few quotes to stand: the dimensions
 * scored HIGH_SCORE or more need at least one distinct quote (normalised) per
 * three of them. One sentence may show a structure, a result and its impact (a
 * three-sentence answer has few quotes to give); one sentence repeated as the
 * only evidence for four or more high scores is not evidence for them (QA saw a
 * 5 / 5 overall built on one six-word quote).
 */
export function evidenceTooThin(dimensions: readonly Dimension[]): boolean {
  const high = dimensions.filter((d) => d.score !== null && d.score >= HIGH_SCORE);
  const distinct = new Set(high.flatMap((d) => d.evidence.map(normaliseForMatch)));
  return distinct.size * 3 < high.length;
}
