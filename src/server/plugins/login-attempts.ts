/**
 * A small in-memory limiter for login attempts, per client address: after
 * `max` attempts inside `windowMs` every further attempt (right or wrong) is
 * refused until the oldest one ages out, so guessing the password is slow.
 * Kept per process, like the other rate limits (see README: Operations).
 */
export interface LoginAttempts {
  /** Record an attempt; returns seconds to wait when the limit is reached, else 0. */
  hit(key: string, now?: number): number;
  /** Forget a key's attempts (after a successful login). */
  reset(key: string): void;
}

export function createLoginAttempts(opts: { max: number; windowMs: number }): LoginAttempts {
  const seen = new Map<string, number[]>();
  return {
    hit(key, now = Date.now()) {
      const recent = (seen.get(key) ?? []).filter((t) => now - t < opts.windowMs);
      if (recent.length >= opts.max) {
        seen.set(key, recent);
        return Math.max(1, Math.ceil((recent[0]! + opts.windowMs - now) / 1000));
      }
      recent.push(now);
      seen.set(key, recent);
      // Keep the map bounded: drop keys whose attempts have all aged out.
      if (seen.size > 10_000) for (const [k, v] of seen) if (v.every((t) => now - t >= opts.windowMs)) seen.delete(k);
      return 0;
    },
    reset(key) {
      seen.delete(key);
    },
  };
}
