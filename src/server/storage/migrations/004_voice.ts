/**
 * The realtime voice transcript: one row per completed conversation item
 * (the coach's spoken turns and the candidate's transcribed turns). `item_id`
 * is the realtime API's item id, unique per session, so a browser that retries
 * a save (or reconnects and resends) never duplicates a line.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('voice_transcript')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text')
    // Where the item sits in the conversation (client clock, ISO-8601): the primary sort key.
    .addColumn('at', 'text', (c) => c.notNull())
    // Tie-break for items with the same `at`: the order the client reported them in.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('voice_transcript_session_item', ['session_id', 'item_id'])
    .execute();
  await db.schema.createIndex('voice_transcript_order').on('voice_transcript').columns(['session_id', 'at', 'seq']).execute();
}
