/**
 * SQLite FTS5 implementation of SearchIndex, ranked by BM25. Two modes were
 * measured (scripts/retrieval-eval.ts) and scored the same: `porter` stores the
 * original text and lets FTS5's porter tokenizer stem it; `stemmed` stores our
 * own stemmer's output in a plain unicode61 table. `plain` (no stemming) is
 * the baseline. Highlighting is done in JS (highlight.ts): FTS5 highlight()
 * in the ranking query ran for every matching row, and as a second query it
 * re-ran the whole MATCH.
 * The owner is an indexed column holding a hashed token, so a query only walks
 * that owner's postings and another owner's snippets can never match.
 */
import { createHash } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import { sql, type QueryExecutorProvider } from 'kysely';
import { createFts5Merger, type Fts5Merger } from './fts5-merge.js';
import type { QueryPlan, QueryTerm } from './expand.js';
import type { IndexDoc, IndexHit, IndexQuery, SearchIndex } from './search-index.js';
import { stem } from '../../text/stem.js';
import { addTermCounts, docTerms, subtractTermCounts, tallyTerms, termCountsTableSql } from './term-counts.js';
import { stemTerms } from '../../text/tokens.js';

export type Fts5Mode = 'porter' | 'stemmed' | 'plain';

export interface Fts5Options {
  table?: string;
  mode?: Fts5Mode;
  /**
   * The raw SQLite handle. With it, search-time reads run on cached prepared
   * statements (Kysely prepares every query anew) and segments are merged in
   * the background after writes (fts5-merge.ts); writes always go through the
   * given executor so they join the caller's transaction.
   */
  sqlite?: SQLite.Database;
  /**
   * The table of every indexed document's owner (`owner_id`), written in the
   * same transaction as the index (default work_history_snippets; null: none).
   * With the raw handle, term lookups skip the owner filter while no other
   * owner has a document there: the filter is an AND with a posting list as
   * long as the whole index (1.3 vs 0.3 ms for 900 rows at 100k). Rows are
   * still checked against their owner when loaded (repository.findBySeqs).
   */
  ownerTable?: string | null;
}

/** SQL statements creating an FTS5 table and its document-frequency table for a mode (the migrations create the default one). */
export function fts5TableSql(table: string, mode: Fts5Mode): string[] {
  const tokenizer = mode === 'porter' ? 'porter unicode61 remove_diacritics 2' : 'unicode61 remove_diacritics 2';
  return [`create virtual table ${table} using fts5(owner, text, tags, tokenize = '${tokenizer}')`, termCountsTableSql(table)];
}

