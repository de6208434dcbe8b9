import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAIEmbeddings, decodeVector, encodeVector, reciprocalRankFusion } from '../../../src/server/services/work-history/embeddings.js';
import { createWorkHistoryService } from '../../../src/server/services/work-history/service.js';
import { startFakeEmbeddingServer, type FakeEmbeddingServer } from '../../fixtures/work-history/fake-embeddings.js';
import { openTempStorage, type TempStorage } from '../../fixtures/work-history/storage.js';

const OWNER = 'owner-1';
const STORIES = [
  'Our AWS bill had grown to $180k a month; I reduced it by 38% in one quarter.',
  'I rolled out single sign-on with Okta for internal tools.',
  'I mentored two junior engineers through their first production releases.',
];

let fake: FakeEmbeddingServer;
let tmp: TempStorage;

async function vectorRows(): Promise<Array<{ model: string | null; bytes: number | null }>> {
  const { rows } = await sql<{ model: string | null; bytes: number | null }>`select embedding_model as model, length(embedding) as bytes from work_history_snippets order by seq`.execute(tmp.storage.db);
  return rows;
}

beforeEach(async () => {
  fake = await startFakeEmbeddingServer(64);
  tmp = await openTempStorage();
});
afterEach(async () => {
  await fake.close();
  await tmp.cleanup();
});

const provider = (model: string) => createOpenAIEmbeddings({ apiKey: 'k', baseURL: fake.baseURL, model });

describe('vector helpers', () => {
  it('round-trips normalised Float32 vectors', () => {
    const v = decodeVector(encodeVector([3, 4]));
    expect(Array.from(v)).toEqual([expect.closeTo(0.6, 6), expect.closeTo(0.8, 6)]);
  });

  it('fuses rankings with reciprocal rank fusion (k=60)', () => {
    const fused = reciprocalRankFusion([['a', 'b'], ['b', 'c']]);
    expect(fused.get('b')).toBeCloseTo(1 / 62 + 1 / 61, 10);
    expect([...fused.entries()].sort((x, y) => y[1] - x[1])[0]![0]).toBe('b');
  });
});

