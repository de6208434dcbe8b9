/**
 * Query building: keep the meaningful words of a question, then add the
 * members of every thesaurus group the question touches (so "cut cloud costs"
 * also looks for "reduced the AWS bill") and, at a lower weight, of groups
 * related to it ("outage" → "postmortem"). Matching is on stems, so
 * "mentoring" finds the group of "mentored". A thesaurus phrase found in the
 * question ("low performer") is kept as a phrase: its words alone ("performer")
 * would match the opposite story ("a high performer").
 */
import { stem } from '../../text/stem.js';
import { findMatches, phraseWords, relatedGroups, SYNONYM_GROUPS, TERM_WEIGHT } from '../../text/thesaurus-match.js';
import { QUERY_STOPWORDS } from '../../text/tokens.js';

/** One thing to look for: a word or a phrase, as folded words (not stemmed). */
export interface QueryTerm {
  words: string[];
  /** True when the term came from the thesaurus rather than the user's words. */
  expansion: boolean;
  /** How much a match of this term counts (TERM_WEIGHT). */
  weight: number;
  /**
   * The idea this term stands for: a user word and every thesaurus member it
   * brought in share one concept, so a story covering more of the question's
   * ideas ranks above one repeating a single idea.
   */
  concept: number;
}

export interface QueryPlan {
  terms: QueryTerm[];
}

export interface PlanOptions {
  /** Add thesaurus members (default true). */
  expand?: boolean;
  /** Keep at most this many terms (long grounding texts): user words first. */
  maxTerms?: number;
}

/** Question phrasing that carries no topic ("how do you deal with…"), removed before matching. */
const FILLER = /\b(?:deal(?:s|t|ing)? with|handl(?:e|ed|ing) (?:a|an|the)?|walk me through|tell me about|give (?:me )?an example of|what would you do)\b/gi;

/**
 * Idioms whose words are not adjacent, rewritten to a thesaurus word before
 * matching: "change an executive's mind" is persuading.
 */
const IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bchang\w*\s+(?:(?:an?|the|my|his|her|their|your|our|someone's|someone’s)\s+)?(?:[\w-]+(?:'s|’s)?\s+)?minds?\b/gi, ' persuade '],
];

const key = (w: string[]): string => w.map(stem).join(' ');

/** Union-find over word positions: a phrase or a shared group joins words into one concept. */
function concepts(n: number, joins: Array<{ group: number; from: number; to: number }>): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const firstOfGroup = new Map<number, number>();
  for (const m of joins) {
    for (let i = m.from + 1; i < m.to; i++) parent[find(i)] = find(m.from);
    const first = firstOfGroup.get(m.group);
    if (first === undefined) firstOfGroup.set(m.group, m.from);
    else parent[find(m.from)] = find(first);
  }
  return parent.map((_, i) => find(i));
}

/** Build the terms to search for from a free-text query or grounding text. */
export function planQuery(query: string, opts: PlanOptions = {}): QueryPlan {
  let text = query.replace(FILLER, ' ');
  for (const [re, to] of IDIOMS) text = text.replace(re, to);
  const all = phraseWords(text);
  const expand = opts.expand !== false;
  // A lone question word never brings in a group: "experience" stems like "experiment" and would add the A/B-test group.
  const matches = expand ? findMatches(all).filter((m) => m.to - m.from > 1 || !QUERY_STOPWORDS.has(all[m.from]!)) : [];
  const conceptOf = concepts(all.length, matches);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  // A term may serve several ideas (a "vulnerability" story is also a "security" one), once each.
  const push = (w: string[], weight: number, concept: number): void => {
    const k = `${concept}:${key(w)}`;
    if (seen.has(k)) return;
    seen.add(k);
    terms.push({ words: w, expansion: weight < TERM_WEIGHT.user, weight, concept });
  };
  // The user's words: a matched thesaurus phrase stays one term; its words do not count alone.
  const inPhrase = new Set<number>();
  for (const m of matches) {
    if (m.to - m.from < 2) continue;
    push(all.slice(m.from, m.to), TERM_WEIGHT.user, conceptOf[m.from]!);
    for (let i = m.from; i < m.to; i++) inPhrase.add(i);
  }
  all.forEach((w, i) => {
    if (!inPhrase.has(i) && !QUERY_STOPWORDS.has(w) && w.length > 1) push([w], TERM_WEIGHT.user, conceptOf[i]!);
  });
  for (const m of matches) for (const member of SYNONYM_GROUPS[m.group]!) push(phraseWords(member), TERM_WEIGHT.synonym, conceptOf[m.from]!);
  for (const m of matches) {
    for (const g of relatedGroups(m.group)) for (const member of SYNONYM_GROUPS[g]!) push(phraseWords(member), TERM_WEIGHT.related, conceptOf[m.from]!);
  }
  return { terms: terms.slice(0, opts.maxTerms ?? 96) };
}
