/**
 * Correcting a story on PostgreSQL, with two app instances on one database:
 * an answer another instance is saving during the correction is waited for
 * (the question it answers is kept, its removed words replaced, not removed
 * with the answer), and two corrections of one story at the same moment leave
 * every copy quoting the text that won, none the text in between.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkHistoryService } from '../../src/server/services/work-history/service.js';
import type { WorkHistoryService } from '../../src/server/services/work-history/types.js';
import type { Storage } from '../../src/server/storage/db.js';
import { openPostgres } from '../../src/server/storage/postgres.js';
import { createTempDatabase, type TempPgDatabase } from './storage.js';

const STORY = 'Our AWS bill had grown to $180k a month. I found idle replicas and cut the bill by 40% in one quarter.';
const OWNER = 'owner-carol';
const SESSION = 'carol-session';

let database: TempPgDatabase;
let pools: Storage[];
let services: WorkHistoryService[];

const open = (url: string): Promise<Storage> => openPostgres({ DATABASE_URL: url, DATABASE_POOL_SIZE: 2, DATABASE_STATEMENT_TIMEOUT_MS: 10_000, DATABASE_SSL: false });

beforeEach(async () => {
  database = await createTempDatabase();
  pools = [await open(database.url), await open(database.url)];
  services = pools.map((storage) => createWorkHistoryService({ storage, reembedOnStart: false }));
});
afterEach(async () => {
  for (const s of services) await s.close();
  for (const p of pools) await p.close();
  await database.drop();
});

/** The story, a session, and two unanswered questions on it: the built-in coach's (quoting it whole) and one quoting its middle. */
async function seed(): Promise<string> {
  const db = pools[0]!.db;
  const now = new Date().toISOString();
  const [story] = (await services[0]!.add(OWNER, { text: STORY })).created;
  await db.insertInto('sessions').values({ id: SESSION, owner_id: OWNER, name: 'S', persona: 'helpful', difficulty: 'medium', question_type: 'mixed', voice: null, model: null, created_at: now, updated_at: now }).execute();
  const texts = { whole: `You noted: “${STORY}” Tell me the full story.`, middle: 'Your notes say “idle replicas and cut the bill by 40%”. How did you find them?' };
  const common = { session_id: SESSION, owner_id: OWNER, category: 'resume_deep_dive', competency: 'ownership', rationale: 'From your notes.', source_kind: 'work_history', source_text: STORY, created_at: now, coach_provider: 'builtin', coach_model: null, coach_fallback_reason: null };
  await db.insertInto('questions').values(Object.entries(texts).map(([id, text], i) => ({ ...common, id, text, position: i + 1 }))).execute();
  return story!.id;
}

const questions = () => pools[0]!.db.selectFrom('questions').select(['id', 'text', 'source_text']).where('owner_id', '=', OWNER).orderBy('id').execute();

describe('correcting a story on PostgreSQL', () => {
  it('waits for an answer another instance is saving, and keeps that question', async () => {
    const id = await seed();
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    let inserted!: () => void;
    const insertedNow = new Promise<void>((resolve) => (inserted = resolve));
    // Another instance saves an answer to the middle-quoting question and has not committed yet.
    const answering = pools[1]!.db.transaction().execute(async (trx) => {
      await trx.insertInto('answers').values({ id: 'late', session_id: SESSION, owner_id: OWNER, question_id: 'middle', text: 'My late answer.', source: 'text', duration_seconds: null, created_at: new Date().toISOString() }).execute();
      inserted();
      await held;
    });
    await insertedNow;
    const correcting = services[0]!.correct(OWNER, id, { text: STORY.replace('40%', '14%') });
    await new Promise((r) => setTimeout(r, 300));
    commit();
    await answering;
    expect((await correcting).copies).toEqual({ questionsRewritten: 1, questionsRemoved: 0, questionsRedacted: 1, feedbackRedacted: 0 });
    expect(await questions()).toEqual([
      { id: 'middle', text: 'Your notes say “a story you have since corrected”. How did you find them?', source_text: STORY.replace('40%', '14%') },
      { id: 'whole', text: `You noted: “${STORY.replace('40%', '14%')}” Tell me the full story.`, source_text: STORY.replace('40%', '14%') },
    ]);
    expect(await pools[0]!.db.selectFrom('answers').select('text').where('owner_id', '=', OWNER).execute()).toEqual([{ text: 'My late answer.' }]);
  });

  it('two instances correcting one story at once leave every copy on the text that won', async () => {
    const id = await seed();
    const texts = [STORY.replace('40%', '14%'), STORY.replace('$180k', '$108k')];
    await Promise.all(services.map((s, i) => s.correct(OWNER, id, { text: texts[i]! })));
    const final = (await services[0]!.get(OWNER, id)).text;
    expect(texts).toContain(final);
    // The whole quote follows the story; the middle quote's words survive only when the winner kept them.
    const rows = await questions();
    expect(rows.find((q) => q.id === 'whole')).toEqual({ id: 'whole', text: `You noted: “${final}” Tell me the full story.`, source_text: final });
    expect(rows.map((q) => q.source_text)).toEqual(rows.map(() => final));
  });
});
