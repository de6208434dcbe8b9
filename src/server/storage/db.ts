/**
 * Opens the database (SQLite file in DATA_DIR by default) and runs migrations.
 * SQLite runs in WAL mode with synchronous=FULL so an acknowledged write
 * survives `kill -9` and power loss; foreign keys are on so deleting a session
 * removes everything under it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Migration, type MigrationProvider } from 'kysely';
import type { Config } from '../config.js';
import type { Dialect } from './dialect.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';

export interface Storage {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The raw SQLite handle (SQLite only): for FTS5 and other SQLite-specific SQL. */
  sqlite?: SQLite.Database;
  /** A short description for /api/health, e.g. "sqlite" or "postgres". */
  describe(): string;
  /** Cheap round trip to prove the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** PostgreSQL when DATABASE_URL is set (pool, timeout and SSL from config), else the SQLite file in DATA_DIR. */
export async function openStorage(
  config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'> & Partial<Pick<Config, 'DATABASE_POOL_SIZE' | 'DATABASE_STATEMENT_TIMEOUT_MS' | 'DATABASE_SSL'>>,
): Promise<Storage> {
  if (config.DATABASE_URL) {
    // Loaded only when used, so the embedded default never loads `pg`.
    const { openPostgres } = await import('./postgres.js');
    return openPostgres({
      DATABASE_URL: config.DATABASE_URL,
      DATABASE_POOL_SIZE: config.DATABASE_POOL_SIZE ?? 10,
      DATABASE_STATEMENT_TIMEOUT_MS: config.DATABASE_STATEMENT_TIMEOUT_MS ?? 10_000,
      DATABASE_SSL: config.DATABASE_SSL ?? false,
    });
  }
  return openSqlite(path.join(config.DATA_DIR, 'interview-practice.sqlite'));
}

export async function openSqlite(file: string): Promise<Storage> {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db, 'sqlite');
  return {
    db,
    dialect: 'sqlite',
    sqlite,
    describe: () => 'sqlite',
    ping: async () => {
      sqlite.prepare('select 1').get();
    },
    close: () => db.destroy(),
  };
}

/** Run every pending migration; a failure throws (boot stops), never logs-and-continues. */
export async function migrate(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const m of MIGRATIONS) out[m.name] = { up: (k) => m.up(k, dialect) };
      return out;
    },
  };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed`, { cause: error });
  }
}
