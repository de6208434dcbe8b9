/**
 * Final scoring of a few dozen candidate snippets (the re-ranking stage).
 * BM25 over an expanded OR query rewards a story that repeats one idea
 * ("lead", "director", "VP"…); a person asking about "a disagreement with your
 * boss" wants a story that has both the disagreement and the boss. So a
 * candidate scores by concept coverage: for each idea of the question, the
 * evidence that the story contains it (the user's word counts fully, a
 * synonym less, a related word least; several weak clues add up by noisy-or),
 * weighted by how rare the idea is. With word vectors, a story that says an
 * idea in words neither the user nor the thesaurus used ("takeover" for
 * "merger") earns weaker, soft evidence for it (semantic.ts). BM25 over the
 * user's own words, and two ideas appearing close together, break near-ties.
 */
import type { QueryPlan, QueryTerm } from './expand.js';
import { softCoverage, softMatcher } from './semantic.js';
import { stem } from '../../text/stem.js';
import { stemTerms } from '../../text/tokens.js';
import type { WordVectors } from '../../text/word-vectors.js';

export interface Candidate {
  seq: number;
  score: number;
  text: string;
  tags?: string[];
}

/** Document frequencies (stemmed single words, all owners) and the document count. */
export interface TermStats {
  total: number;
  df: Map<string, number>;
}

/** How much normalised BM25 over the user's words adds on top of coverage. */
const BM25_WEIGHT = 0.5;
/** Bonus when two of the question's ideas sit within PROXIMITY_WINDOW words of each other. */
const PROXIMITY_WEIGHT = 0.3;
const PROXIMITY_WINDOW = 8;
/**
 * Candidates (best first by exact evidence) that soft matching may lift. On
 * the tuning split 10–40 score alike (a relevant story below the top 20 rarely
 * has its ideas in other words); 20 halves the cost of 40.
 */
const SOFT_CANDIDATES = 20;
const K1 = 1.2;
const B = 0.75;

interface Term {
  stems: string[];
  concept: number;
  weight: number;
  user: boolean;
  /** BM25 idf of this term (user terms only matter). */
  idf: number;
}

/** Document frequency of a term: a phrase is at most as common as its rarest word. */
export function termDf(stems: string[], stats: TermStats): number {
  return Math.min(...stems.map((s) => stats.df.get(s) ?? 0));
}

function termsOf(plan: QueryPlan, stats?: TermStats): Term[] {
  return plan.terms.map((t: QueryTerm) => {
    const stems = t.words.map(stem);
    const df = stats ? termDf(stems, stats) : 0;
    const n = stats?.total ?? 1;
    return { stems, concept: t.concept, weight: t.weight, user: !t.expansion, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)) };
  });
}

/**
 * Concept weights from document frequencies: a rare idea ("SSO") counts more
 * than a common one ("customer"). An idea is as rare as the user's own word
 * for it (the rarest, when several of their words joined into one idea); an
 * idea the user named in words the stories never use ("SSO" where they say
 * "single sign-on") is as rare as its synonyms together. Related words never
 * make an idea look more common.
 */
export function conceptWeights(plan: QueryPlan, stats: TermStats): Map<number, number> {
  const own = new Map<number, number>();
  const syn = new Map<number, number>();
  for (const t of plan.terms) {
    const d = termDf(t.words.map(stem), stats);
    if (!t.expansion) own.set(t.concept, Math.min(own.get(t.concept) ?? Infinity, d || Infinity));
    else if (t.weight >= 0.5) syn.set(t.concept, (syn.get(t.concept) ?? 0) + d);
  }
  const out = new Map<number, number>();
  const n = stats.total;
  for (const c of new Set([...own.keys(), ...syn.keys()])) {
    const mine = own.get(c) ?? Infinity;
    const d = Number.isFinite(mine) ? mine : (syn.get(c) ?? 0);
    out.set(c, Math.log(1 + (n + 1) / (Math.min(d, n) + 1)));
  }
  return out;
}

/**
 * Evidence that a text contains one idea, from the weights of the idea's terms
 * it matched. The user's word is proof; each extra synonym or related word
 * adds a little (noisy-or), but capped per tier, so a handful of loose
 * associations never outweighs one real synonym.
 */
export function conceptEvidence(matched: readonly number[]): number {
  let user = 0;
  let syn = 0;
  let nSyn = 0;
  let rel = 0;
  let nRel = 0;
  for (const w of matched) {
    if (w >= 1) user = 1;
    else if (w >= 0.5) [syn, nSyn] = [Math.max(syn, w), nSyn + 1];
    else [rel, nRel] = [Math.max(rel, w), nRel + 1];
  }
  const s = nSyn ? Math.min(0.85, syn + 0.1 * (nSyn - 1)) : 0;
  const r = nRel ? Math.min(0.5, rel + 0.1 * (nRel - 1)) : 0;
  return 1 - (1 - user) * (1 - s) * (1 - r);
}

