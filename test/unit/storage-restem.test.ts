/**
 * Migration 010: the stemmer's exception list ("production" is not "product")
 * changes search keys, so the document-frequency table is recounted from the
 * stories; and search then tells a production incident from a product page.
 * A real SQLite file.
 */
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkHistoryService } from '../../src/server/services/work-history/service.js';
import type { WorkHistoryService } from '../../src/server/services/work-history/types.js';
import { up as restem } from '../../src/server/storage/migrations/010_restem_exceptions.js';
import { openTempStorage, type TempStorage } from '../fixtures/work-history/storage.js';

const PRODUCT = 'After an incident with our product pages, I rebuilt their caching layer and cut database load by 70%.';
const PRODUCTION = 'I was on call when production went down at 2am; I rolled back the deploy and wrote the postmortem.';

let tmp: TempStorage;
let db: Kysely<unknown>;
let svc: WorkHistoryService;
beforeEach(async () => {
  tmp = await openTempStorage('restem-');
  db = tmp.storage.db as unknown as Kysely<unknown>;
  svc = createWorkHistoryService({ storage: tmp.storage, reembedOnStart: false });
  await svc.add('alice', { text: PRODUCT, source: 'note' });
  await svc.add('alice', { text: PRODUCTION, source: 'note' });
});
afterEach(async () => {
  await svc.close();
  await tmp.cleanup();
});

const docs = async (term: string): Promise<number | undefined> =>
  (await sql<{ docs: number }>`select docs from work_history_fts_df where term = ${term}`.execute(db)).rows[0]?.docs;

describe('migration 010: re-stem search keys', () => {
  it('recounts frequencies stored under the old stems', async () => {
    // As the old stemmer left them: "production" counted under "product".
    await sql`delete from work_history_fts_df where term = 'production'`.execute(db);
    await sql`update work_history_fts_df set docs = 2 where term = 'product'`.execute(db);
    await restem(db, 'sqlite');
    expect(await docs('production')).toBe(1);
    expect(await docs('product')).toBe(1);
    expect(await docs('roll')).toBe(1);
  });

  it('ranks the production story first for a production incident, the product story for product pages', async () => {
    const first = async (q: string) => (await svc.search('alice', q, 2))[0]?.snippet.text;
    expect(await first('production incident')).toBe(PRODUCTION);
    expect(await first('product pages')).toBe(PRODUCT);
  });
});
