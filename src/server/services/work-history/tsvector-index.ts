/**
 * PostgreSQL implementation of SearchIndex: a `search tsvector` column on
 * work_history_snippets (GIN-indexed, see migration 002), ranked by
 * ts_rank_cd. The vector holds our own stems (text.ts `stemTerms`) under the
 * `simple` configuration — no stop words, no second stemmer — so documents,
 * queries and document frequencies agree exactly with the SQLite path's
 * tokenisation, and the shared coverage re-ranker sees the same candidates.
 * Text is weighted A, tags B (FTS5 weights text 1.0 and tags 0.5 the same way).
 * Every query filters on owner_id, so another owner's snippets never match.
 */
import { sql, type QueryExecutorProvider, type RawBuilder } from 'kysely';
import type { QueryPlan, QueryTerm } from './expand.js';
import type { IndexDoc, IndexHit, IndexQuery, SearchIndex } from './search-index.js';
import { stem } from '../../text/stem.js';
import { ftsParts, stemTerms } from '../../text/tokens.js';

/** ts_rank_cd weights for {D, C, B, A}: tags (B) count half as much as text (A). */
const WEIGHTS = '{0.1, 0.2, 0.5, 1.0}';
/** ts_rank_cd normalisation: 1 divides by 1 + log(length), like BM25's length damping (measured on the fixture). */
const NORMALIZATION = 1;

/** The stems of one query term as a phrase (the words must be adjacent, as in FTS5 "a b"). */
function termPhrase(term: QueryTerm): string {
  return term.words
    .flatMap((w) => ftsParts(w))
    .map(stem)
    .join(' ');
}

/** A tsquery for the plan, or null when it has nothing to look for. */
export function tsQuery(plan: QueryPlan, how: 'any' | 'all'): RawBuilder<unknown> | null {
  const terms = how === 'all' ? plan.terms.filter((x) => !x.expansion) : plan.terms;
  const phrases = [...new Set(terms.map(termPhrase).filter(Boolean))];
  if (!phrases.length) return null;
  const parts = phrases.map((p) => sql`phraseto_tsquery('simple', ${p})`);
  return sql.join(parts, how === 'all' ? sql` && ` : sql` || `);
}

function documentVector(text: string, tags: string[]): RawBuilder<unknown> {
  return sql`setweight(to_tsvector('simple', ${stemTerms(text).join(' ')}), 'A') || setweight(to_tsvector('simple', ${stemTerms(tags.join(' ')).join(' ')}), 'B')`;
}

const SINGLE_WORD = /^[\p{L}\p{N}]+$/u;

export function createTsvectorIndex(): SearchIndex {
  return {
    name: 'pg-tsvector',
    async index(db: QueryExecutorProvider, doc: IndexDoc): Promise<void> {
      await sql`update work_history_snippets set search = ${documentVector(doc.text, doc.tags)} where seq = ${doc.seq}`.execute(db);
    },
    async remove(db: QueryExecutorProvider, seqs: number[]): Promise<void> {
      if (!seqs.length) return;
      await sql`update work_history_snippets set search = null where seq = any(${seqs}::bigint[])`.execute(db);
    },
    async search(db: QueryExecutorProvider, ownerId: string, q: IndexQuery): Promise<IndexHit[]> {
      const query = tsQuery(q.plan, q.mode);
      if (!query) return [];
      const { rows } = await sql<{ seq: number; score: number }>`
        select w.seq, ts_rank_cd(${WEIGHTS}::float4[], w.search, q.q, ${NORMALIZATION}) as score
        from work_history_snippets w, (select ${query} as q) q
        where w.owner_id = ${ownerId} and w.search @@ q.q
        order by score desc, w.seq
        limit ${q.limit} offset ${q.offset ?? 0}`.execute(db);
      return rows.map((r) => ({ seq: Number(r.seq), score: Number(r.score) }));
    },
    async count(db: QueryExecutorProvider, ownerId: string, q: Omit<IndexQuery, 'limit' | 'offset'>): Promise<number> {
      const query = tsQuery(q.plan, q.mode);
      if (!query) return 0;
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from work_history_snippets w
        where w.owner_id = ${ownerId} and w.search @@ (${query})`.execute(db);
      return Number(rows[0]?.n ?? 0);
    },
    async termSeqs(db: QueryExecutorProvider, ownerId: string, term: QueryTerm, limit: number): Promise<number[]> {
      const phrase = termPhrase(term);
      if (!phrase) return [];
      const { rows } = await sql<{ seq: number }>`
        select seq from work_history_snippets
        where owner_id = ${ownerId} and search @@ phraseto_tsquery('simple', ${phrase})
        order by seq desc limit ${limit}`.execute(db);
      return rows.map((r) => Number(r.seq));
    },
    async docFrequencies(db: QueryExecutorProvider, stems: string[]): Promise<{ total: number; df: Map<string, number> }> {
      const df = new Map<string, number>();
      // A stem with punctuation is several lexemes; FTS5's vocabulary has no such term either.
      const words = [...new Set(stems)].filter((s) => SINGLE_WORD.test(s));
      if (!words.length) return { total: 0, df };
      // One GIN lookup per word (all owners, like the FTS5 vocabulary).
      const { rows } = await sql<{ term: string; doc: number }>`
        select t.term, (select count(*) from work_history_snippets w where w.search @@ to_tsquery('simple', quote_literal(t.term))) as doc
        from unnest(${words}::text[]) as t(term)`.execute(db);
      for (const r of rows) if (Number(r.doc) > 0) df.set(r.term, Number(r.doc));
      // The highest key estimates the document count through the primary key (as on SQLite).
      const total = await sql<{ n: number | null }>`select max(seq) as n from work_history_snippets`.execute(db);
      return { total: Number(total.rows[0]?.n ?? 0), df };
    },
  };
}
