/**
 * Recorded audio of spoken answers. One row per answer (deleting the answer,
 * its question or its session deletes the audio); the answer itself never
 * depends on it. Delivery analytics are stored inside the feedback body
 * (`feedback.body.delivery`), so no column is added to answers.
 */
import type { Kysely } from 'kysely';
import { binaryType, floatType, type Dialect } from '../dialect.js';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('answer_audio')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('answer_id', 'text', (c) => c.notNull().unique().references('answers.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('bytes', binaryType(dialect), (c) => c.notNull())
    .addColumn('duration_seconds', floatType(dialect))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // Retention walks an owner's recordings oldest first.
  await db.schema.createIndex('answer_audio_owner_created').on('answer_audio').columns(['owner_id', 'created_at']).execute();
}
