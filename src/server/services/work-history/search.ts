/**
 * Ranking: keyless (candidates by term within a budget, then concept-coverage
 * re-ranking) and — when an embedding provider is configured and the owner has
 * current vectors — cosine similarity, fused by weighted reciprocal rank
 * fusion. If the query cannot be embedded — within a short budget, no retry
 * (QUERY_EMBEDDING_TIMEOUT_MS in embeddings.ts), or with an unusable vector —
 * keyless ranking alone answers, so a slow embedding service costs a search
 * (and every coach call grounded in stories) at most that budget.
 */
import { storyBody } from '../../coach/story-text.js';
import type { QueryPlan } from './expand.js';
import { decodeVector, dot, encodeVector, reciprocalRankFusion, vectorProblem, type EmbeddingProvider } from './embeddings.js';
import { findBySeqs, ownerVectors, type PublicRow, type WorkHistoryDb } from './repository.js';
import { candidatePool } from './candidates.js';
import { rerankByCoverage, type TermStats } from './rerank.js';
import { stem } from '../../text/stem.js';
import type { IndexHit, SearchIndex } from './search-index.js';
import type { WorkHistoryLogger } from './service.js';
import { wordVectors, type WordVectors } from '../../text/word-vectors.js';

export interface RankContext {
  db: WorkHistoryDb;
  index: SearchIndex;
  embeddings?: EmbeddingProvider;
  log: WorkHistoryLogger;
  /** Vector hits below this cosine are dropped (unrelated text still has some similarity). */
  minCosine: number;
  /** Re-order BM25 candidates by concept coverage (default true; off only to measure plain BM25). */
  rerank?: boolean;
  /** Word vectors for semantic re-ranking (default: the committed ones; null: off, to measure without). */
  wordVectors?: WordVectors | null;
  /** The owner's share of all indexed snippets, for the candidate budget (default 1: as if alone). */
  ownerShare?(ownerId: string): Promise<number>;
  /** Candidates handed to re-ranking (default CANDIDATES; the retrieval eval measures other sizes). */
  candidates?: number;
}

/** How many candidates each ranker contributes to re-ranking and fusion. */
const CANDIDATES = 40;
/**
 * Weight of the vector ranking in fusion (keyless ranking: 1). Measured on the
 * fixture with the fake embedder (a hashed bag of words, so it adds little the
 * keyless ranking lacks): equal weights cost 0.05 recall@5 on the tuning split,
 * 0.3 matched keyless. At 0.3 a snippet found by vectors alone needs a top
 * vector rank to enter the top 5, so vectors mostly re-order keyless results.
 * A real embedding model finds paraphrases keyless search cannot, and may
 * deserve more weight: re-measure with it (none is available here).
 */
const VECTOR_WEIGHT = 0.3;
/** Most posting rows the first stage reads (see candidates.ts): bounds search time at any corpus size. */
const ROW_BUDGET = 1_000;

export interface Ranked {
  hits: IndexHit[];
  /** Rows already loaded while ranking (the caller need not fetch them again). */
  rows: Map<number, PublicRow>;
}

/** The query's vector within the query budget, or null (failure logged; keyless ranking answers). */
async function queryVector(ctx: RankContext, p: EmbeddingProvider, query: string): Promise<Float32Array | null> {
  try {
    const [v] = await p.embed([query], { purpose: 'query' });
    const problem = vectorProblem(v, null);
    if (!problem) return decodeVector(encodeVector(v!));
    ctx.log.warn({ model: p.model, problems: [problem] }, 'work_history_query_vector_refused');
  } catch (err) {
    ctx.log.warn({ err, model: p.model }, 'work_history_query_embedding_failed');
  }
  return null;
}

async function vectorRanking(ctx: RankContext, p: EmbeddingProvider, ownerId: string, query: string): Promise<number[]> {
  const stored = await ownerVectors(ctx.db, ownerId, p.model);
  if (!stored.length) return [];
  const qv = await queryVector(ctx, p, query);
  if (!qv) return [];
  // A stored vector of another length (an old bad reply, until re-embedded) cannot be compared.
  return stored
    .filter((s) => s.embedding.byteLength === qv.byteLength)
    .map((s) => ({ seq: s.seq, cos: dot(qv, decodeVector(s.embedding)) }))
    .filter((s) => s.cos >= ctx.minCosine)
    .sort((a, b) => b.cos - a.cos)
    .slice(0, CANDIDATES)
    .map((s) => s.seq);
}

/** Candidate seqs: term by term within a budget when the index can, else its own ranking of the whole plan. */
async function candidates(ctx: RankContext, ownerId: string, plan: QueryPlan, stats: TermStats | undefined): Promise<number[]> {
  const { index } = ctx;
  if (index.termSeqs && stats?.total) {
    const ownerShare = ctx.ownerShare ? Math.min(1, await ctx.ownerShare(ownerId)) : 1;
    const termSeqs = index.termSeqs.bind(index);
    return candidatePool({ termSeqs }, ctx.db, ownerId, plan, stats, { budget: ROW_BUDGET, size: ctx.candidates ?? CANDIDATES, ownerShare });
  }
  return (await index.search(ctx.db, ownerId, { plan, mode: 'any', limit: ctx.candidates ?? CANDIDATES })).map((h) => h.seq);
}

/** Keyless ranking: candidates, then concept-coverage re-ranking of their text. */
async function keywordRanking(ctx: RankContext, ownerId: string, plan: QueryPlan, k: number, rowsOut: Map<number, PublicRow>): Promise<IndexHit[]> {
  if (!plan.terms.length) return [];
  if (ctx.rerank === false) return ctx.index.search(ctx.db, ownerId, { plan, mode: 'any', limit: Math.max(k, CANDIDATES) });
  const freq = await ctx.index.docFrequencies?.(ctx.db, plan.terms.flatMap((t) => t.words.map(stem)));
  const stats = freq?.total ? freq : undefined;
  const seqs = await candidates(ctx, ownerId, plan, stats);
  const rows = await findBySeqs(ctx.db, ownerId, seqs);
  for (const r of rows) rowsOut.set(Number(r.seq), r);
  const docs = rows.map((r) => ({ seq: Number(r.seq), score: 0, text: storyBody(r.text), tags: JSON.parse(r.tags) as string[] }));
  const vectors = ctx.wordVectors === undefined ? wordVectors() : ctx.wordVectors;
  return rerankByCoverage(plan, docs, stats, vectors).map(({ seq, score }) => ({ seq, score }));
}

/** Rank the owner's snippets for a query; returns at most k hits, best first. */
export async function rank(ctx: RankContext, ownerId: string, query: string, plan: QueryPlan, k: number): Promise<Ranked> {
  const p = ctx.embeddings;
  const rows = new Map<number, PublicRow>();
  const bm25 = await keywordRanking(ctx, ownerId, plan, k, rows);
  if (!p) return { hits: bm25.slice(0, k), rows };
  const vector = await vectorRanking(ctx, p, ownerId, query);
  if (!vector.length) return { hits: bm25.slice(0, k), rows };
  const fused = reciprocalRankFusion([bm25.map((h) => String(h.seq)), vector.map(String)], 60, [1, VECTOR_WEIGHT]);
  const hits = [...fused.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([seq, score]) => ({ seq: Number(seq), score }));
  return { hits, rows };
}
