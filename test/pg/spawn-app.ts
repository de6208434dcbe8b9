/**
 * The real server as a separate process (`node --import tsx src/server/server.ts`),
 * configured only through its environment like an operator would, on a free
 * loopback port. Used by the two-instance test and bench/postgres.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './pg-server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AppProcess {
  url: string;
  pid: number;
  /** What the process wrote to stderr (for failure messages). */
  stderr(): string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Start one instance with `env` (DATABASE_URL, COOKIE_SECRET…) and wait until /api/health answers. */
export async function spawnApp(env: Record<string, string>, opts: { readyTimeoutMs?: number } = {}): Promise<AppProcess> {
  const port = await freePort();
  // Each instance gets its own DATA_DIR: nothing may be shared through a local disk.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ip-instance-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', DATA_DIR: dataDir, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (c: Buffer) => {
    err = (err + c.toString('utf8')).slice(-8000);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The app exited with ${child.exitCode} before it was ready:\n${err}`);
    }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The app did not answer /api/health within the timeout:\n${err}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, pid: child.pid!, stderr: () => err, stop };
}
