/**
 * Concept-coverage re-ranking of BM25 candidates. BM25 over an expanded OR
 * query rewards a story that repeats one idea ("lead", "director", "VP"…);
 * a person asking "a disagreement with your boss" wants a story that has
 * both the disagreement and the boss. So candidates are ordered by how many
 * of the question's concepts they contain (the user's own word counts more
 * than a thesaurus stand-in), then by BM25.
 */
import type { QueryPlan } from './expand.js';
import { stem } from './stem.js';
import { stemTerms } from './text.js';

export interface Candidate {
  seq: number;
  score: number;
  text: string;
  tags?: string[];
}

/** Weight of a concept matched only through a thesaurus member. */
const EXPANSION_WEIGHT = 0.7;
/** How much the (normalised) BM25 score adds on top of coverage. */
const BM25_WEIGHT = 0.5;

interface Phrase {
  stems: string[];
  concept: number;
  weight: number;
}

function phrasesOf(plan: QueryPlan): Phrase[] {
  return plan.terms.map((t) => ({ stems: t.words.map(stem), concept: t.concept, weight: t.expansion ? EXPANSION_WEIGHT : 1 }));
}

function contains(doc: string[], first: Map<string, number[]>, p: Phrase): boolean {
  for (const i of first.get(p.stems[0]!) ?? []) if (p.stems.every((s, j) => doc[i + j] === s)) return true;
  return false;
}

/**
 * Concept weights from document frequencies: a rare idea ("SSO") counts more
 * than a common one ("customer"). A phrase is as rare as its rarest word; a
 * concept is as common as all its terms together.
 */
export function conceptWeights(plan: QueryPlan, total: number, df: Map<string, number>): Map<number, number> {
  const sum = new Map<number, number>();
  for (const t of plan.terms) {
    const d = Math.min(...t.words.map((w) => df.get(stem(w)) ?? 0));
    sum.set(t.concept, (sum.get(t.concept) ?? 0) + d);
  }
  const out = new Map<number, number>();
  for (const [c, d] of sum) out.set(c, Math.log(1 + (total + 1) / (Math.min(d, total) + 1)));
  return out;
}

/** Coverage score of one text: sum over concepts of the best weight matched (times the concept's weight). */
export function coverage(text: string, phrases: Phrase[], weights?: Map<number, number>): number {
  const doc = stemTerms(text);
  const first = new Map<string, number[]>();
  doc.forEach((s, i) => {
    const list = first.get(s);
    if (list) list.push(i);
    else first.set(s, [i]);
  });
  const best = new Map<number, number>();
  for (const p of phrases) {
    if ((best.get(p.concept) ?? 0) >= p.weight) continue;
    if (contains(doc, first, p)) best.set(p.concept, p.weight);
  }
  let sum = 0;
  for (const [c, w] of best) sum += w * (weights?.get(c) ?? 1);
  return sum;
}

/** Re-order candidates by concept coverage, BM25 breaking ties; scores are replaced. */
export function rerankByCoverage<T extends Candidate>(plan: QueryPlan, candidates: T[], weights?: Map<number, number>): T[] {
  if (!candidates.length) return candidates;
  const phrases = phrasesOf(plan);
  const max = Math.max(...candidates.map((c) => c.score)) || 1;
  return candidates
    .map((c) => ({ ...c, score: coverage(`${c.text} ${(c.tags ?? []).join(' ')}`, phrases, weights) + (BM25_WEIGHT * c.score) / max }))
    .sort((a, b) => b.score - a.score);
}
