/**
 * Document frequencies for the FTS5 index, cached. FTS5's vocabulary table
 * counts a term by walking its whole posting list (11 ms for a word in every
 * one of 100k documents), too slow to ask on every search. So a miss is
 * answered by a bounded probe (count at most `cap` matches): exact for rare
 * terms, "at least cap" for common ones, whose exact count is then fetched
 * in the background. Entries are dropped once the index has grown or shrunk
 * by more than a tenth, so weights follow the data without a count per query.
 */

export interface DfSource {
  /** Documents in the index (an estimate is fine). */
  total(): number;
  /** Documents containing the stem, counting no further than `cap`. */
  probe(stem: string, cap: number): number;
  /** Exact count (slow for common terms); undefined when unavailable. */
  exact?(stem: string): number | undefined;
}

interface Entry {
  df: number;
  /** Index size when counted. */
  at: number;
}

const MAX_ENTRIES = 20_000;
const STALE_RATIO = 0.1;

export interface DfCache {
  lookup(stems: readonly string[]): { total: number; df: Map<string, number> };
}

export function createDfCache(source: DfSource, cap = 2_000): DfCache {
  const cache = new Map<string, Entry>();
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | null = null;

  const fresh = (e: Entry, total: number): boolean => Math.abs(total - e.at) <= STALE_RATIO * Math.max(e.at, 10);

  /** Refine capped counts one term per macrotask, so a search never waits for more than one. */
  function refineLater(stem: string): void {
    if (!source.exact) return;
    pending.add(stem);
    if (timer) return;
    const step = (): void => {
      const [next] = pending;
      if (next === undefined) return void (timer = null);
      pending.delete(next);
      const df = source.exact!(next);
      if (df !== undefined) cache.set(next, { df, at: source.total() });
      timer = setTimeout(step, 0);
      timer.unref();
    };
    timer = setTimeout(step, 0);
    timer.unref();
  }

  return {
    lookup(stems) {
      const total = source.total();
      const df = new Map<string, number>();
      for (const s of new Set(stems)) {
        const hit = cache.get(s);
        if (hit && fresh(hit, total)) {
          if (hit.df > 0) df.set(s, hit.df);
          continue;
        }
        const n = source.probe(s, cap);
        if (cache.size >= MAX_ENTRIES) cache.clear();
        cache.set(s, { df: n, at: total });
        if (n >= cap) refineLater(s);
        if (n > 0) df.set(s, n);
      }
      return { total, df };
    },
  };
}
