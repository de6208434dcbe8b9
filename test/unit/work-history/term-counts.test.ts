/**
 * The SQLite index's exact document frequencies (term-counts.ts) must always
 * equal a count from scratch over the stored stories: after adds, duplicate
 * adds, tag edits, deletes, clears, a failed transaction, and the migration's
 * backfill of an existing database.
 */
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFts5Index } from '../../../src/server/services/work-history/fts5-index.js';
import { createWorkHistoryService } from '../../../src/server/services/work-history/service.js';
import { docTerms } from '../../../src/server/services/work-history/term-counts.js';
import type { WorkHistoryService } from '../../../src/server/services/work-history/types.js';
import { up as addTermCountsTable } from '../../../src/server/storage/migrations/006_fts_term_counts.js';
import { openTempStorage, type TempStorage } from '../../fixtures/work-history/storage.js';

let tmp: TempStorage;
let svc: WorkHistoryService;

beforeEach(async () => {
  tmp = await openTempStorage();
  svc = createWorkHistoryService({ storage: tmp.storage, reembedOnStart: false });
});
afterEach(async () => {
  await svc.close();
  await tmp.cleanup();
});

/** term → docs as stored in the counts table. */
async function stored(): Promise<Map<string, number>> {
  const { rows } = await sql<{ term: string; docs: number }>`select term, docs from work_history_fts_df`.execute(tmp.storage.db);
  return new Map(rows.map((r) => [r.term, r.docs]));
}

/** term → docs counted from scratch over the stories table. */
async function recount(): Promise<Map<string, number>> {
  const { rows } = await sql<{ text: string; tags: string }>`select text, tags from work_history_snippets`.execute(tmp.storage.db);
  const out = new Map<string, number>();
  for (const r of rows) for (const t of docTerms(r.text, (JSON.parse(r.tags) as string[]).join(' '))) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

const STORIES = [
  'I reduced the AWS bill by 38% in one quarter by removing idle replicas.',
  'I mentored two junior engineers; both were promoted within a year.',
  'I rolled out single sign-on for our internal tools and cut lockout tickets from 40 a week to 3.',
];

describe('exact document frequencies for the SQLite index', () => {
  it('match a recount after adds, duplicates, tag and text edits, deletes and a clear', async () => {
    const a = [];
    for (const text of STORIES) a.push(...(await svc.add('alice', { text, source: 'note', tags: ['cloud cost'] })).created);
    await svc.add('bob', { text: STORIES[0]!, source: 'note' });
    await svc.add('alice', { text: STORIES[1]!, source: 'note' }); // a duplicate: not stored, not counted
    expect((await stored()).get('bill')).toBe(2);
    expect(await stored()).toEqual(await recount());

    await svc.update('alice', a[0]!.id, { tags: ['mentoring', 'people'] });
    expect(await stored()).toEqual(await recount());
    await svc.update('alice', a[2]!.id, { text: 'I rolled out passkeys for our internal tools.' });
    expect(await stored()).toEqual(await recount());
    expect((await stored()).get('passkei')).toBe(1); // stem of "passkeys"
    await svc.remove('alice', a[0]!.id);
    expect(await stored()).toEqual(await recount());
    await svc.clear('alice');
    const left = await stored();
    expect(left).toEqual(await recount());
    expect(left.get('bill')).toBe(1); // bob's story still holds it
    expect(left.has('mentor')).toBe(false); // no story holds it any more: the row is gone
    expect(left.has('cloud')).toBe(false);
  });

  it('search reads them: a stem no story holds has no frequency, a shared one counts every owner', async () => {
    await svc.add('alice', { text: STORIES[0]!, source: 'note' });
    await svc.add('bob', { text: STORIES[0]!.replace('38%', '12%'), source: 'note' });
    for (const index of [createFts5Index({ sqlite: tmp.storage.sqlite }), createFts5Index()]) {
      const { total, df } = await index.docFrequencies!(tmp.storage.db, ['bill', 'bill', 'kubernet']);
      expect(total).toBe(2);
      expect(df).toEqual(new Map([['bill', 2]]));
    }
  });

  it('roll back with the transaction that wrote them', async () => {
    await svc.add('alice', { text: STORIES[0]!, source: 'note' });
    const before = await stored();
    const index = createFts5Index({ sqlite: tmp.storage.sqlite });
    await expect(
      tmp.storage.db.transaction().execute(async (trx) => {
        await index.index(trx, { seq: 999, ownerId: 'alice', text: 'a brand new story about kubernetes', tags: [] });
        throw new Error('the insert after it failed');
      }),
    ).rejects.toThrow('failed');
    expect(await stored()).toEqual(before);
  });

  it('are backfilled by the migration for stories stored before it', async () => {
    await svc.add('alice', { text: STORIES.join('\n\n'), source: 'note', tags: ['Cloud'] });
    const expected = await recount();
    await sql`drop table work_history_fts_df`.execute(tmp.storage.db);
    await addTermCountsTable(tmp.storage.db as unknown as Kysely<unknown>, 'sqlite');
    expect(await stored()).toEqual(expected);
    expect(expected.get('cloud')).toBe((await svc.list('alice', { limit: 10, offset: 0 })).total); // the tag, on every chunk
  });
});
