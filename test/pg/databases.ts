/**
 * One fresh database per test app on the shared test server. Each is cloned
 * from a template that already has every migration applied (built once by the
 * global setup), so a test app boots in tens of milliseconds and tests never
 * see each other's rows. Names derive from the app's data dir, so a restart
 * test that reopens the same data dir reopens the same database.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

export const TEMPLATE_DB = 'ip_template';

let admin: pg.Pool | undefined;
let adminUrl: string | undefined;

function adminPool(serverUrl: string): pg.Pool {
  if (!admin || adminUrl !== serverUrl) {
    // allowExitOnIdle: an idle admin connection never keeps a test worker alive.
    admin = new pg.Pool({ connectionString: serverUrl, max: 2, idleTimeoutMillis: 1000, allowExitOnIdle: true });
    admin.on('error', () => undefined);
    adminUrl = serverUrl;
  }
  return admin;
}

/** The URL of `database` on the server that `serverUrl` points at. */
export function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A stable, valid database name for a key (e.g. a data dir path). */
export function databaseNameFor(key: string): string {
  return `ip_${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
}

/**
 * Create `name` unless it exists; returns its URL. It is cloned from the migrated
 * template when there is one, unless `empty` asks for a database the app must migrate itself.
 */
export async function ensureDatabase(serverUrl: string, name: string, opts: { empty?: boolean } = {}): Promise<string> {
  const pool = adminPool(serverUrl);
  const { rows } = await pool.query<{ datname: string }>('select datname from pg_database where datname = any($1)', [[name, TEMPLATE_DB]]);
  const names = new Set(rows.map((r) => r.datname));
  if (!names.has(name)) {
    const template = names.has(TEMPLATE_DB) && !opts.empty ? ` template ${TEMPLATE_DB} strategy file_copy` : '';
    await pool.query(`create database ${name}${template}`);
  }
  return withDatabase(serverUrl, name);
}

/**
 * Drop a database. Plain DROP first: the server waits (up to 5 s) for sessions a
 * just-closed pool is still ending, where FORCE would kill them mid-goodbye and
 * make the closing pool report errors. FORCE only for a pool that was never closed.
 */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const pool = adminPool(serverUrl);
  try {
    await pool.query(`drop database if exists ${name}`);
  } catch (err) {
    if ((err as { code?: string }).code !== '55006') throw err;
    await pool.query(`drop database if exists ${name} with (force)`);
  }
}

export async function closeAdmin(): Promise<void> {
  const p = admin;
  admin = undefined;
  await p?.end();
}
