/**
 * Work-history snippets and, on SQLite, their FTS5 index. The index stores the
 * owner as a hashed token column so a search only walks that owner's postings;
 * the `porter` tokenizer stems both stories and queries (measured against
 * pre-stemmed text in scripts/retrieval-eval.ts). On PostgreSQL the index is a
 * `search tsvector` column beside the text with a GIN index, written by
 * services/work-history/tsvector-index.ts in the same transaction as the row.
 */
import { sql, type Kysely } from 'kysely';
import { binaryType, type Dialect } from '../dialect.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('work_history_snippets')
    .addColumn('seq', dialect === 'sqlite' ? 'integer' : 'bigserial', (c) =>
      dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('session_id', 'text', (c) => c.references('sessions.id').onDelete('set null'))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('embedding', binaryType(dialect))
    .addColumn('embedding_model', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('work_history_owner_hash')
    .on('work_history_snippets')
    .columns(['owner_id', 'content_hash'])
    .unique()
    .execute();
  await db.schema
    .createIndex('work_history_owner_created')
    .on('work_history_snippets')
    .columns(['owner_id', 'created_at'])
    .execute();
  if (dialect === 'sqlite') {
    await sql`create virtual table work_history_fts using fts5(owner, text, tags, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
    // Document frequency per stemmed term (all owners): weights rare ideas above common ones.
    await sql`create virtual table work_history_fts_vocab using fts5vocab(work_history_fts, 'row')`.execute(db);
  } else {
    await sql`alter table work_history_snippets add column search tsvector`.execute(db);
    await sql`create index work_history_search on work_history_snippets using gin (search)`.execute(db);
  }
}
