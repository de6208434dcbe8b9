/**
 * What the server's logs carry, read from the real process: the server runs
 * as an operator starts it (`node --import tsx src/server/server.ts`, JSON
 * lines on stdout, LOG_LEVEL=trace so every line is written) and the test
 * reads what it printed while serving requests over HTTP. In the api-pg
 * project the process gets its own PostgreSQL database, as the other API tests do.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashOwner } from '../../src/server/context.js';
import { databaseNameFor, dropDatabase, ensureDatabase } from '../pg/databases.js';
import { EXPECTED_STORAGE, testDatabaseServer } from './helper.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
type LogLine = Record<string, unknown> & { msg?: string; reqId?: string };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let child: ChildProcess;
let dataDir: string;
const pgServer = testDatabaseServer();
let base: string;
let cookie = '';
const lines: LogLine[] = [];
let raw = '';

async function waitFor(check: () => boolean, what: string, ms = 45_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; log so far:\n${raw.slice(-2000)}`);
    await sleep(50);
  }
}

async function call(method: string, url: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { origin: base };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  const res = await fetch(base + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const set = res.headers.get('set-cookie');
  if (set) cookie = set.split(';')[0]!;
  return res;
}

const isCompletion = (l: LogLine) => 'statusCode' in l || 'res' in l;

/**
 * The lines of one request, found by the `x-request-id` header the server
 * sends back: it waits for that request's completion line, so a line another
 * request writes late can neither end the wait early nor land in the result.
 */
async function linesDuring(fn: () => Promise<Response>): Promise<LogLine[]> {
  const res = await fn();
  await res.arrayBuffer();
  const id = res.headers.get('x-request-id');
  expect(id).toEqual(expect.any(String));
  await waitFor(() => lines.some((l) => l.reqId === id && isCompletion(l)), 'the request completion line', 5_000);
  return lines.filter((l) => l.reqId === id);
}

/** The owner id inside the signed `owner` cookie (`<uuid>.<signature>`). */
function ownerId(): string {
  const value = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
  return value.slice(0, value.lastIndexOf('.'));
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'ip-logging-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const database = pgServer ? { DATABASE_URL: await ensureDatabase(pgServer, databaseNameFor(dataDir)) } : {};
  child = spawn(process.execPath, ['--import', 'tsx', 'src/server/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'trace', LOG_PRIVATE_TEXT: 'false', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', COOKIE_SECRET: 'logging-test-secret-0123456789', ...database },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    raw += chunk.toString();
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const part of parts) if (part.trim()) lines.push(JSON.parse(part) as LogLine);
  });
  child.stderr!.on('data', (chunk: Buffer) => (raw += chunk.toString()));
  await waitFor(() => lines.some((l) => l.msg === 'server_ready'), 'server_ready');
}, 60_000);

afterAll(async () => {
  if (child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  rmSync(dataDir, { recursive: true, force: true });
  if (pgServer) await dropDatabase(pgServer, databaseNameFor(dataDir));
});

describe('startup logs', () => {
  it('announce the server with the storage it opened, as a JSON line', () => {
    expect(lines.find((l) => l.msg === 'server_ready')).toMatchObject({ level: 30, storage: EXPECTED_STORAGE, coach: 'builtin' });
  });
});

describe('request logs', () => {
  const SECRET = 'zebra-quokka-7731 I rewrote the billing pipeline and disputes fell by 38 percent';
  let sessionId: string;

  beforeAll(async () => {
    sessionId = ((await (await call('POST', '/api/sessions', { name: 'Logging check' })).json()) as { id: string }).id;
    const q = (await (await call('POST', `/api/sessions/${sessionId}/questions`, { text: 'Tell me about a time you failed.' })).json()) as { id: string };
    expect((await call('POST', `/api/sessions/${sessionId}/answers`, { questionId: q.id, text: SECRET })).status).toBe(201);
    // The same text on a request that fails validation goes through the error path.
    expect((await call('POST', `/api/sessions/${sessionId}/answers`, { questionId: 'no-such-question', text: SECRET })).status).toBeGreaterThanOrEqual(400);
  });

  it('tags every line of GET /api/sessions/:id with one reqId, and the lines after routing with ownerHash and sessionId', async () => {
    const during = await linesDuring(() => call('GET', `/api/sessions/${sessionId}`));
    expect(during.find(isCompletion)).toMatchObject({ route: '/api/sessions/:id', statusCode: 200 });
    const afterRouting = during.filter((l) => l.msg !== 'incoming request');
    expect(afterRouting.length).toBeGreaterThanOrEqual(1);
    for (const line of afterRouting) expect(line).toMatchObject({ ownerHash: hashOwner(ownerId()), sessionId });
  });

  // Known gap, fixed by the ContextLogController change described in docs/logging.md:
  // Fastify writes "incoming request" before any hook has read the owner cookie.
  it('tags every line, including the first, with ownerHash and sessionId', async () => {
    const during = await linesDuring(() => call('GET', `/api/sessions/${sessionId}`));
    for (const line of during) expect(line).toMatchObject({ ownerHash: hashOwner(ownerId()), sessionId });
  });

  it('never writes a posted answer text, on success or on a rejected request', () => {
    expect(lines.length).toBeGreaterThan(4);
    expect(raw).not.toContain('zebra-quokka-7731');
  });

  // Same gap: "incoming request" logs req.url with its query string.
  it('never writes a work-history search query', async () => {
    await linesDuring(() => call('GET', `/api/work-history/search?q=${encodeURIComponent('walrus-nebula-4410 mentoring')}`));
    expect(raw).not.toContain('walrus-nebula-4410');
  });
});
