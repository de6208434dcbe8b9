/**
 * The database-backed rate-limit store: one count per key across instances
 * (two pools on one PostgreSQL database), windows that restart, sweeping, and
 * @fastify/rate-limit actually using it (429 on the second instance once the
 * first has used the allowance).
 */
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dbRateLimitStore, hit, sweep, type RateLimitTables } from '../../src/server/storage/db-rate-limit-store.js';
import type { Storage } from '../../src/server/storage/db.js';
import { openPostgres } from '../../src/server/storage/postgres.js';
import { createTempDatabase, type TempPgDatabase } from './storage.js';

let db: TempPgDatabase;
let one: Storage;
let two: Storage;
const open = (url: string) => openPostgres({ DATABASE_URL: url, DATABASE_POOL_SIZE: 2, DATABASE_STATEMENT_TIMEOUT_MS: 10_000, DATABASE_SSL: false });
const k = (s: Storage) => s.db.withTables<RateLimitTables>();

beforeEach(async () => {
  db = await createTempDatabase();
  [one, two] = await Promise.all([open(db.url), open(db.url)]);
});
afterEach(async () => {
  await Promise.all([one.close(), two.close()]);
  await db.drop();
});

async function limitedApp(storage: Storage): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(fastifyRateLimit, { global: true, max: 2, timeWindow: 60_000, keyGenerator: () => 'owner-1', store: dbRateLimitStore(storage.db) });
  app.post('/work', async () => ({ ok: true }));
  app.post('/other', { config: { rateLimit: { max: 1, timeWindow: 60_000 } } }, async () => ({ ok: true }));
  await app.ready();
  return app;
}

describe('database rate-limit store', () => {
  it('counts one key across instances, concurrently, without losing a hit', async () => {
    const t = 1_000_000;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => hit(k(i % 2 ? one : two), 'owner-1', 60_000, t)));
    expect(results.map((r) => r.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(results.every((r) => r.ttl === 60_000)).toBe(true);
    expect((await hit(k(one), 'owner-2', 60_000, t)).current).toBe(1);
  });

  it('restarts a window once it has ended and sweeps ended windows', async () => {
    expect(await hit(k(one), 'a', 1000, 10_000)).toEqual({ current: 1, ttl: 1000 });
    expect(await hit(k(two), 'a', 1000, 10_400)).toEqual({ current: 2, ttl: 600 });
    expect(await hit(k(one), 'a', 1000, 11_000)).toEqual({ current: 1, ttl: 1000 });
    await hit(k(one), 'b', 1000, 10_000);
    expect(await sweep(k(two), 11_500)).toBe(1);
    expect(await k(one).selectFrom('rate_limits').select('key').execute()).toEqual([{ key: 'a' }]);
  });

  it('is what @fastify/rate-limit counts with: the second instance refuses once the first used the allowance', async () => {
    const [a, b] = await Promise.all([limitedApp(one), limitedApp(two)]);
    try {
      expect((await a.inject({ method: 'POST', url: '/work' })).statusCode).toBe(200);
      expect((await b.inject({ method: 'POST', url: '/work' })).statusCode).toBe(200);
      const refused = await b.inject({ method: 'POST', url: '/work' });
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // A route with its own limit counts separately from the global one.
      expect((await a.inject({ method: 'POST', url: '/other' })).statusCode).toBe(200);
      expect((await b.inject({ method: 'POST', url: '/other' })).statusCode).toBe(429);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
