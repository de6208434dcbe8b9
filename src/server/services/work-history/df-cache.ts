/**
 * Document frequencies for the FTS5 index, cached. Counting a term's
 * documents walks its whole posting list (11 ms for a word in every one of
 * 100k documents), too slow to do on every search. So a miss is answered by a
 * bounded probe (count at most `cap` matches): exact for rare terms, "at
 * least cap" for common ones, whose exact count is then finished in the
 * background, one bounded slice (`cap` more postings, well under a
 * millisecond) per macrotask, so a search arriving meanwhile never waits
 * behind a whole count. Entries are dropped once the index has grown or
 * shrunk by more than a tenth, so weights follow the data without a count
 * per query.
 */

/** One slice of a count: documents found, and where the next slice starts (null: the count is complete). */
export interface CountSlice {
  n: number;
  next: number | null;
}

export interface DfSource {
  /** Documents in the index (an estimate is fine). */
  total(): number;
  /** Documents containing the stem, counting no further than `cap`. */
  probe(stem: string, cap: number): number;
  /**
   * Count at most `cap` documents containing the stem, starting at `from`
   * (null: the start); undefined when counting is unavailable right now.
   */
  countSlice?(stem: string, from: number | null, cap: number): CountSlice | undefined;
}

interface Entry {
  df: number;
  /** Index size when counted. */
  at: number;
}

/** A count being finished in the background. */
interface Refining {
  n: number;
  next: number | null;
  at: number;
}

const MAX_ENTRIES = 20_000;
const STALE_RATIO = 0.1;

export interface DfCache {
  lookup(stems: readonly string[]): { total: number; df: Map<string, number> };
}

export function createDfCache(source: DfSource, cap = 2_000): DfCache {
  const cache = new Map<string, Entry>();
  const pending = new Map<string, Refining>();
  let timer: NodeJS.Timeout | null = null;

  const fresh = (e: Entry, total: number): boolean => Math.abs(total - e.at) <= STALE_RATIO * Math.max(e.at, 10);

  /** Count one more slice of the first pending term; reschedule while any remain. */
  function step(): void {
    timer = null;
    const first = pending.entries().next();
    if (first.done) return;
    const [stem, r] = first.value;
    let slice: CountSlice | undefined;
    try {
      slice = source.countSlice!(stem, r.next, cap);
    } catch {
      // The database went away (shutdown) or is busy: capped counts stay as they are.
      pending.clear();
      return;
    }
    if (!slice) return void pending.clear();
    r.n += slice.n;
    r.next = slice.next;
    if (r.next === null) {
      pending.delete(stem);
      cache.set(stem, { df: r.n, at: r.at });
    }
    schedule();
  }

  function schedule(): void {
    if (timer || !pending.size) return;
    timer = setTimeout(step, 0);
    timer.unref();
  }

  /** Finish a capped count later (slice by slice), so a search never waits for it. */
  function refineLater(stem: string, total: number): void {
    if (!source.countSlice || pending.has(stem)) return;
    pending.set(stem, { n: 0, next: null, at: total });
    schedule();
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
        if (n >= cap) refineLater(s, total);
        if (n > 0) df.set(s, n);
      }
      return { total, df };
    },
  };
}
