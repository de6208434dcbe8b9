/**
 * A @fastify/rate-limit store that keeps its counters in the database, so
 * several app instances behind a load balancer share one limit per user.
 * Each hit is one atomic upsert (a fixed window per key: the count restarts
 * when the window has ended); expired rows are swept now and then. Times are
 * the instances' clocks in epoch ms — a few seconds of skew only shifts a
 * one-minute window slightly. Works on either dialect; the app uses it on
 * PostgreSQL, where the default in-memory store would count per instance.
 * `continueExceeding` and `exponentialBackoff` are not supported (unused here).
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

// A type alias (not an interface) so Kysely's `withTables<RateLimitTables>()` accepts it.
export type RateLimitTables = {
  rate_limits: { key: string; count: number; reset_at: number };
};

/** What @fastify/rate-limit passes to `child`: the merged options with the route (or `{}` for createRateLimit). */
export interface ChildParams {
  groupId?: string;
  routeInfo?: { method?: string | string[]; url?: string };
}

export type RateLimitDb = Kysely<Database & RateLimitTables>;

export interface DbRateLimitOptions {
  /** Sweep expired rows on about one hit in this many (default 200). */
  sweepEvery?: number;
  now?: () => number;
}

/** Count one hit for `key` in a window of `windowMs`; returns the count and the ms left in the window. */
export async function hit(db: RateLimitDb, key: string, windowMs: number, now: number): Promise<{ current: number; ttl: number }> {
  const row = await db
    .insertInto('rate_limits')
    .values({ key, count: 1, reset_at: now + windowMs })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when rate_limits.reset_at <= ${now} then 1 else rate_limits.count + 1 end`,
        reset_at: sql<number>`case when rate_limits.reset_at <= ${now} then ${now + windowMs} else rate_limits.reset_at end`,
      }),
    )
    .returning(['count', 'reset_at'])
    .executeTakeFirstOrThrow();
  return { current: Number(row.count), ttl: Math.max(0, Number(row.reset_at) - now) };
}

/** Delete windows that ended before `now`. */
export async function sweep(db: RateLimitDb, now: number): Promise<number> {
  const res = await db.deleteFrom('rate_limits').where('reset_at', '<=', now).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/**
 * A store class for `fastify.register(rateLimit, { store: dbRateLimitStore(storage.db) })`.
 * Routes share one table; `child` prefixes keys with the route (or group) so per-route limits stay apart,
 * as the in-memory store keeps one map per child.
 */
export function dbRateLimitStore(db: Kysely<Database>, opts: DbRateLimitOptions = {}): FastifyRateLimitStoreCtor {
  const k = db.withTables<RateLimitTables>();
  const now = opts.now ?? Date.now;
  const sweepEvery = opts.sweepEvery ?? 200;
  // Children without a route or group (createRateLimit) are numbered in creation order,
  // which is the same in every instance because they all run the same registration code.
  let anonymous = 0;
  const make = (prefix: string): FastifyRateLimitStore => ({
    incr(key, callback, timeWindow) {
      const t = now();
      hit(k, prefix + key, timeWindow, t).then(
        (r) => {
          callback(null, r);
          if (Math.random() * sweepEvery < 1) sweep(k, t).catch(() => undefined);
        },
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
      );
    },
    // Typed as route options, but the plugin passes its merged options with `routeInfo`.
    child(options) {
      const params = options as unknown as ChildParams;
      const route = params.routeInfo?.url ? `${[params.routeInfo.method ?? ''].flat().join(',')} ${params.routeInfo.url}` : undefined;
      return make(`${prefix}${params.groupId ?? route ?? `#${++anonymous}`}|`);
    },
  });
  return class {
    constructor() {
      return make('');
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
