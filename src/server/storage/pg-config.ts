/**
 * `pg` pool options from the app's config, and the type parsers that make
 * PostgreSQL results look like SQLite's: 64-bit integers (count(*), sum(),
 * bigserial keys) and numerics come back as JS numbers, not strings, so the
 * same service code works on both dialects. Values beyond 2^53 cannot occur
 * here (row counts, token sums, snippet keys).
 */
import pg from 'pg';
import type { Config } from '../config.js';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

const getTypeParser = ((oid: number, format?: 'text' | 'binary') => {
  if ((oid === INT8_OID || oid === NUMERIC_OID) && format !== 'binary') return (value: string) => Number(value);
  return pg.types.getTypeParser(oid, format);
}) as typeof pg.types.getTypeParser;

/** Options for `new pg.Pool(...)`. */
export function poolConfig(config: Pick<Config, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'DATABASE_STATEMENT_TIMEOUT_MS' | 'DATABASE_SSL'>): pg.PoolConfig {
  return {
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_SIZE,
    // A runaway query is cancelled by the server; a transaction left open by a
    // crashed request cannot hold locks for long.
    statement_timeout: config.DATABASE_STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: Math.max(config.DATABASE_STATEMENT_TIMEOUT_MS * 2, 10_000),
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: 'interview-practice',
    // DATABASE_SSL=true: TLS with certificate verification against the system CAs.
    // `sslmode=…` in DATABASE_URL still applies (and wins) for finer control.
    ...(config.DATABASE_SSL ? { ssl: { rejectUnauthorized: true } } : {}),
    types: { getTypeParser },
  };
}

/** host:port/database of a connection URL, never the password (for messages and logs). */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname || '/'}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
