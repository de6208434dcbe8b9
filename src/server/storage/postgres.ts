/**
 * PostgreSQL storage. Not available yet: the SQLite default is the supported
 * store in this version. Refuse clearly instead of half-working.
 */
import type { Config } from '../config.js';
import { ConfigError } from '../config.js';
import type { Storage } from './db.js';

export async function openPostgres(_config: Config): Promise<Storage> {
  throw new ConfigError('DATABASE_URL is set, but PostgreSQL storage is not available in this version yet. Unset DATABASE_URL to use the embedded SQLite store.');
}
