/**
 * The real server as a child process (`node --import tsx src/server/server.ts`)
 * on a given DATA_DIR — and, in the api-pg project, its own PostgreSQL
 * database — for tests that kill, restart or signal the process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { databaseNameFor, dropDatabase, ensureDatabase } from '../pg/databases.js';
import { testDatabaseServer } from './helper.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ChildServer {
  url: string;
  port: number;
  proc: ChildProcess;
  /** Resolves with the exit code (or the signal name) when the process ends. */
  exited: Promise<number | string>;
  /** Everything the process wrote to stderr (for failure messages). */
  stderr(): string;
}

/** A TCP port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A data dir (and database, on PostgreSQL) that outlives one process; `cleanup` removes both. */
export async function makeDataDir(): Promise<{ dataDir: string; env: Record<string, string>; cleanup: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ip-child-'));
  const server = testDatabaseServer();
  const env: Record<string, string> = server ? { DATABASE_URL: await ensureDatabase(server, databaseNameFor(dataDir)) } : {};
  return {
    dataDir,
    env,
    cleanup: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (server) await dropDatabase(server, databaseNameFor(dataDir));
    },
  };
}

/** Start the server and wait until GET /api/health answers 200 (or throw after `timeoutMs`). */
export async function startChild(dataDir: string, env: Record<string, string> = {}, timeoutMs = 20_000): Promise<ChildServer> {
  const port = await freePort();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  proc.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | string>((resolve) => proc.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited early (${proc.exitCode}): ${err}`);
    try {
      if ((await fetch(`${url}/api/health`)).status === 200) return { url, port, proc, exited, stderr: () => err };
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  proc.kill('SIGKILL');
  throw new Error(`server did not become healthy in ${timeoutMs} ms: ${err}`);
}

export interface HttpClient {
  /** Server base URL; change it after a restart on another port (the cookie stays). */
  base: string;
  cookie: string | undefined;
  send(method: string, url: string, body?: unknown): Promise<Response>;
}

/** A minimal cookie-keeping HTTP client for a child server (the owner cookie only). */
export function httpClient(base: string): HttpClient {
  const client: HttpClient = {
    base,
    cookie: undefined,
    async send(method, url, body) {
      const headers: Record<string, string> = {};
      if (client.cookie) headers.cookie = client.cookie;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${client.base}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const set = res.headers.getSetCookie().find((c) => c.startsWith('owner='));
      if (set) client.cookie = set.split(';')[0];
      return res;
    },
  };
  return client;
}
