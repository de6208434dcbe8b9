/**
 * Background segment merging for the FTS5 index. Every write transaction adds
 * a segment, and FTS5 only merges a level once it holds four (`automerge`),
 * so a grown index keeps 7–10 segments; every term lookup walks each of them,
 * which doubled the candidate stage of a search at 10k snippets (2.5 → 5.4 ms
 * CPU). After writes, idle time merges segments of similar size (`usermerge`
 * 2, amortised O(log n) rewriting, unlike 'optimize' which rewrites the whole
 * index after every import: 0.9–2 s at 100k) in small slices, one per
 * macrotask, so a search waits for at most one slice (a few ms). Merging
 * never changes what the index contains, only how it is laid out: it is
 * best-effort, and a failed slice just ends the round until the next write.
 */
import type SQLite from 'better-sqlite3';

/** Leaf pages written per slice: about 3 ms of CPU (100 pages took up to 26 ms on this machine). */
const SLICE_PAGES = 16;
/** Wait after a write before merging, so a burst of writes (one import) is merged once. */
const DELAY_MS = 50;
/** FTS5 keeps the index structure record under this id in the %_data table. */
const STRUCTURE_ID = 10;

export interface Fts5Merger {
  /** Note a write: merging starts a little later, off the request path. */
  schedule(): void;
  /** Merge until no level holds two segments (synchronous: bulk loads, tests, benches). */
  mergeAll(): void;
}

export function createFts5Merger(db: SQLite.Database, table: string): Fts5Merger {
  const structure = db.prepare(`select block from ${table}_data where id = ${STRUCTURE_ID}`).pluck();
  const merge = db.prepare(`insert into ${table}(${table}, rank) values('merge', ?)`);
  let configured = false;
  let timer: NodeJS.Timeout | null = null;

  /** One slice of merging; true when there may be more to do. */
  function slice(pages: number): boolean {
    if (!configured) {
      db.prepare(`insert into ${table}(${table}, rank) values('usermerge', 2)`).run();
      configured = true;
    }
    const before = structure.get() as Buffer | undefined;
    merge.run(pages);
    const after = structure.get() as Buffer | undefined;
    // FTS5 rewrites the structure record only when it merged something.
    return !(before && after && before.equals(after));
  }

  function later(ms: number): void {
    if (timer) return;
    timer = setTimeout(run, ms);
    timer.unref();
  }

  function run(): void {
    timer = null;
    if (!db.open) return;
    // A write here would join the caller's open transaction: wait for it to end.
    if (db.inTransaction) return later(DELAY_MS);
    let more: boolean;
    try {
      more = slice(SLICE_PAGES);
    } catch {
      return; // busy or closing: the layout stays as it is until the next write
    }
    if (more) later(0);
  }

  return {
    schedule: () => later(DELAY_MS),
    mergeAll() {
      while (slice(1_000));
    },
  };
}
