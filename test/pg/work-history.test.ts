/**
 * Work history on PostgreSQL: the tsvector index is chosen by dialect, kept
 * in step with the rows, scoped to the owner, hybrid with stored vectors, and
 * ranks the retrieval fixture about as well as the SQLite FTS5/BM25 path.
 */
import { sql, type Kysely } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeExtractionPool } from '../../src/server/documents/extract.js';
import { createOpenAIEmbeddings, decodeVector } from '../../src/server/services/work-history/embeddings.js';
import { planQuery } from '../../src/server/services/work-history/expand.js';
import type { WorkHistoryDb } from '../../src/server/services/work-history/repository.js';
import { rank } from '../../src/server/services/work-history/search.js';
import { createWorkHistoryService } from '../../src/server/services/work-history/service.js';
import { createTsvectorIndex } from '../../src/server/services/work-history/tsvector-index.js';
import type { WorkHistoryService } from '../../src/server/services/work-history/types.js';
import type { Storage } from '../../src/server/storage/db.js';
import { METHODS, runRetrievalEval } from '../fixtures/work-history/eval.js';
import { startFakeEmbeddingServer } from '../fixtures/work-history/fake-embeddings.js';
import { QUERIES, SNIPPETS } from '../fixtures/work-history/index.js';
import { up as restem } from '../../src/server/storage/migrations/010_restem_exceptions.js';
import { up as indexStoryBody } from '../../src/server/storage/migrations/011_index_story_body.js';
import { withQuestion } from '../../src/server/services/work-history/star-note.js';
import { openPostgres } from '../../src/server/storage/postgres.js';
import { withDatabase } from './databases.js';
import { openTempPgStorage, pgServerUrl } from './storage.js';

const AWS = 'Our AWS bill had grown to $180k a month. I found idle replicas and reduced the bill by 38% in one quarter.';
const SSO = 'I rolled out single sign-on with Okta for internal tools, replacing eleven passwords.';
const ALICE = 'owner-alice';
const BOB = 'owner-bob';

let tmp: { storage: Storage; cleanup(): Promise<void> };
let svc: WorkHistoryService;

async function counts(): Promise<{ rows: number; indexed: number }> {
  const { rows } = await sql<{ rows: number; indexed: number }>`
    select count(*) as rows, count(search) as indexed from work_history_snippets`.execute(tmp.storage.db);
  return rows[0]!;
}

beforeEach(async () => {
  tmp = await openTempPgStorage();
  svc = createWorkHistoryService({ storage: tmp.storage, reembedOnStart: false });
});
afterEach(async () => {
  await svc.close();
  await tmp.cleanup();
});
afterAll(() => closeExtractionPool());

