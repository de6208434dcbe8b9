/**
 * "Nearly verbatim": a model citing a document often changes a plural or drops
 * a word ("operating message queue in production"). Such a citation is still
 * the document's; a phrase the document does not hold at all is not.
 */
import { normaliseForMatch, quoteOccurs } from './evidence.js';

/** Share of a cited phrase's words that must appear, in order, within a window of the document. */
export const NEAR_SHARE = 0.8;
/** Extra document words a window may hold beyond the phrase's length. */
const SLACK = 2;

const SPELLED = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** A word reduced to what a citation may change: a plural ending, a small number spelled out. */
const stem = (w: string) => {
  const n = SPELLED.indexOf(w);
  if (n >= 0) return String(n);
  return w.length > 3 ? w.replace(/(?:es|s)$/, '') : w;
};
const wordsOf = (normalised: string) => normalised.trim().split(' ').filter(Boolean).map(stem);

/** Length of the longest common subsequence of two word lists. */
function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Whether `phrase` occurs in `normalisedDoc` (see `normaliseForMatch`) verbatim
 * or nearly: at least NEAR_SHARE of its words, in order, within a window a
 * little longer than the phrase. Phrases of three words or fewer must be exact.
 */
export function nearlyOccurs(phrase: string, normalisedDoc: string): boolean {
  if (quoteOccurs(phrase, normalisedDoc)) return true;
  const want = wordsOf(normaliseForMatch(phrase));
  if (want.length <= 3) return false;
  const doc = wordsOf(normalisedDoc);
  const need = Math.ceil(want.length * NEAR_SHARE);
  const width = want.length + SLACK;
  const first = new Set(want.slice(0, want.length - need + 1));
  for (let i = 0; i < doc.length; i++) {
    // A window can only reach `need` if it starts on one of the phrase's first few words.
    if (first.has(doc[i]!) && lcs(want, doc.slice(i, i + width)) >= need) return true;
  }
  return false;
}
