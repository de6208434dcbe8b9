/**
 * Every score must stand on the user's own words. A dimension scored low for
 * what is missing (no result, no "I", nothing concrete) has no phrase that
 * earned it; it is anchored to the sentence where the missing thing belonged:
 * the closing sentence for a result, the first "we" sentence for ownership,
 * the opening sentence otherwise. A quote of one or two words ("four", "18",
 * "To") means nothing on its own, so it is widened to the phrase around it.
 * Quotes stay verbatim, never invented.
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

/** Give each scored dimension without evidence the sentence that shows what is missing, and widen one-word quotes. */
export function anchorEvidence<T extends { key: DimensionKey; score: number | null; evidence: string[] }>(dims: T[], sig: Signals): void {
  const sentences = sig.sentences.map((s) => s.text);
  for (const d of dims) {
    if (d.score === null) continue;
    if (d.evidence.length === 0) {
      const sentence = anchorFor(d.key, sig);
      if (sentence) d.evidence = [quote(sentence)];
    }
    d.evidence = widenEvidence(d.evidence, sentences);
  }
}

/** A quote of this many words or fewer is read with the phrase around it. */
const SHORT_QUOTE_WORDS = 2;
/** A widened quote has at least this many words where its sentence has them… */
const MIN_WORDS = 4;
/** …and at most this many: a phrase, not a paragraph. */
const MAX_WORDS = 12;

/** Where a short quote sits: which sentence, and its character range inside it. */
interface Place {
  sentence: number;
  start: number;
  end: number;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Where `needle` occurs in `hay` as a whole word (or anywhere, when `whole` is false), or -1. */
function wordAt(hay: string, needle: string, whole = true): number {
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const bounded = !(isWordChar(needle[0]) && isWordChar(hay[at - 1])) && !(isWordChar(needle[needle.length - 1]) && isWordChar(hay[end]));
    if (bounded || !whole) return at;
  }
  return -1;
}

/** The first whole-word occurrence of `q` (exact case first, then any case), else any occurrence ("89" in "89th"). */
function locate(q: string, sentences: readonly string[]): Place | null {
  for (const [fold, whole] of [[false, true], [true, true], [true, false]] as const) {
    for (let i = 0; i < sentences.length; i++) {
      const at = wordAt(fold ? sentences[i]!.toLowerCase() : sentences[i]!, fold ? q.toLowerCase() : q, whole);
      if (at >= 0) return { sentence: i, start: at, end: at + q.length };
    }
  }
  return null;
}

/** Clause breaks: ; ( ) and dashes anywhere; a comma or colon only before a space ("1,2 To" and "3:00" stay whole). */
const CLAUSE_BREAK = /[;()—–]|[,:](?=\s)|\s-\s/g;
/** A whole clause up to this many words is quoted as it is ("~12 words"); longer ones through a window. */
const CLAUSE_MAX_WORDS = 15;
/** A window does not end on a dangling "and left the": it stops before a joining word after the quote. */
const JOINER = /^(?:and|but|then|so|while|which|who|because|or)$/i;
/** Words a phrase may start after, cutting what came before ("…and [I can't find a safe mitigation in 15 minutes]"). */
const LEAD_JOINER = /^(?:and|but|then|so|or)$/i;

const countWords = (t: string): number => t.split(/\s+/).filter(Boolean).length;

/** Character ranges of the clauses of `s`. */
function clauses(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, s.length]);
  return out;
}

/** The clause around [start, end), joined with its neighbours while it is shorter than MIN_WORDS. */
function clauseOf(s: string, start: number, end: number): [number, number] {
  const cs = clauses(s);
  let lo = Math.max(0, cs.findIndex(([, to]) => to >= start));
  let hi = lo;
  while (hi < cs.length - 1 && cs[hi]![1] < end) hi++;
  const words = (): number => countWords(s.slice(cs[lo]![0], cs[hi]![1]));
  while (words() < MIN_WORDS && (lo > 0 || hi < cs.length - 1)) {
    if (hi < cs.length - 1) hi++;
    if (words() < MIN_WORDS && lo > 0) lo--;
  }
  return [cs[lo]![0], cs[hi]![1]];
}

