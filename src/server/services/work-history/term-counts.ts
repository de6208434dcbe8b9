/**
 * Exact document frequencies for the SQLite index: a plain table
 * `<fts table>_df (term, docs)` counting, for each stem, the documents that
 * contain it (all owners), written in the same transaction as the index so it
 * can never disagree with it. A search then reads a stem's count with one
 * primary-key lookup (a few microseconds) instead of walking its posting list:
 * probing FTS5 for the count of a word seen for the first time cost up to
 * 5 ms at 10k snippets, the slowest part of a new query.
 *
 * Keys are this project's stems (stemTerms), the same ones search looks up.
 * If the stemmer changes, the counts must be rebuilt (a migration).
 */
import { sql, type QueryExecutorProvider } from 'kysely';
import { stemTerms } from '../../text/tokens.js';

/** SQL creating the counts table for an FTS table. */
export function termCountsTableSql(table: string): string {
  return `create table ${table}_df (term text primary key, docs integer not null) without rowid`;
}

/** The distinct stems a document contributes: its text and its tags. */
export function docTerms(text: string, tags: string): string[] {
  return [...new Set(stemTerms(`${text} ${tags}`))];
}

/** SQLite allows a limited number of bound parameters per statement. */
const CHUNK = 400;

/** Count one more document for each of these distinct stems. */
export async function addTermCounts(db: QueryExecutorProvider, table: string, terms: readonly string[]): Promise<void> {
  const t = sql.raw(`${table}_df`);
  for (let i = 0; i < terms.length; i += CHUNK) {
    const values = sql.join(terms.slice(i, i + CHUNK).map((term) => sql`(${term}, 1)`));
    await sql`insert into ${t} (term, docs) values ${values} on conflict (term) do update set docs = docs + 1`.execute(db);
  }
}

/** Count `n` fewer documents for each stem (stem → n); stems no document holds any more are dropped. */
export async function subtractTermCounts(db: QueryExecutorProvider, table: string, counts: ReadonlyMap<string, number>): Promise<void> {
  const t = sql.raw(`${table}_df`);
  // One statement per distinct decrement: removing a whole history mostly subtracts 1.
  const byAmount = new Map<number, string[]>();
  for (const [term, n] of counts) {
    const terms = byAmount.get(n);
    if (terms) terms.push(term);
    else byAmount.set(n, [term]);
  }
  for (const [n, terms] of byAmount) {
    for (let i = 0; i < terms.length; i += CHUNK) {
      const chunk = sql.join(terms.slice(i, i + CHUNK));
      await sql`update ${t} set docs = docs - ${n} where term in (${chunk})`.execute(db);
      await sql`delete from ${t} where term in (${chunk}) and docs <= 0`.execute(db);
    }
  }
}

/** Tally the stems of several documents (stem → how many of them hold it). */
export function tallyTerms(docs: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const terms of docs) for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
