/**
 * A trade's own words ("superheat", "axiolateral", "re-webbed", "warmblood") are specifics an
 * interviewer in that trade hears at once, yet they are neither figures, names nor tools the
 * lexicon knows: a radiographer's exact plan for hip images scored "nothing concrete" (holdout19's
 * first read). A word counts when it is rare in general English — unknown to the bundled word
 * vectors, or below RARE_RANK in their frequency order — and long enough not to be a typo of a
 * short everyday word. Business talk stays out: "synergy", "holistic", "stakeholder" rank far
 * above the cut.
 */
import { stem } from '../../../text/stem.js';
import { wordVectors, type WordVectors } from '../../../text/word-vectors.js';

/** Frequency rank (of 72k stems) past which a word is a specialist's. */
const RARE_RANK = 20_000;
const MIN_LENGTH = 6;
const WORD = /(?<![A-Za-z'’-])[a-z][a-z-]*[a-z](?![A-Za-z'’])/g;

/** Distinct rare lower-case words of the text (capitalised words are names, counted elsewhere). */
export function tradeTerms(text: string, wv: WordVectors | null = wordVectors()): string[] {
  if (!wv) return [];
  const out = new Set<string>();
  for (const w of text.match(WORD) ?? []) {
    if (w.length < MIN_LENGTH) continue;
    const parts = w.split('-').filter((p) => p.length >= 3);
    const rank = Math.min(...parts.map((p) => wv.stemRank(stem(p)) ?? Infinity));
    if (rank > RARE_RANK) out.add(w);
  }
  return [...out];
}