/** Trim clause punctuation at the edges; a bracket goes only when its partner is not quoted. */
function trimEdges(s: string, from: number, to: number): { text: string; start: number } {
  let text = s.slice(from, to);
  const lead = /^[\s,;:—–-]*/.exec(text)![0].length;
  let start = from + lead;
  text = text.slice(lead).replace(/[\s,;:—–-]+$/, '');
  // A phrase does not open on the word that joined it to the one before ("and add the hot stock…").
  const joiner = /^(?:and|but|so|then|or)\s+/i.exec(text);
  if (joiner && countWords(text) > MIN_WORDS) [text, start] = [text.slice(joiner[0].length), start + joiner[0].length];
  if (text.startsWith('(') && !text.includes(')')) [text, start] = [text.slice(1), start + 1];
  if (text.endsWith(')') && !text.includes('(')) text = text.slice(0, -1);
  return { text, start };
}

/** The phrase around a short quote: its clause, or a window of up to MAX_WORDS words, verbatim, with where it starts. */
export function widenAt(s: string, start: number, end: number): { text: string; start: number } {
  const [cFrom, cTo] = clauseOf(s, start, end);
  const clause = trimEdges(s, cFrom, cTo);
  if (countWords(clause.text) <= CLAUSE_MAX_WORDS) return clause;
  const ws = [...s.slice(cFrom, cTo).matchAll(/\S+/g)].map((m) => ({ start: cFrom + m.index, end: cFrom + m.index + m[0].length, word: m[0] }));
  const first = ws.findIndex((w) => w.end > start);
  const last = ws.findLastIndex((w) => w.start < end);
  if (first < 0 || last < first) return { text: s.slice(start, end), start };
  // End before the first joining word after the quote ("…in 6 minutes and left the"), else at the clause end
  // (a number's unit follows it); fill the window backwards from there.
  const after = ws.findIndex((w, i) => i > last && JOINER.test(w.word));
  let hi = after >= 0 ? after - 1 : ws.length - 1;
  let lo = Math.max(0, hi - MAX_WORDS + 1);
  if (lo > first) [lo, hi] = [Math.max(0, first - 4), Math.min(hi, Math.max(0, first - 4) + MAX_WORDS - 1)];
  // Start after a joining word before the quote, if enough is left.
  const before = ws.findLastIndex((w, i) => i >= lo && i < first && LEAD_JOINER.test(w.word));
  if (before >= 0 && hi - before >= MIN_WORDS) lo = before + 1;
  return trimEdges(s, ws[lo]!.start, ws[hi]!.end);
}

/**
 * Widen each quote of one or two words to the phrase around it, in the sentence that
 * holds it. A short quote already inside an earlier widened phrase is not repeated.
 */
export function widenEvidence(evidence: readonly string[], sentences: readonly string[]): string[] {
  const out: string[] = [];
  const shown: Place[] = [];
  for (const q of evidence) {
    const short = q.trim().split(/\s+/).length <= SHORT_QUOTE_WORDS;
    // Already shown inside an earlier quote: not repeated.
    if (short && out.some((o) => wordAt(o, q) >= 0)) continue;
    const place = short ? locate(q, sentences) : null;
    if (!place) {
      // A longer quote already shown inside a widened phrase is not repeated.
      if (!out.some((o) => o.includes(q))) out.push(q);
      continue;
    }
    const s = sentences[place.sentence]!;
    const { text: phrase, start: from } = widenAt(s, place.start, place.end);
    const inside = shown.some((p) => p.sentence === place.sentence && p.start <= place.start && p.end >= place.end);
    if (inside || out.includes(phrase)) continue;
    shown.push({ sentence: place.sentence, start: from, end: from + phrase.length });
    out.push(phrase);
  }
  return out;
}
