/**
 * A slow, rate-limited or wrong embedding service must not hold searches and
 * saves hostage, nor leave unusable vectors counted as ready. Real SDK over
 * real HTTP to the project's fake OpenAI server, real SQLite file.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAIEmbeddings, encodeVector, type OpenAIEmbeddingOptions } from '../../../src/server/services/work-history/embeddings.js';
import type { WorkHistoryDb } from '../../../src/server/services/work-history/repository.js';
import { createWorkHistoryService } from '../../../src/server/services/work-history/service.js';
import { storeVector } from '../../../src/server/services/work-history/vectors-repo.js';
import { delayed, fakeVector, reply, sequence, startFakeOpenAI, type FakeHandler, type FakeOpenAI, type RecordedRequest } from '../../fakes/openai-server.js';
import { openTempStorage, type TempStorage } from '../../fixtures/work-history/storage.js';

const OWNER = 'owner-1';
const EMB = '/v1/embeddings';
const STORY = 'I cut our AWS bill by 38% in one quarter by rightsizing the database fleet.';
const OTHER = 'I mentored two junior engineers through their first production releases.';

let fake: FakeOpenAI;
let tmp: TempStorage;

beforeEach(async () => {
  fake = await startFakeOpenAI();
  tmp = await openTempStorage();
});
afterEach(async () => {
  await fake.close();
  await tmp.cleanup();
});

const provider = (opts: Partial<OpenAIEmbeddingOptions> = {}) =>
  createOpenAIEmbeddings({ apiKey: 'k', baseURL: fake.url, model: 'm1', queryTimeoutMs: 300, saveTimeoutMs: 600, ...opts });

function service(opts: Partial<OpenAIEmbeddingOptions> = {}, warnings: string[] = []) {
  const logger = { info() {}, warn: (_o: object, msg?: string) => void warnings.push(msg ?? ''), error() {} };
  return createWorkHistoryService({ storage: tmp.storage, embeddings: provider(opts), reembedOnStart: false, logger, retryAfterMs: 1 });
}

/** An embeddings reply whose vectors come from `make` (input text → vector). */
const vectors =
  (make: (text: string) => unknown): FakeHandler =>
  (req: RecordedRequest) => {
    const input = (req.body as { input: string[] }).input;
    return reply.json({ object: 'list', model: 'm1', data: input.map((t, index) => ({ object: 'embedding', index, embedding: make(t) })), usage: { prompt_tokens: 1, total_tokens: 1 } });
  };

async function vectorBytes(): Promise<Array<number | null>> {
  const { rows } = await sql<{ bytes: number | null }>`select length(embedding) as bytes from work_history_snippets order by seq`.execute(tmp.storage.db);
  return rows.map((r) => (r.bytes === null ? null : Number(r.bytes)));
}

/** How long `fn` took, in ms, and what it returned. */
const stopwatch = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  return [await fn(), performance.now() - start];
};

describe('a slow embedding service', () => {
  it('costs a search its short budget once, then keyless ranking answers without asking again', async () => {
    const svc = service();
    await svc.add(OWNER, { text: STORY });
    await svc.add(OWNER, { text: OTHER });
    fake.setScenario(EMB, delayed(5000, vectors((t) => fakeVector(t))));
    const [first, firstMs] = await stopwatch(() => svc.search(OWNER, 'AWS bill', 2));
    expect(firstMs).toBeLessThan(1500);
    expect(first[0]?.snippet.text).toBe(STORY);
    const asked = fake.requestsTo(EMB).length;
    const [second, secondMs] = await stopwatch(() => svc.search(OWNER, 'junior engineers', 2));
    expect(secondMs).toBeLessThan(250);
    expect(second[0]?.snippet.text).toBe(OTHER);
    expect(fake.requestsTo(EMB)).toHaveLength(asked); // paused after the failure
    await svc.close();
  });

  it('saves a story within the save budget, without a vector, and the background job adds it later', async () => {
    const svc = service();
    fake.setScenario(EMB, delayed(5000, vectors((t) => fakeVector(t))));
    const [added, addMs] = await stopwatch(() => svc.add(OWNER, { text: STORY }));
    expect(added.created).toHaveLength(1);
    expect(addMs).toBeLessThan(1500);
    expect(await vectorBytes()).toEqual([null]);
    await svc.waitForReembed(); // the background run (60 s timeout) is still waiting: let it be answered
    fake.setScenario(EMB, vectors((t) => fakeVector(t)));
    await new Promise((r) => setTimeout(r, 5));
    svc.startReembed();
    await svc.waitForReembed();
    expect(await vectorBytes()).toEqual([8 * 4]);
    await svc.close();
  }, 15_000);
});

