/**
 * Other forms of a requirement's word on the resume: "idempotent" for
 * "idempotency", "reconciliations" for "reconciliation", "payment" for
 * "payments". Forms meet through the project's Porter stemmer (text/stem.ts, with
 * its exception list), the one the work-history search uses; the coach's light
 * stem leaves "idempotent" and "idempotency" apart.
 *
 * A word the lexicon does not know is shown by any word with its stem. A lexicon
 * skill of one word is shown by its other number only ("payments" by "payment"):
 * the lexicon lists its own forms, and stems are too loose for its everyday words
 * ("hiring" would be shown by "was hired", "marketing" by "market share"). A tool
 * never: "Excel" is not "excellent", "React" not "reactive".
 */
import { stem as porter } from '../../../text/stem.js';
import { findTerms, isKnownTool } from '../lexicon.js';
import { words } from '../text.js';

/** The Porter stems of a text's words, a hyphenated word also by its parts ("card-scheme"). */
export function wordStems(text: string): Set<string> {
  return new Set(words(text).flatMap((w) => [w, ...w.split(/[-.'’]/)]).map(porter));
}

const LEXICON_NAME = new Map<string, boolean>();

/** True when the word is a lexicon entry's own name (memoised: the gap map asks per line). */
function isLexiconName(word: string): boolean {
  let known = LEXICON_NAME.get(word);
  if (known === undefined) {
    known = findTerms(word).includes(word);
    LEXICON_NAME.set(word, known);
  }
  return known;
}

/** "payments" → "payment", "migration" → "migrations". */
function otherNumber(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : `${word}s`;
}

/** True when the line shows the skill, a single plain word of four letters or more, in another form of it. */
export function showsWordForm(line: string, skill: string): boolean {
  if (!/^[a-z]{4,}$/.test(skill) || isKnownTool(skill)) return false;
  if (isLexiconName(skill)) return new RegExp(`(?<![a-z0-9])${otherNumber(skill)}(?![a-z0-9])`, 'i').test(line);
  return wordStems(line).has(porter(skill));
}
