/**
 * A general semantic signal for the re-ranker from word vectors
 * (word-vectors.ts), needing no key and no network: soft matching. The
 * thesaurus knows "boss" means "manager"; word vectors also know "recruiting"
 * is near "hiring" and "merger" near "acquisition" without anyone writing it
 * down. Each idea of the question is credited with the closest content word
 * of a candidate story (cosine), as weaker evidence than a thesaurus synonym.
 * Runs on the few dozen candidates only, never the whole corpus.
 *
 * Measured on the fixture's tuning split and dropped: SIF-weighted sentence
 * vectors (added to the score, or fused by RRF), soft matching of thesaurus
 * synonyms too, and query expansion with nearest neighbours (GloVe's
 * neighbours are news-sense: "shipped" → "cargo") gained nothing.
 */
import type { QueryPlan } from './expand.js';
import { stem } from '../../text/stem.js';
import { dot, type WordVectors } from '../../text/word-vectors.js';

/** One idea of the question as a vector. */
export interface SoftTerm {
  concept: number;
  vec: Float32Array;
}

/**
 * Soft evidence: an idea whose closest story word has cosine `lo` or less
 * gets nothing, `hi` or more gets `max` (below a thesaurus synonym's 0.7),
 * linearly in between. Chosen before measuring; on the tuning split nearby
 * values (max 0.35–0.7, lo 0.35–0.55) score within one query of each other.
 */
const SOFT = { max: 0.5, lo: 0.45, hi: 0.85 } as const;

/** Evidence (0–SOFT.max) that a story contains an idea, from the cosine of its closest word. */
export function softEvidence(cos: number): number {
  return SOFT.max * Math.min(1, Math.max(0, (cos - SOFT.lo) / (SOFT.hi - SOFT.lo)));
}

/**
 * The 35 most frequent stems of the vectors' corpus are function words
 * ("the", "of", "was", "with", "their"): never the closest word to an idea.
 */
const MIN_RANK = 35;

function unit(v: Float32Array): Float32Array | null {
  const n = Math.sqrt(dot(v, v));
  if (!n) return null;
  for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}

/**
 * Most ideas soft-matched per query: the user's first words (a long grounding
 * text can have 96 terms; the cost grows with each one).
 */
const MAX_TERMS = 12;

/** Soft matching state for one query. */
export interface SoftMatcher {
  terms: SoftTerm[];
  wv: WordVectors;
  /**
   * Story stem → its cosine to each term (null: unknown or a function word).
   * The candidates of one search share many words, so each is compared once.
   */
  memo: Map<string, Float32Array | null>;
}

/** The user's ideas as vectors (a phrase as the mean of its words), ready to compare with stories. */
export function softMatcher(plan: QueryPlan, wv: WordVectors): SoftMatcher {
  const terms: SoftTerm[] = [];
  for (const t of plan.terms) {
    if (t.expansion || terms.length >= MAX_TERMS) continue;
    const v = new Float32Array(wv.dims);
    for (const w of t.words) {
      const wvec = wv.stem(stem(w));
      if (wvec) for (let i = 0; i < v.length; i++) v[i]! += wvec[i]!;
    }
    const u = unit(v);
    if (u) terms.push({ concept: t.concept, vec: u });
  }
  return { terms, wv, memo: new Map() };
}

function compare(m: SoftMatcher, s: string): Float32Array | null {
  const r = m.wv.stemRank(s);
  if (r === undefined || r < MIN_RANK) return null;
  const out = new Float32Array(m.terms.length);
  for (let i = 0; i < out.length; i++) out[i] = m.wv.dotRow(m.terms[i]!.vec, r);
  return out;
}

/**
 * Concept → best cosine between the idea and any content word of the story
 * (its stems, as the re-ranker has them). Ideas in `skip` (matched exactly
 * already, so soft evidence cannot add anything) are left out.
 */
export function closestWords(m: SoftMatcher, stems: readonly string[], skip?: ReadonlySet<number>): Map<number, number> {
  const closest = new Map<number, number>();
  if (!m.terms.length || (skip && m.terms.every((t) => skip.has(t.concept)))) return closest;
  const best = bestPerTerm(m, stems);
  for (let i = 0; i < best.length; i++) {
    const c = m.terms[i]!.concept;
    if (!skip?.has(c) && best[i]! > (closest.get(c) ?? 0)) closest.set(c, best[i]!);
  }
  return closest;
}

/** For each query term, the best cosine with any of the stems (memoised per stem for this query). */
function bestPerTerm(m: SoftMatcher, stems: readonly string[]): Float32Array {
  const n = m.terms.length;
  const best = new Float32Array(n);
  for (const s of stems) {
    let cos = m.memo.get(s);
    if (cos === undefined) m.memo.set(s, (cos = compare(m, s)));
    if (cos) for (let i = 0; i < n; i++) if (cos[i]! > best[i]!) best[i] = cos[i]!;
  }
  return best;
}

/**
 * What soft matching adds to a story's coverage: each idea's soft evidence s
 * joins its exact evidence e (concept → e, from the re-ranker) by noisy-or,
 * 1 − (1 − e)(1 − s) = e + (1 − e)·s, weighted like the idea.
 */
export function softCoverage(m: SoftMatcher, stems: readonly string[], evidence: ReadonlyMap<number, number>, weights?: ReadonlyMap<number, number>): number {
  const exact = new Set<number>();
  for (const [c, e] of evidence) if (e >= 1) exact.add(c);
  let add = 0;
  for (const [c, cos] of closestWords(m, stems, exact)) add += (1 - (evidence.get(c) ?? 0)) * softEvidence(cos) * (weights?.get(c) ?? 1);
  return add;
}
