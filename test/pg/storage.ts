/**
 * A fresh PostgreSQL Storage for tests in test/pg: its own database on the
 * api-pg project's server (from the template, so migrations are applied),
 * dropped by cleanup().
 */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { openPostgres } from '../../src/server/storage/postgres.js';
import type { Storage } from '../../src/server/storage/db.js';
import { databaseNameFor, dropDatabase, ensureDatabase } from './databases.js';

export interface TempPgDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** The test server's URL (api-pg project), from TEST_DATABASE_URL or the global setup. */
export function pgServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL || inject('TEST_DATABASE_URL');
  if (!url) throw new Error('No test PostgreSQL: run this file in the api-pg project (npx vitest run --project api-pg …).');
  return url;
}

/** A new database (migrated from the template, or `empty` so the app under test migrates it). */
export async function createTempDatabase(opts: { empty?: boolean } = {}): Promise<TempPgDatabase> {
  const server = pgServerUrl();
  const name = databaseNameFor(randomUUID());
  const url = await ensureDatabase(server, name, opts);
  return { url, name, drop: () => dropDatabase(server, name) };
}

export async function openTempPgStorage(poolSize = 4): Promise<{ storage: Storage; cleanup(): Promise<void> }> {
  const db = await createTempDatabase();
  const storage = await openPostgres({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: poolSize, DATABASE_STATEMENT_TIMEOUT_MS: 10_000, DATABASE_SSL: false });
  return {
    storage,
    async cleanup() {
      await storage.close();
      await db.drop();
    },
  };
}