describe('work history on PostgreSQL', () => {
  it('adds, finds by stem and tag, retags, corrects, lists with a filter and removes, keeping the index in step', async () => {
    const [aws] = (await svc.add(ALICE, { text: AWS, tags: ['Kestrel'] })).created;
    await svc.add(ALICE, { text: SSO });
    expect(await counts()).toEqual({ rows: 2, indexed: 2 });

    // "reducing" matches "reduced" through the shared stemmer; a tag is searchable too.
    expect((await svc.search(ALICE, 'reducing the bill'))[0]?.snippet.id).toBe(aws!.id);
    expect((await svc.search(ALICE, 'kestrel'))[0]?.snippet.id).toBe(aws!.id);
    const hit = (await svc.search(ALICE, 'okta'))[0]!;
    expect(hit.highlight.some((h) => h.match && h.text.toLowerCase() === 'okta')).toBe(true);

    // Term lookups (candidate gathering): a phrase needs adjacent words, and only the owner's rows count.
    const index = createTsvectorIndex();
    const term = (words: string[]) => ({ words, expansion: false, weight: 1, concept: 0 });
    expect(await index.termSeqs!(tmp.storage.db, ALICE, term(['reduced', 'the', 'bill']), 10)).toHaveLength(1);
    expect(await index.termSeqs!(tmp.storage.db, ALICE, term(['bill', 'reduced']), 10)).toEqual([]);
    expect(await index.termSeqs!(tmp.storage.db, BOB, term(['bill']), 10)).toEqual([]);

    await svc.update(ALICE, aws!.id, { tags: ['finops'] });
    expect((await svc.search(ALICE, 'finops'))[0]?.snippet.id).toBe(aws!.id);
    expect(await svc.search(ALICE, 'kestrel')).toEqual([]);

    // Correcting the words re-indexes them in the same transaction; a copy of another story is refused.
    await svc.update(ALICE, aws!.id, { text: AWS.replace('idle replicas', 'orphaned snapshots') });
    expect((await svc.search(ALICE, 'orphaned snapshots'))[0]?.snippet.id).toBe(aws!.id);
    expect(await svc.search(ALICE, 'replicas')).toEqual([]);
    await expect(svc.update(ALICE, aws!.id, { text: SSO })).rejects.toMatchObject({ code: 'conflict' });
    expect(await counts()).toEqual({ rows: 2, indexed: 2 });

    // list ?q= requires every word: "bill quarter" matches one, "bill okta" none.
    expect(await svc.list(ALICE, { limit: 10, offset: 0, q: 'bill quarter' })).toMatchObject({ total: 1, items: [{ id: aws!.id }] });
    expect(await svc.list(ALICE, { limit: 10, offset: 0, q: 'bill okta' })).toEqual({ items: [], total: 0 });

    await svc.remove(ALICE, aws!.id);
    expect(await counts()).toEqual({ rows: 1, indexed: 1 });
    expect((await svc.clear(ALICE)).deleted).toBe(1);
    expect(await counts()).toEqual({ rows: 0, indexed: 0 });
  });

  it("never returns another owner's snippets", async () => {
    await svc.add(ALICE, { text: AWS });
    expect(await svc.search(BOB, 'AWS bill replicas')).toEqual([]);
    expect(await svc.list(BOB, { limit: 10, offset: 0, q: 'bill' })).toEqual({ items: [], total: 0 });
    await svc.add(BOB, { text: AWS });
    expect((await svc.search(BOB, 'AWS bill')).map((h) => h.snippet.ownerId)).toEqual([BOB]);
  });

  it('forgets a deleted story in the owner’s questions and feedback, not in another owner’s (issue #5)', async () => {
    const db = tmp.storage.db;
    const aliceStory = await seedStoryQuestions(ALICE);
    await seedStoryQuestions(BOB);
    const bobBefore = await db.selectFrom('questions').select(['id', 'text', 'source_text']).where('owner_id', '=', BOB).orderBy('id').execute();

    expect(await svc.remove(ALICE, aliceStory)).toEqual({ deleted: 1, questionsRemoved: 1, questionsRedacted: 1, feedbackRedacted: 1 });
    expect(await db.selectFrom('questions').select(['id', 'text', 'source_text']).where('owner_id', '=', ALICE).execute()).toEqual([
      { id: `${ALICE}-q1`, text: 'You noted: “a story you have since deleted” Tell me the full story.', source_text: '' },
    ]);
    const feedback = await db.selectFrom('feedback').select('body').where('owner_id', '=', ALICE).executeTakeFirstOrThrow();
    expect(JSON.parse(feedback.body)).toEqual({ overall: 2, summary: 'Thin.', improvements: ['Name the system.'], basedOn: [] });
    expect(await db.selectFrom('answers').select('text').where('owner_id', '=', ALICE).execute()).toEqual([{ text: 'I tidied up our cloud spend.' }]);
    expect(await db.selectFrom('questions').select(['id', 'text', 'source_text']).where('owner_id', '=', BOB).orderBy('id').execute()).toEqual(bobBefore);
  });

  it('never removes a question (and its answer with it) that another instance is answering during the delete', async () => {
    const story = await seedStoryQuestions(ALICE);
    const other = await openTempPgStorageOn(tmp.storage);
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    let inserted!: () => void;
    const insertedNow = new Promise<void>((resolve) => (inserted = resolve));
    try {
      // Another instance saves an answer to the unanswered question and has not committed yet.
      const answering = other.db.transaction().execute(async (trx) => {
        await trx.insertInto('answers').values({ id: 'late', session_id: `${ALICE}-s`, owner_id: ALICE, question_id: `${ALICE}-q2`, text: 'My late answer.', source: 'text', duration_seconds: null, created_at: new Date().toISOString() }).execute();
        inserted();
        await held;
      });
      await insertedNow;
      const removing = svc.remove(ALICE, story);
      await new Promise((r) => setTimeout(r, 300));
      commit();
      await answering;
      expect(await removing).toEqual({ deleted: 1, questionsRemoved: 0, questionsRedacted: 2, feedbackRedacted: 1 });
      expect((await tmp.storage.db.selectFrom('answers').select('text').where('owner_id', '=', ALICE).orderBy('text').execute()).map((r) => r.text)).toEqual(['I tidied up our cloud spend.', 'My late answer.']);
    } finally {
      await other.close();
    }
  });

  it('stores a text once per owner even when two instances add it at the same moment', async () => {
    const other = await openTempPgStorageOn(tmp.storage);
    const svc2 = createWorkHistoryService({ storage: other, reembedOnStart: false });
    try {
      const results = await Promise.all([svc.add(ALICE, { text: SSO }), svc2.add(ALICE, { text: SSO }), svc.add(ALICE, { text: SSO })]);
      expect(results.reduce((n, r) => n + r.created.length, 0)).toBe(1);
      expect(await counts()).toEqual({ rows: 1, indexed: 1 });
    } finally {
      await svc2.close();
      await other.close();
    }
  });

  it('keeps embeddings beside the snippet (bytea) and fuses them with full text', async () => {
    const fake = await startFakeEmbeddingServer();
    const embeddings = createOpenAIEmbeddings({ apiKey: 'k', baseURL: fake.baseURL, model: 'fake-embed-256' });
    const hybrid = createWorkHistoryService({ storage: tmp.storage, embeddings, reembedOnStart: false });
    try {
      await hybrid.add(ALICE, { text: AWS });
      await hybrid.add(ALICE, { text: SSO });
      const rows = await (tmp.storage.db as unknown as WorkHistoryDb).selectFrom('work_history_snippets').select(['embedding', 'embedding_model']).execute();
      expect(rows.map((r) => [decodeVector(r.embedding!).length, r.embedding_model])).toEqual([
        [256, 'fake-embed-256'],
        [256, 'fake-embed-256'],
      ]);
      const before = fake.requests();
      const hits = await hybrid.search(ALICE, 'single sign-on okta');
      expect(fake.requests()).toBe(before + 1);
      expect(hits[0]?.snippet.text).toBe(SSO);
    } finally {
      await hybrid.close();
      await fake.close();
    }
  });

  it('migration 010 re-vectors stories stored under the old stems ("production" as "product")', async () => {
    const text = 'I was on call when production went down at 2am; I rolled back the deploy.';
    await svc.add(ALICE, { text });
    // As the old stemmer indexed it.
    await sql`update work_history_snippets set search = to_tsvector('simple', 'i wa on call when product went down at 2am i roll back the deploy')`.execute(tmp.storage.db);
    expect(await svc.search(ALICE, 'production', 5)).toEqual([]);
    await restem(tmp.storage.db as unknown as Kysely<unknown>, 'postgres');
    expect((await svc.search(ALICE, 'production', 5)).map((h) => h.snippet.text)).toEqual([text]);
  });

  it('searches a remembered answer by its own words, not its question; migration 011 re-vectors the ones stored before', async () => {
    const text = withQuestion('This role involves “stakeholder management”. Tell me about a time you won someone over.', 'I walked the finance director through the rota costs line by line until she signed it off.');
    const [story] = (await svc.rememberStory(ALICE, text, { source: 'answer' })).created;
    expect(await svc.search(ALICE, 'stakeholder', 5)).toEqual([]);
    expect((await svc.search(ALICE, 'finance director', 5)).map((h) => h.snippet.id)).toEqual([story!.id]);
    // As it was indexed before: the whole stored text.
    await sql`update work_history_snippets set search = to_tsvector('simple', 'stakehold manag financ director rota') where id = ${story!.id}`.execute(tmp.storage.db);
    expect(await svc.search(ALICE, 'stakeholder', 5)).toHaveLength(1);
    await indexStoryBody(tmp.storage.db as unknown as Kysely<unknown>, 'postgres');
    expect(await svc.search(ALICE, 'stakeholder', 5)).toEqual([]);
    expect((await svc.search(ALICE, 'finance director', 5)).map((h) => h.snippet.id)).toEqual([story!.id]);
  });

  it('ranks the retrieval fixture about as well as SQLite BM25 (recall@5 and MRR within 0.05)', { timeout: 120_000 }, async () => {
    const db = tmp.storage.db as unknown as WorkHistoryDb;
    for (const s of SNIPPETS) await svc.add('eval', { text: s.text });
    const rows = await db.selectFrom('work_history_snippets').select(['seq', 'text']).execute();
    const idBySeq = new Map(rows.map((r) => [Number(r.seq), SNIPPETS.find((s) => s.text === r.text)!.id]));
    const ctx = { db, index: createTsvectorIndex(), log: console, minCosine: 0.2 };
    let recall = 0;
    let rr = 0;
    for (const q of QUERIES) {
      const { hits } = await rank(ctx, 'eval', q.q, planQuery(q.q), 10);
      const ranked = hits.map((h) => idBySeq.get(h.seq)!);
      recall += q.relevant.filter((id) => ranked.slice(0, 5).includes(id)).length / q.relevant.length;
      const first = ranked.findIndex((id) => q.relevant.includes(id));
      rr += first < 0 ? 0 : 1 / (first + 1);
    }
    const pg = { recall5: recall / QUERIES.length, mrr: rr / QUERIES.length };
    const [sqlite] = await runRetrievalEval(METHODS.filter((m) => m.name.includes('(default)')));
    console.log(`retrieval fixture: postgres recall@5 ${pg.recall5.toFixed(3)} MRR ${pg.mrr.toFixed(3)}; sqlite recall@5 ${sqlite!.all.recall5.toFixed(3)} MRR ${sqlite!.all.mrr.toFixed(3)}`);
    expect(pg.recall5).toBeGreaterThanOrEqual(sqlite!.all.recall5 - 0.05);
    expect(pg.mrr).toBeGreaterThanOrEqual(sqlite!.all.mrr - 0.05);
  });
});

