/**
 * Matching text against the interview thesaurus, shared by story search
 * (services/work-history/expand.ts builds queries with it) and the built-in
 * coach (coach/builtin/evaluate/topic-match.ts judges whether an answer talks
 * about what the question asks, in other words). Matching is on stems; the
 * longest phrase wins.
 */
import { stem } from './stem.js';
import { THESAURUS } from './thesaurus.js';
import { THESAURUS_EXTRA } from './thesaurus-extra.js';
import { THESAURUS_EXTRA2 } from './thesaurus-extra2.js';
import { RELATED } from './thesaurus-related.js';
import { ftsParts, tokenize } from './tokens.js';

/** Every synonym group: the core list, then the groups for other roles and themes. */
/**
 * How much a match counts: the user's own word fully, a thesaurus synonym less, a related idea
 * least. Search (work-history expand.ts) and the example answer's choice of story
 * (coach/builtin/example-match.ts) weigh matches the same way.
 */
export const TERM_WEIGHT = { user: 1, synonym: 0.7, related: 0.35 } as const;

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [...THESAURUS, ...THESAURUS_EXTRA, ...THESAURUS_EXTRA2];

/** A thesaurus group found in a word sequence, and the word positions it spans. */
export interface ThesaurusMatch {
  group: number;
  from: number;
  to: number;
}

/** Split a phrase into unicode61 parts: "single sign-on" → ["single", "sign", "on"]. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).flatMap((t) => ftsParts(t.word));
}

interface Entry {
  stems: string[];
  group: number;
}

/** Thesaurus entries indexed by the stem of their first word. */
const BY_FIRST_STEM: Map<string, Entry[]> = (() => {
  const map = new Map<string, Entry[]>();
  SYNONYM_GROUPS.forEach((group, g) => {
    for (const member of group) {
      const w = phraseWords(member);
      if (!w.length) continue;
      const entry = { stems: w.map(stem), group: g };
      const list = map.get(entry.stems[0]!) ?? [];
      list.push(entry);
      map.set(entry.stems[0]!, list);
    }
  });
  for (const list of map.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return map;
})();

/**
 * Thesaurus matches in a word sequence: group and the word positions it spans.
 * Longest match wins ("low performer" is one idea, not "low" + "performer").
 */
export function findMatches(queryWords: string[]): ThesaurusMatch[] {
  const stems = queryWords.map(stem);
  const out: ThesaurusMatch[] = [];
  let i = 0;
  while (i < stems.length) {
    let longest = 0;
    for (const e of BY_FIRST_STEM.get(stems[i]!) ?? []) {
      if (e.stems.length < longest) break; // sorted longest first
      if (e.stems.every((s, j) => stems[i + j] === s)) {
        longest = e.stems.length;
        out.push({ group: e.group, from: i, to: i + longest });
      }
    }
    i += Math.max(longest, 1);
  }
  return out;
}

/** Groups touched by a word sequence. */
export function matchGroups(queryWords: string[]): Set<number> {
  return new Set(findMatches(queryWords).map((m) => m.group));
}

/** Thesaurus group index by its first member (RELATED names groups that way). */
const GROUP_BY_NAME = new Map(SYNONYM_GROUPS.map((g, i) => [g[0]!, i]));

/** Related groups of each group (symmetric). */
const RELATED_GROUPS: Map<number, number[]> = (() => {
  const map = new Map<number, number[]>();
  const link = (a: number, b: number): void => void map.set(a, [...(map.get(a) ?? []), b]);
  for (const [a, b] of RELATED) {
    const ga = GROUP_BY_NAME.get(a);
    const gb = GROUP_BY_NAME.get(b);
    if (ga === undefined || gb === undefined) throw new Error(`RELATED names an unknown thesaurus group: ${ga === undefined ? a : b}`);
    link(ga, gb);
    link(gb, ga);
  }
  return map;
})();

/** Groups related to a group (thesaurus-related.ts), both ways. */
export function relatedGroups(group: number): readonly number[] {
  return RELATED_GROUPS.get(group) ?? [];
}
