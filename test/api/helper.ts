/**
 * Boots the real app on a temp SQLite file for API tests — or, in the
 * `api-pg` project (or with TEST_DATABASE_URL set), on a fresh PostgreSQL
 * database of its own — and gives a small client that keeps the owner cookie
 * like a browser would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { parseConfig } from '../../src/server/config.js';
import { databaseNameFor, dropDatabase, ensureDatabase } from '../pg/databases.js';

/** The PostgreSQL server the tests run against, or undefined for the SQLite default. */
export function testDatabaseServer(): string | undefined {
  return process.env.TEST_DATABASE_URL || inject('TEST_DATABASE_URL') || undefined;
}

/** What `GET /api/health` reports as `storage` in this run. */
export const EXPECTED_STORAGE: 'sqlite' | 'postgres' = testDatabaseServer() ? 'postgres' : 'sqlite';

export interface TestApp {
  app: FastifyInstance;
  dataDir: string;
  /** A new browser-like client with its own owner cookie. */
  client(): TestClient;
  /** Close the app (keeping the data dir), for restart tests. */
  close(): Promise<void>;
  /** Close and delete the data dir. */
  destroy(): Promise<void>;
}

export interface TestClient {
  cookie: string | undefined;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export function makeClient(app: FastifyInstance): TestClient {
  const client: TestClient = {
    cookie: undefined,
    async request(opts) {
      const headers = { ...(opts.headers ?? {}), ...(client.cookie ? { cookie: client.cookie } : {}) };
      const res = await app.inject({ ...opts, headers });
      const set = res.cookies.find((c) => c.name === 'owner');
      if (set) client.cookie = `owner=${set.value}`;
      return res;
    },
    get: (url) => client.request({ method: 'GET', url }),
    post: (url, payload) => client.request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    patch: (url, payload) => client.request({ method: 'PATCH', url, payload: payload as InjectOptions['payload'] }),
    delete: (url) => client.request({ method: 'DELETE', url }),
  };
  return client;
}

export async function startTestApp(env: Record<string, string> = {}, dataDir?: string): Promise<TestApp> {
  const dir = dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'ip-api-'));
  // On PostgreSQL the data dir names the database, so reopening a data dir reopens its data.
  const server = env.DATABASE_URL ? undefined : testDatabaseServer();
  const database = server ? { DATABASE_URL: await ensureDatabase(server, databaseNameFor(dir)) } : {};
  const config = parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', COOKIE_SECRET: 'test-secret-0123456789abcdef', ...database, ...env });
  const app = await buildApp(config);
  await app.ready();
  return {
    app,
    dataDir: dir,
    client: () => makeClient(app),
    close: () => app.close(),
    destroy: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
      if (server) await dropDatabase(server, databaseNameFor(dir));
    },
  };
}

/** Build a multipart/form-data body by hand (fields first, then one file). */
export function multipart(fields: Record<string, string>, file?: { name: string; filename: string; type: string; bytes: Buffer }) {
  const boundary = `----ipTest${Date.now().toString(16)}`;
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    chunks.push(file.bytes, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
