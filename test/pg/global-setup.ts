/**
 * Vitest globalSetup for the `api-pg` project: starts a throwaway PostgreSQL
 * (or uses TEST_DATABASE_URL when the caller points at one), builds a
 * template database with every migration applied, and hands the server URL
 * to the tests through `provide` — never through process.env, which the
 * SQLite `api` project's workers would inherit too.
 */
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/server/storage/postgres.js';
import { closeAdmin, dropDatabase, ensureDatabase, TEMPLATE_DB, withDatabase } from './databases.js';
import { startPostgres, type PgServer } from './pg-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL (database `postgres`) of the test PostgreSQL; test apps create their own databases on it. */
    TEST_DATABASE_URL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  let server: PgServer | undefined;
  const url = external ?? (server = await startPostgres()).url;
  try {
    // Rebuild the template so it always matches the current migrations.
    await dropDatabase(url, TEMPLATE_DB);
    await ensureDatabase(url, TEMPLATE_DB);
    const storage = await openPostgres({
      DATABASE_URL: withDatabase(url, TEMPLATE_DB),
      DATABASE_POOL_SIZE: 1,
      DATABASE_STATEMENT_TIMEOUT_MS: 30_000,
      DATABASE_SSL: false,
    });
    await storage.close();
    await closeAdmin();
  } catch (err) {
    await server?.stop();
    throw err;
  }
  project.provide('TEST_DATABASE_URL', url);
  return async () => {
    await server?.stop();
  };
}