describe('embeddings with a fake OpenAI-compatible server', () => {
  it('stores a vector and its model with each snippet and searches hybrid', async () => {
    const svc = createWorkHistoryService({ storage: tmp.storage, embeddings: provider('m1') });
    for (const text of STORIES) await svc.add(OWNER, { text });
    expect(await vectorRows()).toEqual(STORIES.map(() => ({ model: 'm1', bytes: 64 * 4 })));
    const before = fake.requests();
    const hits = await svc.search(OWNER, 'single sign-on rollout', 2);
    expect(hits[0]?.snippet.text).toBe(STORIES[1]);
    expect(fake.requests()).toBe(before + 1); // the query was embedded
    await svc.close();
  });

  it('stores snippets without vectors when the server fails, then fills them in the background', async () => {
    const svc = createWorkHistoryService({ storage: tmp.storage, embeddings: provider('m1'), reembedOnStart: false });
    fake.failNext(3); // the SDK retries twice
    await svc.add(OWNER, { text: STORIES[0]! });
    await svc.waitForReembed();
    expect(await vectorRows()).toEqual([{ model: 'm1', bytes: 256 }]);
    expect(svc.getReembedStatus()).toMatchObject({ model: 'm1', running: false, total: 1, done: 1, failed: 0 });
    await svc.close();
  });

  it('re-embeds stale vectors when the model changes, and BM25 keeps answering meanwhile', async () => {
    const v1 = createWorkHistoryService({ storage: tmp.storage, embeddings: provider('m1') });
    for (const text of STORIES) await v1.add(OWNER, { text });
    await v1.close();
    fake.failNext(100); // the new model's server is down at first
    const v2 = createWorkHistoryService({ storage: tmp.storage, embeddings: provider('m2') });
    await v2.waitForReembed();
    expect(v2.getReembedStatus()).toMatchObject({ model: 'm2', total: 3, done: 0, failed: 3 });
    expect(v2.getReembedStatus().lastError).toBeTruthy();
    const during = await v2.search(OWNER, 'AWS bill', 1);
    expect(during[0]?.snippet.text).toBe(STORIES[0]);
    fake.failNext(0);
    v2.startReembed();
    await v2.waitForReembed();
    expect(v2.getReembedStatus()).toMatchObject({ model: 'm2', running: false, total: 3, done: 3, failed: 0 });
    expect((await vectorRows()).map((r) => r.model)).toEqual(['m2', 'm2', 'm2']);
    await v2.close();
  });

  it('re-embeds a corrected story in the same write, and drops the old vector when the server is down', async () => {
    const svc = createWorkHistoryService({ storage: tmp.storage, embeddings: provider('m1'), reembedOnStart: false });
    const [story] = (await svc.add(OWNER, { text: STORIES[0]! })).created;
    const vector = async () => (await sql<{ v: Buffer | null }>`select embedding as v from work_history_snippets`.execute(tmp.storage.db)).rows[0]!.v;
    const before = await vector();
    await svc.update(OWNER, story!.id, { text: STORIES[1]! });
    const after = await vector();
    expect(after).not.toBeNull();
    expect(after!.equals(before!)).toBe(false);
    // The stored vector is the new text's: an SSO question now finds it through the vector half too.
    expect((await svc.search(OWNER, 'Okta single sign-on', 1))[0]?.snippet.id).toBe(story!.id);

    fake.failNext(6); // the correction's embedding and the background retry both fail (the SDK retries twice)
    await svc.update(OWNER, story!.id, { text: STORIES[2]! });
    await svc.waitForReembed();
    expect(await vectorRows()).toEqual([{ model: null, bytes: null }]); // never the old text's vector
    svc.startReembed();
    await svc.waitForReembed();
    expect(await vectorRows()).toEqual([{ model: 'm1', bytes: 256 }]);
    expect((await vector())!.equals(after!)).toBe(false); // not the SSO text's vector any more
    await svc.close();
  });

  it('reports per owner how many stories have vectors, and asking again resumes a stalled run', { timeout: 20_000 }, async () => {
    const v1 = createWorkHistoryService({ storage: tmp.storage, embeddings: provider('m1'), reembedOnStart: false });
    for (const text of STORIES) await v1.add(OWNER, { text });
    expect(await v1.searchStatus(OWNER)).toEqual({ embeddingModel: 'm1', stories: 3, withVectors: 3, running: false, stalled: false });
    await v1.close();

    // A new model while its server is down: every vector is stale, and the run the status request starts fails.
    fake.failNext(3); // one batch; the SDK retries twice
    const v2 = createWorkHistoryService({ storage: tmp.storage, embeddings: provider('m2'), reembedOnStart: false, retryAfterMs: 0 });
    expect(await v2.searchStatus(OWNER)).toMatchObject({ embeddingModel: 'm2', stories: 3, withVectors: 0, running: true });
    await v2.waitForReembed();
    expect(await v2.searchStatus('someone-else')).toEqual({ embeddingModel: 'm2', stories: 0, withVectors: 0, running: false, stalled: false });
    const down = await v2.searchStatus(OWNER); // restarts the run; the server is back, so this one succeeds
    expect(down).toMatchObject({ withVectors: 0, running: true });
    await v2.waitForReembed();
    expect(await v2.searchStatus(OWNER)).toEqual({ embeddingModel: 'm2', stories: 3, withVectors: 3, running: false, stalled: false });
    await v2.close();
  });

  it('says a run is stalled until the wait before retrying has passed', { timeout: 20_000 }, async () => {
    const svc = createWorkHistoryService({ storage: tmp.storage, embeddings: provider('m1'), reembedOnStart: false, retryAfterMs: 60_000 });
    fake.failNext(9); // the story's own embedding, the background run and the first retry all fail (3 requests each)
    await svc.add(OWNER, { text: STORIES[0]! });
    await svc.waitForReembed();
    expect(await svc.searchStatus(OWNER)).toEqual({ embeddingModel: 'm1', stories: 1, withVectors: 0, running: true, stalled: false }); // the first ask retries
    await svc.waitForReembed();
    // Asked again within the minute: no new run, and the page can say search by meaning is paused.
    expect(await svc.searchStatus(OWNER)).toEqual({ embeddingModel: 'm1', stories: 1, withVectors: 0, running: false, stalled: true });
    expect(fake.requests()).toBe(9);
    await svc.close();
  });

  it('says search is by words only when no embedding model is configured', async () => {
    const svc = createWorkHistoryService({ storage: tmp.storage, reembedOnStart: false });
    await svc.add(OWNER, { text: STORIES[0]! });
    expect(await svc.searchStatus(OWNER)).toEqual({ embeddingModel: null, stories: 1, withVectors: 0, running: false, stalled: false });
    await svc.close();
  });
});