/** A second pool on the same database: what another app instance would have. */
/** A story, a session with two questions built on it (the first answered) and feedback quoting and citing it. */
async function seedStoryQuestions(owner: string): Promise<string> {
  const db = tmp.storage.db;
  const now = new Date().toISOString();
  const [story] = (await svc.add(owner, { text: AWS })).created;
  const s = `${owner}-s`;
  await db.insertInto('sessions').values({ id: s, owner_id: owner, name: 'S', persona: 'helpful', difficulty: 'medium', question_type: 'mixed', voice: null, model: null, created_at: now, updated_at: now }).execute();
  const question = (id: string, position: number) => ({ id: `${owner}-${id}`, session_id: s, owner_id: owner, position, text: `You noted: “${AWS}” Tell me the full story.`, category: 'resume_deep_dive', competency: 'ownership', rationale: 'Stories from your notes.', source_kind: 'work_history', source_text: AWS, created_at: now, coach_provider: 'builtin', coach_model: null, coach_fallback_reason: null });
  await db.insertInto('questions').values([question('q1', 1), question('q2', 2)]).execute();
  await db.insertInto('answers').values({ id: `${owner}-a`, session_id: s, owner_id: owner, question_id: `${owner}-q1`, text: 'I tidied up our cloud spend.', source: 'text', duration_seconds: null, created_at: now }).execute();
  const body = { overall: 2, summary: 'Thin.', improvements: ['Name the system.', 'Use your story: I found idle replicas and reduced the bill by 38%.'], basedOn: [{ snippetId: story!.id, excerpt: 'Our AWS bill had grown…' }] };
  await db.insertInto('feedback').values({ id: `${owner}-f`, answer_id: `${owner}-a`, session_id: s, owner_id: owner, overall: 2, provider: 'builtin', model: 'm', body: JSON.stringify(body), created_at: now }).execute();
  return story!.id;
}

async function openTempPgStorageOn(storage: Storage): Promise<Storage> {
  const { rows } = await sql<{ db: string }>`select current_database() as db`.execute(storage.db);
  return openPostgres({ DATABASE_URL: withDatabase(pgServerUrl(), rows[0]!.db), DATABASE_POOL_SIZE: 2, DATABASE_STATEMENT_TIMEOUT_MS: 10_000, DATABASE_SSL: false });
}
