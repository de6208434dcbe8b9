/**
 * API throughput: answers per second (and latency median/p99) with 16
 * concurrent clients posting 300-word answers to a real server on loopback,
 * on the embedded default (built-in coach, SQLite file).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildApp } from '../src/server/app.js';
import { parseConfig } from '../src/server/config.js';
import type { BenchResult } from './lib.js';

const ANSWER = readFileSync(new URL('./fixtures/answer-300.txt', import.meta.url), 'utf8');

async function setup(url: string): Promise<{ cookie: string; path: string; body: string }> {
  const res = await fetch(`${url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const session = (await res.json()) as { id: string };
  const headers = { 'content-type': 'application/json', cookie };
  const q = await fetch(`${url}/api/sessions/${session.id}/questions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ text: 'Tell me about a time you improved a system under pressure.' }),
  });
  const question = (await q.json()) as { id: string };
  return { cookie, path: `/api/sessions/${session.id}/answers`, body: JSON.stringify({ questionId: question.id, text: ANSWER }) };
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-bench-'));
  const app = await buildApp(parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', COOKIE_SECRET: 'bench-secret-0123456789', RATE_LIMIT_PER_MINUTE: '1000000' }));
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const target = await setup(url);
    const result = await autocannon({
      url: `${url}${target.path}`,
      method: 'POST',
      connections: 16,
      duration: 8,
      headers: { 'content-type': 'application/json', cookie: target.cookie },
      body: target.body,
    });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`bench saw ${result.non2xx} non-2xx and ${result.errors} errors`);
    return [
      {
        name: 'POST /answers, 16 concurrent clients (SQLite, built-in coach)',
        unit: 'ms',
        median: result.latency.p50,
        p99: result.latency.p99,
        extra: { 'answers/s (mean)': Math.round(result.requests.average), total: result.requests.total },
      },
    ];
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
