/**
 * A remembered answer is stored headed by the interviewer's question; search holds the story's own
 * words only (session 10's tester found such stories in the top 5 of 10 of 17 searches, through the
 * job description the question quoted). New stories are indexed that way, and migration 011
 * re-indexes the ones stored before. A real SQLite file.
 */
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFts5Index } from '../../src/server/services/work-history/fts5-index.js';
import { createWorkHistoryService } from '../../src/server/services/work-history/service.js';
import { withQuestion } from '../../src/server/services/work-history/star-note.js';
import type { WorkHistoryService } from '../../src/server/services/work-history/types.js';
import { up as indexStoryBody } from '../../src/server/storage/migrations/011_index_story_body.js';
import { openTempStorage, type TempStorage } from '../fixtures/work-history/storage.js';

const QUESTION = 'This role involves “Gather feedback from learners and stakeholders and iterate”. Tell me about a time you changed a course.';
const ANSWER = 'In 2023 I rebuilt the Year 10 electricity unit around six worked examples, and the pass rate went from 41% to 70%.';
const REMEMBERED = withQuestion(QUESTION, ANSWER);

let tmp: TempStorage;
let db: Kysely<unknown>;
let svc: WorkHistoryService;
beforeEach(async () => {
  tmp = await openTempStorage('story-body-');
  db = tmp.storage.db as unknown as Kysely<unknown>;
  svc = createWorkHistoryService({ storage: tmp.storage, reembedOnStart: false });
});
afterEach(async () => {
  await svc.close();
  await tmp.cleanup();
});

const found = async (q: string): Promise<string[]> => (await svc.search('alice', q, 5)).map((h) => h.snippet.text);
const docs = async (term: string): Promise<number> =>
  (await sql<{ docs: number }>`select docs from work_history_fts_df where term = ${term}`.execute(db)).rows[0]?.docs ?? 0;

describe('a remembered answer is searched by its own words', () => {
  it('is found by what the user said, not by the question it answered; the question stays stored with it', async () => {
    await svc.rememberStory('alice', REMEMBERED, { source: 'answer' });
    expect(await found('electricity unit pass rate')).toHaveLength(1);
    expect((await found('electricity unit'))[0]).toContain('Question: “');
    expect(await found('stakeholders')).toEqual([]);
    expect(await found('gather feedback from learners')).toEqual([]);
  });

  it('migration 011 re-indexes stories stored with the question line, and clears their vectors for re-embedding', async () => {
    const [story] = (await svc.rememberStory('alice', REMEMBERED, { source: 'answer' })).created;
    const seq = Number((await sql<{ seq: number }>`select seq from work_history_snippets where id = ${story!.id}`.execute(db)).rows[0]!.seq);
    // As stories were indexed before: the whole stored text, with a vector made from it.
    const index = createFts5Index({ ownerTable: null });
    await index.remove(db, [seq]);
    const text = (await sql<{ text: string }>`select text from work_history_snippets where seq = ${seq}`.execute(db)).rows[0]!.text;
    await index.index(db, { seq, ownerId: 'alice', text, tags: ['story'] });
    await sql`update work_history_snippets set embedding = ${Buffer.from([1, 2, 3, 4])}, embedding_model = 'old-model' where seq = ${seq}`.execute(db);
    expect(await found('stakeholders')).toHaveLength(1);
    expect(await docs('stakehold')).toBe(1);

    await indexStoryBody(db, 'sqlite');
    expect(await found('stakeholders')).toEqual([]);
    expect(await found('electricity unit')).toHaveLength(1);
    expect(await docs('stakehold')).toBe(0);
    const row = (await sql<{ embedding: unknown; embedding_model: string | null }>`select embedding, embedding_model from work_history_snippets where seq = ${seq}`.execute(db)).rows[0]!;
    expect(row).toEqual({ embedding: null, embedding_model: null });
  });

  it('migration 011 leaves stories without a question line alone', async () => {
    await svc.add('alice', { text: 'Stakeholders signed off the new onboarding course after two pilot runs.', source: 'note' });
    await indexStoryBody(db, 'sqlite');
    expect(await found('stakeholders')).toHaveLength(1);
    expect(await docs('stakehold')).toBe(1);
  });
});
