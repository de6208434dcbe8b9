/**
 * Shared rate-limit counters (storage/db-rate-limit-store.ts): one row per
 * key (owner or IP, per route) with its count and the end of its window in
 * epoch milliseconds. Several app instances on one PostgreSQL then enforce
 * one limit per user instead of one per instance. Expired rows are swept by
 * the store itself.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limits_reset').on('rate_limits').column('reset_at').execute();
}
