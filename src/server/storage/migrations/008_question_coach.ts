/**
 * Which coach wrote each generated question, so the questions panel can say it after the
 * "N questions added" status is gone: the provider ('openai' | 'builtin'), the AI model, and
 * the fallback reason when the built-in coach answered because the AI coach failed. All
 * nullable: questions the user wrote, and those generated before this migration, have no
 * recorded coach (unknown is shown as nothing, never guessed). Plain columns on both
 * dialects; one per statement, as SQLite's ALTER TABLE adds one column at a time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('questions').addColumn('coach_provider', 'text').execute();
  await db.schema.alterTable('questions').addColumn('coach_model', 'text').execute();
  await db.schema.alterTable('questions').addColumn('coach_fallback_reason', 'text').execute();
}
