/**
 * The FTS5 speed paths (prepared statements, sole-owner lookups, segment
 * merging) must find exactly what the plain Kysely path finds, and never
 * another owner's snippets.
 */
import type SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { candidatePool } from '../../../src/server/services/work-history/candidates.js';
import { planQuery } from '../../../src/server/services/work-history/expand.js';
import { createFts5Index } from '../../../src/server/services/work-history/fts5-index.js';
import { createFts5Merger } from '../../../src/server/services/work-history/fts5-merge.js';
import type { WorkHistoryDb } from '../../../src/server/services/work-history/repository.js';
import type { SearchIndex } from '../../../src/server/services/work-history/search-index.js';
import { createWorkHistoryService } from '../../../src/server/services/work-history/service.js';
import { stem } from '../../../src/server/text/stem.js';
import { QUERIES, SNIPPETS } from '../../fixtures/work-history/index.js';
import { openTempStorage, type TempStorage } from '../../fixtures/work-history/storage.js';

const ALICE = 'speed-alice';
const BOB = 'speed-bob';
const OPTS = { budget: 1_000, size: 40, ownerShare: 1 };

let tmp: TempStorage;
let sqlite: SQLite.Database;
let db: WorkHistoryDb;

beforeEach(async () => {
  tmp = await openTempStorage('wh-speed-');
  sqlite = tmp.storage.sqlite!;
  db = tmp.storage.db as unknown as WorkHistoryDb;
});
afterEach(async () => {
  await tmp.cleanup();
});

/** Add every fixture snippet for the owner, `perWrite` snippets per transaction (each write adds an FTS5 segment). */
async function load(owner: string, perWrite: number, texts = SNIPPETS.map((s) => s.text)): Promise<void> {
  const svc = createWorkHistoryService({ storage: tmp.storage, reembedOnStart: false });
  for (let i = 0; i < texts.length; i += perWrite) {
    await svc.add(owner, { text: texts.slice(i, i + perWrite).join('\n\n'), source: 'note' });
  }
  await svc.close();
}

const segments = (): number => Number(sqlite.prepare('select count(distinct segid) from work_history_fts_idx').pluck().get());

/** Every query's candidate pool (the first search stage), with the same frequencies for both indexes. */
async function pools(index: SearchIndex, owner: string, statsFrom: SearchIndex): Promise<number[][]> {
  const out: number[][] = [];
  for (const q of QUERIES) {
    const plan = planQuery(q.q);
    const stats = await statsFrom.docFrequencies!(db, plan.terms.flatMap((t) => t.words.map(stem)));
    out.push(await candidatePool({ termSeqs: index.termSeqs!.bind(index) }, db, owner, plan, stats, OPTS));
  }
  return out;
}

describe('FTS5 prepared and sole-owner lookups', () => {
  it('find the same candidates as the Kysely path, alone and beside another owner', async () => {
    await load(ALICE, 25);
    const fast = createFts5Index({ sqlite });
    const plain = createFts5Index();
    const alone = await pools(fast, ALICE, fast);
    expect(alone.flat().length).toBeGreaterThan(QUERIES.length * 5);
    expect(alone).toEqual(await pools(plain, ALICE, fast));
    // Another owner appears (and shifts the frequencies): the owner filter is back on.
    await load(BOB, 1, SNIPPETS.slice(0, 40).map((s) => `${s.text} (Bob's copy)`));
    const shared = await pools(fast, ALICE, fast);
    expect(shared).toEqual(await pools(plain, ALICE, fast));
    const bobSeqs = new Set((sqlite.prepare('select seq from work_history_snippets where owner_id = ?').pluck().all(BOB) as number[]).map(Number));
    expect(bobSeqs.size).toBe(40);
    expect(shared.flat().filter((s) => bobSeqs.has(s))).toEqual([]);
  });

  it("never returns another owner's snippets", async () => {
    await load(ALICE, 50);
    const fast = createFts5Index({ sqlite });
    const term = { words: ['reduced'], expansion: false, weight: 1, concept: 0 };
    expect((await fast.termSeqs!(db, ALICE, term, 100)).length).toBeGreaterThan(0);
    // Bob has no snippets at all (Alice is the sole owner of the index).
    expect(await fast.termSeqs!(db, BOB, term, 100)).toEqual([]);
    await load(BOB, 50, ['I reduced the build time by half.']);
    const bobs = await fast.termSeqs!(db, BOB, term, 100);
    expect(bobs).toHaveLength(1);
    expect(await fast.termSeqs!(db, ALICE, term, 100)).not.toContain(bobs[0]);
  });
});

describe('FTS5 segment merging', () => {
  it('merges small write segments without changing any search result', async () => {
    await load(ALICE, 5);
    const before = segments();
    expect(before).toBeGreaterThan(3);
    const svc = createWorkHistoryService({ storage: tmp.storage, reembedOnStart: false });
    const search = async (): Promise<string[][]> =>
      Promise.all(QUERIES.map(async (q) => (await svc.search(ALICE, q.q, 10)).map((h) => `${h.snippet.id}:${h.score.toFixed(6)}`)));
    const results = await search();
    createFts5Merger(sqlite, 'work_history_fts').mergeAll();
    expect(segments()).toBeLessThan(before);
    expect(segments()).toBeLessThanOrEqual(2);
    expect(await search()).toEqual(results);
    await svc.close();
  });

  it('merges in the background after writes, and stops quietly once the database is closed', async () => {
    await load(ALICE, 5);
    const before = segments();
    await createWorkHistoryService({ storage: tmp.storage, reembedOnStart: false }).add(ALICE, { text: 'One more story about shipping the billing migration.' });
    const deadline = Date.now() + 5_000;
    while (segments() >= before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(segments()).toBeLessThan(before);
    // A write just before closing leaves a merge scheduled: it must not throw once the handle is closed.
    await createWorkHistoryService({ storage: tmp.storage, reembedOnStart: false }).add(ALICE, { text: 'A last story written right before shutdown.' });
    sqlite.close();
    await new Promise((r) => setTimeout(r, 120));
  });
});
