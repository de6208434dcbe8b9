/**
 * The full-text index behind an interface, so the dialect-specific SQL (FTS5
 * on SQLite, tsvector on PostgreSQL later) lives in one small module each.
 * Every method takes the executor to run on, so the caller can put index
 * writes in the same transaction as the snippet rows.
 */
import type { QueryExecutorProvider } from 'kysely';
import type { QueryPlan, QueryTerm } from './expand.js';

export interface IndexDoc {
  /** The snippet's integer key (work_history_snippets.seq). */
  seq: number;
  ownerId: string;
  text: string;
  tags: string[];
}

export interface IndexHit {
  seq: number;
  /** Higher is better. */
  score: number;
}

export interface IndexQuery {
  plan: QueryPlan;
  /** 'any' ranks documents matching any term (search); 'all' requires every user term (list filter). */
  mode: 'any' | 'all';
  limit: number;
  offset?: number;
}

export interface SearchIndex {
  readonly name: string;
  index(db: QueryExecutorProvider, doc: IndexDoc): Promise<void>;
  remove(db: QueryExecutorProvider, seqs: number[]): Promise<void>;
  search(db: QueryExecutorProvider, ownerId: string, q: IndexQuery): Promise<IndexHit[]>;
  count(db: QueryExecutorProvider, ownerId: string, q: Omit<IndexQuery, 'limit' | 'offset'>): Promise<number>;
  /** How many documents contain each stemmed word (any owner), and how many documents there are. */
  docFrequencies?(db: QueryExecutorProvider, stems: string[]): Promise<{ total: number; df: Map<string, number> }>;
  /**
   * The owner's documents containing one term (a word, or a phrase as adjacent
   * words), newest first, at most `limit`. Lets search gather candidates term
   * by term within a budget instead of scoring every match of a long OR query;
   * without it, search falls back to `search` over the whole plan.
   */
  termSeqs?(db: QueryExecutorProvider, ownerId: string, term: QueryTerm, limit: number): Promise<number[]>;
}
