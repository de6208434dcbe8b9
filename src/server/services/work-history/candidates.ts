/**
 * First stage of keyless search: gather candidate snippets term by term,
 * rarest first, within a budget of posting rows, and keep the best few dozen
 * by concept coverage for the full re-ranking (rerank.ts). Scoring every
 * match of a 60-term OR query with FTS5's bm25() cost 218 ms at 100k snippets;
 * a common word ("user", in every story) is instead left to the re-ranker,
 * which still sees it in the candidates' text. A term that matches nothing
 * costs one cached frequency lookup and no query at all.
 */
import type { QueryExecutorProvider } from 'kysely';
import type { QueryPlan } from './expand.js';
import { conceptEvidence, conceptWeights, termDf, type TermStats } from './rerank.js';
import type { SearchIndex } from './search-index.js';
import { stem } from '../../text/stem.js';

export interface PoolOptions {
  /** Most posting rows to read in total (bounds the cost whatever the query). */
  budget: number;
  /** Candidates handed to the re-ranker. */
  size: number;
  /** The owner's share of all indexed documents (document frequencies count every owner). */
  ownerShare: number;
}

/** Candidate seqs, best first by concept coverage of the terms that were looked up. */
export async function candidatePool(
  index: Required<Pick<SearchIndex, 'termSeqs'>>,
  db: QueryExecutorProvider,
  ownerId: string,
  plan: QueryPlan,
  stats: TermStats,
  opts: PoolOptions,
): Promise<number[]> {
  // A phrase is looked up by its rarest word: FTS5 answers a phrase by merging
  // every word's postings ("single sign on" walks all of "on"), while one rare
  // word costs only its own matches. The re-ranker checks the whole phrase.
  const terms = plan.terms
    .map((t) => {
      const word = t.words.reduce((best, w) => ((stats.df.get(stem(w)) ?? 0) < (stats.df.get(stem(best)) ?? 0) ? w : best));
      return { t, word, est: termDf(t.words.map(stem), stats) * opts.ownerShare };
    })
    .filter((x) => x.est > 0)
    // Rarest first; among equally rare terms the user's own words first.
    .sort((a, b) => a.est - b.est || b.t.weight - a.t.weight);
  // seq → indexes (into `terms`) of the terms it matched: flat arrays, since thousands of rows pass here.
  const matched = new Map<number, number[]>();
  const fetched = new Map<string, number[]>(); // one lookup per term even when it serves several ideas
  let used = 0;
  for (const [ti, { t, word, est }] of terms.entries()) {
    const key = stem(word);
    let seqs = fetched.get(key);
    if (!seqs) {
      if (used > 0 && used + est > opts.budget) break;
      seqs = await index.termSeqs(db, ownerId, { ...t, words: [word] }, Math.max(1, opts.budget - used));
      used += seqs.length;
      fetched.set(key, seqs);
    }
    for (const seq of seqs) {
      const list = matched.get(seq);
      if (list) list.push(ti);
      else matched.set(seq, [ti]);
    }
  }
  const weights = conceptWeights(plan, stats);
  const scored: Array<[number, number]> = [];
  const byConcept = new Map<number, number[]>();
  for (const [seq, list] of matched) {
    byConcept.clear();
    for (const ti of list) {
      const { concept, weight } = terms[ti]!.t;
      const ws = byConcept.get(concept);
      if (ws) ws.push(weight);
      else byConcept.set(concept, [weight]);
    }
    let score = 0;
    for (const [c, ws] of byConcept) score += conceptEvidence(ws) * (weights.get(c) ?? 1);
    scored.push([seq, score]);
  }
  // Ties: newer first (higher seq), as the postings were read.
  return scored
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, opts.size)
    .map(([seq]) => seq);
}
