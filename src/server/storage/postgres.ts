/**
 * PostgreSQL storage: the same Kysely schema and migrations as SQLite, over a
 * `pg` pool sized from config. Several app instances may share one database:
 * migrations take Kysely's advisory lock, so instances that start together
 * migrate once. Pool size, statement timeout and SSL come from config.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { migrate, type Storage } from './db.js';
import { describeUrl, poolConfig } from './pg-config.js';
import type { Database } from './schema.js';

export type PostgresConfig = Pick<Config, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'DATABASE_STATEMENT_TIMEOUT_MS' | 'DATABASE_SSL'>;

/** Connection errors worth retrying at boot (the database may still be starting). */
const RETRYABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P03']);

async function waitForDatabase(pool: pg.Pool, attempts: number, delayMs: number): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await pool.query('select 1');
      return;
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (i >= attempts || !RETRYABLE.has(code)) throw err;
      await new Promise((r) => setTimeout(r, delayMs * i));
    }
  }
}

/** Open the pool, wait for the server (briefly), run pending migrations. */
export async function openPostgres(config: PostgresConfig, opts: { connectAttempts?: number } = {}): Promise<Storage> {
  if (!config.DATABASE_URL) throw new Error('openPostgres needs DATABASE_URL');
  const pool = new pg.Pool(poolConfig(config));
  // An idle connection that dies (server restart, network) is dropped by the pool and
  // the next query reconnects; without a listener the 'error' event would crash the process.
  const where = describeUrl(config.DATABASE_URL);
  pool.on('error', (err) => process.emitWarning(`PostgreSQL idle connection to ${where} failed: ${err.message}`));
  try {
    await waitForDatabase(pool, opts.connectAttempts ?? 6, 500);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new Error(`Cannot connect to PostgreSQL at ${where} (DATABASE_URL): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, 'postgres');
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw err;
  }
  return {
    db,
    dialect: 'postgres',
    describe: () => 'postgres',
    ping: async () => {
      await pool.query('select 1');
    },
    close: () => db.destroy(),
  };
}
