/**
 * Make sure dist/web holds a build of the current web/ sources. The test command
 * builds first; this only rebuilds when the build is missing or older than a
 * source file, under a directory lock so parallel test processes never serve a
 * half-emptied dist/web.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILT = path.join(ROOT, 'dist', 'web', 'index.html');
const SOURCES = [path.join(ROOT, 'web'), path.join(ROOT, 'src', 'shared'), path.join(ROOT, 'vite.config.ts')];
const LOCK = path.join(os.tmpdir(), 'interview-practice-web-build.lock');

/** Newest modification time (ms) under a file or directory. */
function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when dist/web is missing or older than any front-end source. */
export function webBuildIsStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.some((s) => existsSync(s) && newestMtime(s) > built);
}

async function withLock<T>(fn: () => T): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than two minutes belongs to a crashed process.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${LOCK}`);
      await sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Build the front end if needed (about 3 s). */
export async function ensureWebBuilt(): Promise<void> {
  if (!webBuildIsStale()) return;
  await withLock(() => {
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    const env = { ...process.env, NODE_ENV: 'production' };
    if (webBuildIsStale()) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env });
  });
}