/** A single alphanumeric token standing for the owner (ids may contain '-' or '_'). */
export function ownerToken(ownerId: string): string {
  return 'own' + createHash('sha256').update(ownerId).digest('hex').slice(0, 24);
}

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export function createFts5Index(opts: Fts5Options = {}): SearchIndex {
  const table = opts.table ?? 'work_history_fts';
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`Bad FTS table name: ${table}`);
  const mode = opts.mode ?? 'porter';
  const t = sql.raw(table);
  const prepare = (text: string): string => (mode === 'stemmed' ? stemTerms(text).join(' ') : text);
  const term = (x: QueryTerm): string => quote((mode === 'stemmed' ? x.words.map(stem) : x.words).join(' '));

  /** MATCH expression limited to the owner; null when the plan has nothing to look for. */
  function matchExpr(ownerId: string, plan: QueryPlan, how: 'any' | 'all'): string | null {
    const terms = how === 'all' ? plan.terms.filter((x) => !x.expansion) : plan.terms;
    if (!terms.length) return null;
    const body = terms.map(term).join(how === 'all' ? ' AND ' : ' OR ');
    return `owner : ${quote(ownerToken(ownerId))} AND {text tags} : (${body})`;
  }

  const ownerTable = opts.ownerTable === undefined ? 'work_history_snippets' : opts.ownerTable;
  if (ownerTable !== null && !/^[a-z_][a-z0-9_]*$/.test(ownerTable)) throw new Error(`Bad owner table name: ${ownerTable}`);
  const raw = opts.sqlite ? preparedReads(opts.sqlite, table, ownerTable) : null;
  const merger: Fts5Merger | null = opts.sqlite ? createFts5Merger(opts.sqlite, table) : null;
  const termExpr = (ownerId: string, x: QueryTerm): string => `owner : ${quote(ownerToken(ownerId))} AND {text tags} : ${term(x)}`;

  return {
    name: `fts5-${mode}`,
    async index(db: QueryExecutorProvider, doc: IndexDoc): Promise<void> {
      const tags = doc.tags.join(' ');
      await sql`insert into ${t} (rowid, owner, text, tags) values (${doc.seq}, ${ownerToken(doc.ownerId)}, ${prepare(doc.text)}, ${prepare(tags)})`.execute(db);
      await addTermCounts(db, table, docTerms(doc.text, tags));
      raw?.forgetFrequencies();
      merger?.schedule();
    },
    async remove(db: QueryExecutorProvider, seqs: number[]): Promise<void> {
      // Chunked: SQLite caps the number of bound parameters per statement.
      for (let i = 0; i < seqs.length; i += 500) {
        const chunk = sql.join(seqs.slice(i, i + 500));
        const { rows } = await sql<{ text: string; tags: string }>`select text, tags from ${t} where rowid in (${chunk})`.execute(db);
        // Stored text is already stemmed in `stemmed` mode: its words are the stems counted.
        const terms = rows.map((r) => (mode === 'stemmed' ? [...new Set(`${r.text} ${r.tags}`.split(' ').filter(Boolean))] : docTerms(r.text, r.tags)));
        await subtractTermCounts(db, table, tallyTerms(terms));
        await sql`delete from ${t} where rowid in (${chunk})`.execute(db);
      }
      raw?.forgetFrequencies();
      if (seqs.length) merger?.schedule();
    },
    async search(db: QueryExecutorProvider, ownerId: string, q: IndexQuery): Promise<IndexHit[]> {
      const expr = matchExpr(ownerId, q.plan, q.mode);
      if (!expr) return [];
      // bm25() is computed once per matching row (ORDER BY reuses the result column);
      // highlight() only runs for the rows the caller keeps (see `highlight`).
      const { rows } = await sql<{ seq: number; rank: number }>`
        select rowid as seq, bm25(${t}, 0.0, 1.0, 0.5) as rank
        from ${t} where ${t} match ${expr}
        order by rank limit ${q.limit} offset ${q.offset ?? 0}`.execute(db);
      return rows.map((r) => ({ seq: r.seq, score: -r.rank }));
    },
    async termSeqs(db: QueryExecutorProvider, ownerId: string, x: QueryTerm, limit: number): Promise<number[]> {
      if (raw) return raw.termSeqs(raw.onlyOwner(ownerId) ? `{text tags} : ${term(x)}` : termExpr(ownerId, x), limit);
      const { rows } = await sql<{ seq: number }>`select rowid as seq from ${t} where ${t} match ${termExpr(ownerId, x)} order by rowid desc limit ${limit}`.execute(db);
      return rows.map((r) => r.seq);
    },
    async docFrequencies(db: QueryExecutorProvider, stems: string[]): Promise<{ total: number; df: Map<string, number> }> {
      const unique = [...new Set(stems)];
      if (raw) return { total: raw.total(), df: raw.docFrequencies(unique) };
      const df = new Map<string, number>();
      if (!unique.length) return { total: 0, df };
      const { rows } = await sql<{ term: string; docs: number }>`select term, docs from ${sql.raw(`${table}_df`)} where term in (${sql.join(unique)})`.execute(db);
      for (const r of rows) df.set(r.term, r.docs);
      // The highest id in FTS5's docsize shadow table estimates the document count in O(log n);
      // deletions only make it a little high, which barely moves an IDF.
      const total = await sql<{ n: number | null }>`select max(id) as n from ${sql.raw(`${table}_docsize`)}`.execute(db);
      return { total: total.rows[0]?.n ?? 0, df };
    },
    async count(db: QueryExecutorProvider, ownerId: string, q: Omit<IndexQuery, 'limit' | 'offset'>): Promise<number> {
      const expr = matchExpr(ownerId, q.plan, q.mode);
      if (!expr) return 0;
      const { rows } = await sql<{ n: number }>`select count(*) as n from ${t} where ${t} match ${expr}`.execute(db);
      return rows[0]?.n ?? 0;
    },
  };
}

interface PreparedReads {
  total(): number;
  /** Stem → documents holding it (stems no document holds are left out). */
  docFrequencies(stems: readonly string[]): Map<string, number>;
  /** Drop remembered counts (after this index writes). */
  forgetFrequencies(): void;
  termSeqs(matchExpr: string, limit: number): number[];
  /** True when no other owner has a document (read now, not cached: 0.05 ms through the owner index). */
  onlyOwner(ownerId: string): boolean;
}

/** Most document counts remembered between writes (a few MB at most). */
const MAX_KNOWN = 50_000;

/**
 * Prepared once per index: the statements search runs many times per query
 * (Kysely compiles and prepares every query anew: 0.1–0.3 ms each).
 */
function preparedReads(db: SQLite.Database, table: string, ownerTable: string | null): PreparedReads {
  const total = db.prepare(`select max(id) as n from ${table}_docsize`).pluck();
  const docs = db.prepare(`select docs from ${table}_df where term = ?`).pluck();
  const seqs = db.prepare(`select rowid from ${table} where ${table} match ? order by rowid desc limit ?`).pluck();
  // Two range seeks on the owner index (an `<>` would scan it).
  const other = ownerTable ? db.prepare(`select 1 from ${ownerTable} where owner_id > ? or owner_id < ? limit 1`).pluck() : null;
  // Counts read since this index last wrote (a query has ~60 stems with its synonyms: 0.25 ms to read them all).
  // A write through this index forgets them; a write that then rolls back only leaves weights a little off until the next one.
  const known = new Map<string, number>();
  return {
    total: () => Number(total.get() ?? 0),
    docFrequencies(stems) {
      const df = new Map<string, number>();
      for (const s of stems) {
        let n = known.get(s);
        if (n === undefined) {
          n = Number(docs.get(s) ?? 0);
          if (known.size >= MAX_KNOWN) known.clear();
          known.set(s, n);
        }
        if (n) df.set(s, n);
      }
      return df;
    },
    forgetFrequencies: () => known.clear(),
    termSeqs: (expr, limit) => seqs.all(expr, limit) as number[],
    onlyOwner: (ownerId) => other !== null && other.get(ownerId, ownerId) === undefined,
  };
}
