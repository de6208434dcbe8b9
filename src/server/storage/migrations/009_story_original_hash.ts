/**
 * A corrected story remembers the content hash of the text it had before its
 * first correction (`original_hash`), so re-importing the file it came from does
 * not bring the uncorrected text back beside the correction: the import skips a
 * chunk whose hash is a story's current hash or its original one. Null for
 * stories never corrected (and for every story stored before this migration).
 * A plain nullable column and an (owner, original_hash) index, the same on both
 * dialects; one statement each, as SQLite's ALTER TABLE adds one column at a time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('work_history_snippets').addColumn('original_hash', 'text').execute();
  await db.schema.createIndex('work_history_owner_original').on('work_history_snippets').columns(['owner_id', 'original_hash']).execute();
}
