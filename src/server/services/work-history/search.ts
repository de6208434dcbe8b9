/**
 * Ranking: BM25 from the full-text index, and — when an embedding provider is
 * configured and the owner has current vectors — cosine similarity, fused by
 * reciprocal rank fusion. If the query cannot be embedded, BM25 alone answers.
 */
import type { QueryPlan } from './expand.js';
import { decodeVector, dot, encodeVector, reciprocalRankFusion, type EmbeddingProvider } from './embeddings.js';
import { findBySeqs, ownerVectors, type PublicRow, type WorkHistoryDb } from './repository.js';
import { conceptWeights, rerankByCoverage } from './rerank.js';
import { stem } from './stem.js';
import type { IndexHit, SearchIndex } from './search-index.js';
import type { WorkHistoryLogger } from './service.js';

export interface RankContext {
  db: WorkHistoryDb;
  index: SearchIndex;
  embeddings?: EmbeddingProvider;
  log: WorkHistoryLogger;
  /** Vector hits below this cosine are dropped (unrelated text still has some similarity). */
  minCosine: number;
  /** Re-order BM25 candidates by concept coverage (default true; off only to measure plain BM25). */
  rerank?: boolean;
}

/** How many candidates each ranker contributes to re-ranking and fusion. */
const CANDIDATES = 40;

export interface Ranked {
  hits: IndexHit[];
  /** Rows already loaded while ranking (the caller need not fetch them again). */
  rows: Map<number, PublicRow>;
}

async function vectorRanking(ctx: RankContext, p: EmbeddingProvider, ownerId: string, query: string): Promise<number[]> {
  const stored = await ownerVectors(ctx.db, ownerId, p.model);
  if (!stored.length) return [];
  let qv: Float32Array;
  try {
    const [v] = await p.embed([query]);
    if (!v) return [];
    qv = decodeVector(encodeVector(v));
  } catch (err) {
    ctx.log.warn({ err, model: p.model }, 'work_history_query_embedding_failed');
    return [];
  }
  return stored
    .map((s) => ({ seq: s.seq, cos: dot(qv, decodeVector(s.embedding)) }))
    .filter((s) => s.cos >= ctx.minCosine)
    .sort((a, b) => b.cos - a.cos)
    .slice(0, CANDIDATES)
    .map((s) => s.seq);
}

/** BM25 candidates re-ordered by how many of the query's concepts they cover. */
async function keywordRanking(ctx: RankContext, ownerId: string, plan: QueryPlan, k: number, rowsOut: Map<number, PublicRow>): Promise<IndexHit[]> {
  const hits = await ctx.index.search(ctx.db, ownerId, { plan, mode: 'any', limit: Math.max(k, CANDIDATES) });
  if (ctx.rerank === false) return hits;
  const rows = await findBySeqs(ctx.db, ownerId, hits.map((h) => h.seq));
  for (const r of rows) rowsOut.set(Number(r.seq), r);
  const text = new Map(rows.map((r) => [Number(r.seq), { text: r.text, tags: JSON.parse(r.tags) as string[] }]));
  const freq = await ctx.index.docFrequencies?.(ctx.db, plan.terms.flatMap((t) => t.words.map(stem)));
  const weights = freq?.total ? conceptWeights(plan, freq.total, freq.df) : undefined;
  const candidates = hits.flatMap((h) => {
    const t = text.get(h.seq);
    return t ? [{ ...h, ...t }] : [];
  });
  return rerankByCoverage(plan, candidates, weights).map(({ seq, score }) => ({ seq, score }));
}

/** Rank the owner's snippets for a query; returns at most k hits, best first. */
export async function rank(ctx: RankContext, ownerId: string, query: string, plan: QueryPlan, k: number): Promise<Ranked> {
  const p = ctx.embeddings;
  const rows = new Map<number, PublicRow>();
  const bm25 = await keywordRanking(ctx, ownerId, plan, k, rows);
  if (!p) return { hits: bm25.slice(0, k), rows };
  const vector = await vectorRanking(ctx, p, ownerId, query);
  if (!vector.length) return { hits: bm25.slice(0, k), rows };
  const fused = reciprocalRankFusion([bm25.map((h) => String(h.seq)), vector.map(String)]);
  const hits = [...fused.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([seq, score]) => ({ seq: Number(seq), score }));
  return { hits, rows };
}
