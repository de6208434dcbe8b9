/**
 * Exact document frequencies for the SQLite search index
 * (services/work-history/term-counts.ts): a `work_history_fts_df` table, filled
 * here from the stories already stored. From now on the index keeps it in the
 * same transaction as every write. PostgreSQL counts its GIN index instead: a
 * shared counts table there would make every user's import contend on the rows
 * of common words.
 *
 * The backfill uses the app's stemmer, so it counts the same stems search asks
 * for (a migration that depends on app code: if the stemmer changes, a new
 * migration must rebuild the counts).
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { docTerms, tallyTerms, termCountsTableSql } from '../../services/work-history/term-counts.js';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect !== 'sqlite') return;
  // The fts5vocab view 002 created counted frequencies by walking posting lists; nothing reads it now.
  await sql`drop table if exists work_history_fts_vocab`.execute(db);
  await sql.raw(termCountsTableSql('work_history_fts')).execute(db);
  const { rows } = await sql<{ text: string; tags: string }>`select text, tags from work_history_snippets`.execute(db);
  const counts = tallyTerms(rows.map((r) => docTerms(r.text, (JSON.parse(r.tags) as string[]).join(' '))));
  // Inserted once per stem with its final count (the per-document upsert is for live writes).
  const entries = [...counts];
  for (let i = 0; i < entries.length; i += 400) {
    const values = sql.join(entries.slice(i, i + 400).map(([term, n]) => sql`(${term}, ${n})`));
    await sql`insert into work_history_fts_df (term, docs) values ${values}`.execute(db);
  }
}
