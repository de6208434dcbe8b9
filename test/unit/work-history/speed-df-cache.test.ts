import { describe, expect, it } from 'vitest';
import { createDfCache, type CountSlice, type DfSource } from '../../../src/server/services/work-history/df-cache.js';

const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A source over fake posting lists (rowids), recording every slice asked for. */
function fakeSource(postings: Record<string, number[]>, total = 10_000): DfSource & { slices: Array<{ stem: string; cap: number }> } {
  const slices: Array<{ stem: string; cap: number }> = [];
  return {
    slices,
    total: () => total,
    probe: (s, cap) => Math.min(postings[s]?.length ?? 0, cap),
    countSlice(s, from, cap): CountSlice {
      slices.push({ stem: s, cap });
      const below = (postings[s] ?? []).filter((r) => from === null || r < from).sort((a, b) => b - a);
      const taken = below.slice(0, cap);
      return { n: taken.length, next: taken.length < cap ? null : taken[taken.length - 1]! };
    },
  };
}

describe('df cache refinement in slices', () => {
  it('finishes a capped count one bounded slice per macrotask, then answers exactly', async () => {
    const src = fakeSource({ common: Array.from({ length: 230 }, (_, i) => i + 1), rare: [7, 9] });
    const cache = createDfCache(src, 100);
    expect(cache.lookup(['common', 'rare']).df).toEqual(new Map([['common', 100], ['rare', 2]]));
    expect(src.slices).toEqual([]); // nothing counted on the search's path beyond the probe
    await nextMacrotask();
    expect(src.slices).toHaveLength(1); // one slice, then the event loop is free again
    for (let i = 0; i < 5; i++) await nextMacrotask();
    expect(src.slices.every((s) => s.cap === 100)).toBe(true);
    expect(src.slices).toHaveLength(3); // 100 + 100 + 30
    expect(cache.lookup(['common']).df.get('common')).toBe(230);
  });

  it('gives up quietly when the database has gone away, keeping the capped count', async () => {
    let calls = 0;
    const cache = createDfCache(
      {
        total: () => 1_000,
        probe: (_s, cap) => cap,
        countSlice: () => {
          calls++;
          throw new TypeError('The database connection is not open');
        },
      },
      50,
    );
    cache.lookup(['a', 'b']);
    for (let i = 0; i < 4; i++) await nextMacrotask();
    expect(calls).toBe(1); // no retry storm, no uncaught exception
    expect(cache.lookup(['a']).df.get('a')).toBe(50);
  });
});
