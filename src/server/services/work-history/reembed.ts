/**
 * Background re-embedding: when the configured embedding model changes (or a
 * vector could not be made at insert time), snippets are embedded again in
 * small batches. Search keeps working meanwhile — BM25 always, and the vector
 * half only over snippets that already have a vector from the current model.
 */
import type { EmbeddingProvider } from './embeddings.js';
import { encodeVector } from './embeddings.js';
import type { WorkHistoryDb } from './repository.js';
import type { ReembedStatus } from './types.js';
import { countStale, nextStale, storeVector } from './vectors-repo.js';
import type { WorkHistoryLogger } from './service.js';

export interface Reembedder {
  start(): void;
  status(): ReembedStatus;
  /** Resolves when no run is in progress. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export function createReembedder(db: WorkHistoryDb, provider: EmbeddingProvider | undefined, log: WorkHistoryLogger, batchSize = 32): Reembedder {
  const state: ReembedStatus = { model: provider?.model ?? null, running: false, total: 0, done: 0, failed: 0 };
  let current: Promise<void> = Promise.resolve();
  let stopped = false;

  async function run(p: EmbeddingProvider): Promise<void> {
    state.total = await countStale(db, p.model);
    state.done = 0;
    state.failed = 0;
    delete state.lastError;
    let after = 0;
    while (!stopped) {
      const batch = await nextStale(db, p.model, after, batchSize);
      if (!batch.length) break;
      after = batch[batch.length - 1]!.seq;
      try {
        const vectors = await p.embed(batch.map((b) => b.text));
        await db.transaction().execute(async (trx) => {
          for (const [i, b] of batch.entries()) await storeVector(trx, b.seq, encodeVector(vectors[i]!), p.model);
        });
        state.done += batch.length;
      } catch (err) {
        // Give up this run (the server is likely down); the next start() resumes from the rows still stale.
        state.failed += batch.length;
        state.lastError = err instanceof Error ? err.message : String(err);
        log.warn({ err, model: p.model }, 'work_history_reembed_failed');
        break;
      }
    }
    if (state.done) log.info({ model: p.model, done: state.done, total: state.total }, 'work_history_reembed_done');
  }

  return {
    start(): void {
      if (!provider || state.running || stopped) return;
      state.running = true;
      current = run(provider)
        .catch((err: unknown) => {
          state.lastError = err instanceof Error ? err.message : String(err);
          log.error({ err }, 'work_history_reembed_crashed');
        })
        .finally(() => {
          state.running = false;
        });
    },
    status: () => ({ ...state }),
    idle: () => current,
    async stop(): Promise<void> {
      stopped = true;
      await current;
    },
  };
}