describe('a 429 with a long Retry-After', () => {
  it('fails at once instead of waiting it out, and the status says the real wait', async () => {
    const svc = service({ saveTimeoutMs: 30_000 });
    fake.setScenario(EMB, reply.rateLimited(120));
    const [added, addMs] = await stopwatch(() => svc.add(OWNER, { text: STORY }));
    expect(addMs).toBeLessThan(2000);
    expect(added.created).toHaveLength(1);
    await svc.waitForReembed();
    expect(fake.requestsTo(EMB)).toHaveLength(2); // the save and the background run: one request each, no retry
    expect(svc.getReembedStatus().lastError).toBe('the embedding service is rate-limited; try again in about 2 minutes');
    // The background job honours the wait: asking for the status does not start another run yet.
    await svc.searchStatus(OWNER);
    await svc.waitForReembed();
    expect(fake.requestsTo(EMB)).toHaveLength(2);
    await svc.close();
  });

  it('waits out a short Retry-After (within OPENAI_MAX_RETRY_AFTER_S) and stores the vector', async () => {
    const svc = service({ maxRetryAfterSeconds: 1, saveTimeoutMs: 5000 });
    fake.setScenario(EMB, sequence(reply.rateLimited(1), vectors((t) => fakeVector(t))));
    await svc.add(OWNER, { text: STORY });
    expect(await vectorBytes()).toEqual([32]);
    expect(fake.requestsTo(EMB)).toHaveLength(2);
    await svc.close();
  });
});

describe('unusable vectors', () => {
  it('refuses wrong-length, empty and non-finite vectors: no vector stored, not counted ready, a warning without text', async () => {
    const warnings: string[] = [];
    const svc = service({}, warnings);
    await svc.add(OWNER, { text: STORY }); // 8 dimensions: the model's length
    fake.setScenario(EMB, vectors((t) => (t.includes('mentored') ? [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] : t.includes('on-call') ? [] : [1, 'x'])));
    await svc.add(OWNER, { text: OTHER });
    await svc.add(OWNER, { text: 'I rebuilt the on-call rota for the platform team.' });
    await svc.add(OWNER, { text: 'I ran the quarterly planning for three teams.' });
    await svc.waitForReembed();
    expect(await vectorBytes()).toEqual([32, null, null, null]);
    expect(warnings).toContain('work_history_vectors_refused');
    const status = await svc.searchStatus(OWNER);
    expect(status).toMatchObject({ stories: 4, withVectors: 1 });
    await svc.close();
  });

  it('repairs vectors stored before the check: wrong-length and empty ones are re-embedded as stale', async () => {
    const svc = service();
    for (const text of [STORY, OTHER, 'I ran the quarterly planning for three teams.']) await svc.add(OWNER, { text });
    const db = tmp.storage.db as unknown as WorkHistoryDb;
    await storeVector(db, 2, encodeVector([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]), 'm1');
    await storeVector(db, 3, encodeVector([]), 'm1');
    expect(await vectorBytes()).toEqual([32, 28, 0]);
    expect(await svc.searchStatus(OWNER)).toMatchObject({ stories: 3, withVectors: 1 });
    await svc.waitForReembed();
    expect(await vectorBytes()).toEqual([32, 32, 32]);
    expect(svc.getReembedStatus()).toMatchObject({ total: 2, done: 2, failed: 0 });
    expect(await svc.searchStatus(OWNER)).toMatchObject({ withVectors: 3 });
    await svc.close();
  });

  it('ranks by words when the query vector has another length than the stored ones', async () => {
    const svc = service();
    await svc.add(OWNER, { text: STORY });
    await svc.add(OWNER, { text: OTHER });
    fake.setScenario(EMB, vectors(() => [0.5, 0.5, 0.5]));
    const hits = await svc.search(OWNER, 'junior engineers', 2);
    expect(hits.map((h) => h.snippet.text)).toEqual([OTHER]);
    await svc.close();
  });
});
