/**
 * Background re-embedding: when the configured embedding model changes (or a
 * vector could not be made at insert time, or a stored one is unusable: empty
 * or of another length than the model's others), snippets are embedded again
 * in small batches. A reply's bad vectors are refused (checkVectors) and their
 * snippets wait for the next run. Search keeps working meanwhile — BM25 always, and the vector
 * half only over snippets that already have a vector from the current model.
 */
import { storyBody } from '../../coach/story-text.js';
import { checkVectors, encodeVector, EmbeddingError, type EmbeddingProvider } from './embeddings.js';
import type { WorkHistoryDb } from './repository.js';
import { countRows } from './repository.js';
import type { ReembedStatus, SearchStatus } from './types.js';
import { countOwnerVectors, countStale, nextStale, storeVector, vectorDims, type VectorDims } from './vectors-repo.js';
import type { WorkHistoryLogger } from './service.js';

export interface Reembedder {
  start(): void;
  status(): ReembedStatus;
  /**
   * One owner's progress: how many of their stories have a vector from the current model.
   * Asking restarts a run that stopped with vectors still missing (the embedding service may
   * be back), at most once per `retryAfterMs`.
   */
  ownerStatus(ownerId: string): Promise<SearchStatus>;
  /** Resolves when no run is in progress. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export interface ReembedOptions {
  batchSize?: number;
  /** Least time between runs restarted by ownerStatus (default 30 s). */
  retryAfterMs?: number;
  /** The model's vector length (shared with saving, so both check against the same one). */
  dims?: VectorDims;
}

interface RunContext {
  db: WorkHistoryDb;
  provider: EmbeddingProvider;
  log: WorkHistoryLogger;
  batchSize: number;
  state: ReembedStatus;
  stopped: () => boolean;
  dims: VectorDims;
  /** A failed request: a 429's Retry-After holds back the next run. */
  onFailure(err: unknown): void;
}

/** Embed one batch and store its good vectors in one transaction; returns how many were refused. */
async function embedBatch(ctx: RunContext, batch: Array<{ seq: number; text: string }>): Promise<number> {
  const { db, provider: p, log, dims } = ctx;
  const checked = checkVectors(await p.embed(batch.map((b) => storyBody(b.text)), { purpose: 'background' }), await dims.known(db));
  dims.learn(checked.dims);
  if (checked.problems.length) log.warn({ model: p.model, refused: checked.problems.length, problems: [...new Set(checked.problems)] }, 'work_history_reembed_vectors_refused');
  await db.transaction().execute(async (trx) => {
    for (const [i, b] of batch.entries()) {
      const v = checked.vectors[i];
      if (v) await storeVector(trx, b.seq, encodeVector(v), p.model);
    }
  });
  return checked.problems.length;
}

/** Embed every stale snippet in batches, oldest first; stop at the first failed request (the next run resumes). */
async function reembedStale(ctx: RunContext): Promise<void> {
  const { db, provider: p, log, batchSize, state, stopped, dims } = ctx;
  state.total = await countStale(db, p.model, await dims.known(db));
  state.done = 0;
  state.failed = 0;
  delete state.lastError;
  let after = 0;
  while (!stopped()) {
    const batch = await nextStale(db, p.model, await dims.known(db), after, batchSize);
    if (!batch.length) break;
    after = batch[batch.length - 1]!.seq;
    try {
      const refused = await embedBatch(ctx, batch);
      state.done += batch.length - refused;
      state.failed += refused;
    } catch (err) {
      // Give up this run (the server is likely down); the next start() resumes from the rows still stale.
      state.failed += batch.length;
      state.lastError = err instanceof Error ? err.message : String(err);
      ctx.onFailure(err);
      log.warn({ err, model: p.model }, 'work_history_reembed_failed');
      break;
    }
  }
  if (state.done) log.info({ model: p.model, done: state.done, total: state.total }, 'work_history_reembed_done');
}

export function createReembedder(db: WorkHistoryDb, provider: EmbeddingProvider | undefined, log: WorkHistoryLogger, opts: ReembedOptions = {}): Reembedder {
  const batchSize = opts.batchSize ?? 32;
  const retryAfterMs = opts.retryAfterMs ?? 30_000;
  let lastRetry = 0;
  // No run before this time: the service asked us (Retry-After) to wait.
  let holdUntil = 0;
  const dims = opts.dims ?? vectorDims(provider?.model ?? '');
  const onFailure = (err: unknown) => {
    if (err instanceof EmbeddingError && err.retryAfterMs) holdUntil = Date.now() + err.retryAfterMs;
  };
  const state: ReembedStatus = { model: provider?.model ?? null, running: false, total: 0, done: 0, failed: 0 };
  let current: Promise<void> = Promise.resolve();
  let stopped = false;

  function start(): void {
    if (!provider || state.running || stopped || Date.now() < holdUntil) return;
    state.running = true;
    current = reembedStale({ db, provider, log, batchSize, state, stopped: () => stopped, dims, onFailure })
      .catch((err: unknown) => {
        state.lastError = err instanceof Error ? err.message : String(err);
        log.error({ err }, 'work_history_reembed_crashed');
      })
      .finally(() => {
        state.running = false;
      });
  }

  async function ownerStatus(ownerId: string): Promise<SearchStatus> {
    const stories = await countRows(db, ownerId);
    if (!provider) return { embeddingModel: null, stories, withVectors: 0, running: false, stalled: false };
    const withVectors = await countOwnerVectors(db, ownerId, provider.model, await dims.known(db));
    if (withVectors < stories && !state.running && Date.now() - lastRetry >= retryAfterMs) {
      lastRetry = Date.now();
      start();
    }
    return { embeddingModel: provider.model, stories, withVectors, running: state.running, stalled: !state.running && state.failed > 0 && withVectors < stories };
  }

  return {
    start,
    ownerStatus,
    status: () => ({ ...state }),
    idle: () => current,
    async stop(): Promise<void> {
      stopped = true;
      await current;
    },
  };
}