interface DocScore {
  coverage: number;
  bm25: number;
  proximity: number;
  /** Concept → evidence from exact matches (conceptEvidence). */
  evidence: Map<number, number>;
}


/** Query terms by the stem of their first word, for a single pass over each document. */
function byFirstStem(terms: Term[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  terms.forEach((t, i) => {
    const list = map.get(t.stems[0]!);
    if (list) list.push(i);
    else map.set(t.stems[0]!, [i]);
  });
  return map;
}

function scoreDoc(doc: string[], terms: Term[], first: Map<string, number[]>, weights: Map<number, number> | undefined, avgdl: number): DocScore {
  const tf = new Map<number, number>(); // term index → occurrences
  const where = new Map<number, number[]>(); // concept → match positions
  for (let i = 0; i < doc.length; i++) {
    for (const ti of first.get(doc[i]!) ?? []) {
      const t = terms[ti]!;
      if (t.stems.length > 1 && !t.stems.every((s, j) => doc[i + j] === s)) continue;
      tf.set(ti, (tf.get(ti) ?? 0) + 1);
      const at = where.get(t.concept);
      if (at) at.push(i);
      else where.set(t.concept, [i]);
    }
  }
  const matched = new Map<number, number[]>(); // concept → weights of matched terms
  let bm25 = 0;
  for (const [ti, n] of tf) {
    const t = terms[ti]!;
    const ws = matched.get(t.concept);
    if (ws) ws.push(t.weight);
    else matched.set(t.concept, [t.weight]);
    if (t.user) bm25 += (t.idf * n * (K1 + 1)) / (n + K1 * (1 - B + (B * doc.length) / avgdl));
  }
  let coverage = 0;
  const evidence = new Map<number, number>();
  for (const [c, ws] of matched) {
    const e = conceptEvidence(ws);
    evidence.set(c, e);
    coverage += e * (weights?.get(c) ?? 1);
  }
  return { coverage, bm25, proximity: proximity([...where.values()]), evidence };
}

/** Share of pairs of matched ideas that occur within the window of each other. */
function proximity(lists: number[][]): number {
  if (lists.length < 2) return 0;
  let near = 0;
  let pairs = 0;
  for (let a = 0; a < lists.length; a++) {
    for (let b = a + 1; b < lists.length; b++) {
      pairs++;
      if (lists[a]!.some((i) => lists[b]!.some((j) => Math.abs(i - j) <= PROXIMITY_WINDOW))) near++;
    }
  }
  return near / pairs;
}

// Stems of recently scored texts: the same snippets come back search after search.
const stemmed = new Map<string, string[]>();
const STEMMED_MAX = 5_000;

function stemsOf(text: string): string[] {
  let out = stemmed.get(text);
  if (!out) {
    out = stemTerms(text);
    if (stemmed.size >= STEMMED_MAX) stemmed.clear();
    stemmed.set(text, out);
  }
  return out;
}

/**
 * Score and order candidates, best first; `score` is replaced by the final
 * score. With word vectors, an idea also counts (less) when the story says it
 * in other words (soft matching).
 */
export function rerankByCoverage<T extends Candidate>(plan: QueryPlan, candidates: T[], stats?: TermStats, vectors?: WordVectors | null): T[] {
  if (!candidates.length) return candidates;
  const terms = termsOf(plan, stats);
  const weights = stats?.total ? conceptWeights(plan, stats) : undefined;
  const docs = candidates.map((c) => stemsOf(`${c.text} ${(c.tags ?? []).join(' ')}`));
  const avgdl = docs.reduce((n, d) => n + d.length, 0) / docs.length || 1;
  const first = byFirstStem(terms);
  const scored = docs.map((d) => scoreDoc(d, terms, first, weights, avgdl));
  const maxBm25 = Math.max(...scored.map((s) => s.bm25)) || 1;
  const ranked = candidates
    .map((c, i) => {
      const s = scored[i]!;
      return { c: { ...c, score: s.coverage + (BM25_WEIGHT * s.bm25) / maxBm25 + PROXIMITY_WEIGHT * s.proximity }, i };
    })
    .sort((a, b) => b.c.score - a.c.score);
  if (vectors) {
    // Soft matching only for the best SOFT_CANDIDATES: it costs more than the rest of the re-ranking.
    const soft = softMatcher(plan, vectors);
    for (const { c, i } of ranked.slice(0, SOFT_CANDIDATES)) c.score += softCoverage(soft, docs[i]!, scored[i]!.evidence, weights);
    ranked.sort((a, b) => b.c.score - a.c.score);
  }
  return ranked.map(({ c }) => c);
}
