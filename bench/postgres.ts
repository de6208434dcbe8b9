/**
 * Answers per second and latency (p50/p99) at 32 concurrent clients for one
 * SQLite instance, one PostgreSQL instance and two PostgreSQL instances (two
 * processes; each client alternates between them, as behind a round-robin
 * load balancer). Every instance is a real server process with the built-in
 * coach; each client is its own user with its own session, posting 300-word
 * answers. Starts and stops its own PostgreSQL (fsync on, like SQLite's
 * synchronous=FULL). Note: clients and servers share this machine's cores.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { percentile, type BenchResult } from './lib.js';
import { closeAdmin, ensureDatabase } from '../test/pg/databases.js';
import { startPostgres } from '../test/pg/pg-server.js';
import { spawnApp, type AppProcess } from '../test/pg/spawn-app.js';

const ANSWER = readFileSync(new URL('./fixtures/answer-300.txt', import.meta.url), 'utf8');
const CLIENTS = 32;
const WARMUP_MS = 2_000;
const DURATION_MS = 10_000;
const COMMON_ENV = { COOKIE_SECRET: 'bench-shared-secret-0123456789', RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' };

interface Target {
  cookie: string;
  path: string;
  body: string;
}

async function setupClient(base: string): Promise<Target> {
  const res = await fetch(`${base}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const session = (await res.json()) as { id: string };
  const q = await fetch(`${base}/api/sessions/${session.id}/questions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ text: 'Tell me about a time you improved a system under pressure.' }),
  });
  const question = (await q.json()) as { id: string };
  return { cookie, path: `/api/sessions/${session.id}/answers`, body: JSON.stringify({ questionId: question.id, text: ANSWER }) };
}

/** Each client loops until `until`, alternating instances; latencies after `measureFrom` are kept. */
async function load(bases: string[], targets: Target[], measureFrom: number, until: number): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    targets.map(async (t, c) => {
      for (let i = c; performance.now() < until; i++) {
        const t0 = performance.now();
        const res = await fetch(bases[i % bases.length]! + t.path, { method: 'POST', headers: { 'content-type': 'application/json', cookie: t.cookie }, body: t.body });
        await res.arrayBuffer();
        if (res.status !== 201) errors++;
        else if (t0 >= measureFrom) latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), errors };
}

async function scenario(name: string, apps: AppProcess[]): Promise<BenchResult> {
  const bases = apps.map((a) => a.url);
  const targets = await Promise.all(Array.from({ length: CLIENTS }, (_, i) => setupClient(bases[i % bases.length]!)));
  const start = performance.now();
  const { latencies, errors } = await load(bases, targets, start + WARMUP_MS, start + WARMUP_MS + DURATION_MS);
  if (errors > 0) throw new Error(`${name}: ${errors} answers failed`);
  return {
    name,
    unit: 'ms',
    median: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    // The 1-minute load average says how much else was running on the machine.
    extra: { 'answers/s': Math.round(latencies.length / (DURATION_MS / 1000)), total: latencies.length, load1: os.loadavg()[0]!.toFixed(1) },
  };
}

async function withApps<T>(envs: Array<Record<string, string>>, fn: (apps: AppProcess[]) => Promise<T>): Promise<T> {
  const apps = await Promise.all(envs.map((env) => spawnApp({ ...COMMON_ENV, ...env })));
  try {
    return await fn(apps);
  } finally {
    await Promise.all(apps.map((a) => a.stop()));
  }
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  results.push(await withApps([{}], (apps) => scenario(`POST /answers, ${CLIENTS} clients, SQLite, 1 instance`, apps)));
  const pg = await startPostgres({ durable: true });
  try {
    const one = await ensureDatabase(pg.url, 'bench_one');
    results.push(await withApps([{ DATABASE_URL: one }], (apps) => scenario(`POST /answers, ${CLIENTS} clients, PostgreSQL, 1 instance`, apps)));
    const two = await ensureDatabase(pg.url, 'bench_two');
    results.push(
      await withApps([{ DATABASE_URL: two }, { DATABASE_URL: two }], (apps) => scenario(`POST /answers, ${CLIENTS} clients, PostgreSQL, 2 instances`, apps)),
    );
  } finally {
    await closeAdmin();
    await pg.stop();
  }
  return results;
}
