/**
 * A throwaway PostgreSQL server for tests and benches: `initdb` into a temp
 * dir, `pg_ctl start` on a free loopback port (its unix socket in the same
 * dir), torn down by `stop()` — or at process exit if a run dies first.
 * Uses Debian's binaries (/usr/lib/postgresql/<v>/bin, package `postgresql`).
 * initdb refuses to run as root, so as root the server runs as the `postgres`
 * OS user that the Debian package creates.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PgServer {
  /** postgres://postgres@127.0.0.1:<port>/postgres (trust auth on loopback). */
  url: string;
  port: number;
  dir: string;
  /** URL of another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface PgServerOptions {
  /**
   * Keep fsync and synchronous commit on (bench: compare like with like against
   * SQLite's synchronous=FULL). Tests turn them off: the data is thrown away.
   */
  durable?: boolean;
}

/** The newest installed PostgreSQL bin dir, or a message saying how to install one. */
export function findPgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL is not installed: apt-get install postgresql (./test.sh does this as root).');
  return path.join(root, newest, 'bin');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a PostgreSQL binary as the right user: `postgres` when we are root, else ourselves. */
function asServerUser(bin: string): { cmd: string; prefix: string[]; uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return { cmd: bin, prefix: [] };
  let uid: number, gid: number;
  try {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  } catch {
    throw new Error('Running as root needs the `postgres` OS user (created by Debian\'s postgresql package).');
  }
  return { cmd: 'runuser', prefix: ['-u', 'postgres', '--', bin], uid, gid };
}

export async function startPostgres(opts: PgServerOptions = {}): Promise<PgServer> {
  const bin = findPgBin();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-pg-'));
  const data = path.join(dir, 'data');
  const initdb = asServerUser(path.join(bin, 'initdb'));
  const pgCtl = asServerUser(path.join(bin, 'pg_ctl'));
  if (initdb.uid !== undefined) chownSync(dir, initdb.uid, initdb.gid!);
  const exec = (u: typeof initdb, args: string[]) => run(u.cmd, [...u.prefix, ...args], { cwd: dir, timeout: 60_000 });
  try {
    await exec(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses='127.0.0.1'",
      '-c max_connections=200',
      ...(opts.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    ].join(' ');
    await exec(pgCtl, ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start']);
    let stopped = false;
    const stopSync = () => {
      if (stopped) return;
      stopped = true;
      try {
        execFileSync(pgCtl.cmd, [...pgCtl.prefix, '-D', data, '-m', 'immediate', '-w', 'stop'], { stdio: 'ignore', timeout: 30_000 });
      } catch {
        // Already gone.
      }
      rmSync(dir, { recursive: true, force: true });
    };
    // A run that dies (Ctrl-C, crash) must not leave a server behind.
    process.once('exit', stopSync);
    const urlFor = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
    return {
      url: urlFor('postgres'),
      port,
      dir,
      urlFor,
      stop: async () => {
        process.removeListener('exit', stopSync);
        stopSync();
      },
    };
  } catch (err) {
    const log = path.join(dir, 'server.log');
    const tail = existsSync(log) ? `\n${readFileSync(log, 'utf8').slice(-2000)}` : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Could not start a test PostgreSQL: ${err instanceof Error ? err.message : String(err)}${tail}`, { cause: err });
  }
}
