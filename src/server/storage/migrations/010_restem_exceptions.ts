/**
 * The stemmer gained an exception list (text/stem.ts: "production" no longer
 * shares "product"'s stem). Search keys hold stems, so the ones stored under the
 * old stems are rebuilt: on SQLite the document-frequency table (recounted from
 * every story, as 006 first filled it); on PostgreSQL the tsvector of each story
 * that holds one of the changed words. The FTS5 table itself tokenises with
 * SQLite's own Porter and is unaffected.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { docTerms, tallyTerms } from '../../services/work-history/term-counts.js';
import { createTsvectorIndex } from '../../services/work-history/tsvector-index.js';
import { OVERSTEMMED_WORDS } from '../../text/stem.js';
import type { Dialect } from '../dialect.js';

interface StoryRow {
  seq: number;
  text: string;
  tags: string;
}

const tagsOf = (row: StoryRow): string[] => JSON.parse(row.tags) as string[];

async function recountSqlite(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<StoryRow>`select seq, text, tags from work_history_snippets`.execute(db);
  const counts = [...tallyTerms(rows.map((r) => docTerms(r.text, tagsOf(r).join(' '))))];
  await sql`delete from work_history_fts_df`.execute(db);
  for (let i = 0; i < counts.length; i += 400) {
    const values = sql.join(counts.slice(i, i + 400).map(([term, n]) => sql`(${term}, ${n})`));
    await sql`insert into work_history_fts_df (term, docs) values ${values}`.execute(db);
  }
}

async function revectorPostgres(db: Kysely<unknown>): Promise<void> {
  // Only stories holding a changed word get a new vector; the rest are already right.
  const pattern = `\\m(${OVERSTEMMED_WORDS.join('|')})\\M`;
  const { rows } = await sql<StoryRow>`
    select seq, text, tags::text as tags from work_history_snippets
    where text ~* ${pattern} or tags::text ~* ${pattern}`.execute(db);
  const index = createTsvectorIndex();
  for (const r of rows) await index.index(db, { seq: Number(r.seq), ownerId: '', text: r.text, tags: tagsOf(r) });
}

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'sqlite') await recountSqlite(db);
  else await revectorPostgres(db);
}
