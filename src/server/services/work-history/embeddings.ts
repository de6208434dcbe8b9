/**
 * Embeddings behind a small interface, an OpenAI-compatible implementation
 * (official SDK; works with any server speaking /v1/embeddings), and the
 * vector helpers: Float32 blobs for storage, cosine similarity for search.
 */
import OpenAI, { APIConnectionTimeoutError, APIError } from 'openai';
import { humanWait, retryAfterMs, withRetries, type RetryPolicy } from '../../coach/llm/failures.js';

/**
 * Why a text is embedded, which sets how long we may wait: a search query
 * (someone is waiting, and keyless ranking answers without it), a story
 * being saved (saved without a vector past the budget; the background job
 * adds it), or the background job itself (nobody waits).
 */
export type EmbedPurpose = 'query' | 'save' | 'background';

export interface EmbeddingProvider {
  /** Stored beside each vector: a different model makes old vectors stale. */
  readonly model: string;
  embed(texts: string[], opts?: { purpose?: EmbedPurpose }): Promise<number[][]>;
}

/** Budget of a query embedding, no retry (EMBEDDING_QUERY_TIMEOUT_MS): past it search ranks by words alone. */
export const QUERY_EMBEDDING_TIMEOUT_MS = 1500;
/** Budget of embedding a story being saved, retries included (EMBEDDING_SAVE_TIMEOUT_MS). */
export const SAVE_EMBEDDING_TIMEOUT_MS = 5000;
/**
 * After a query embedding fails, later queries skip the service this long (or
 * the Retry-After it sent): a slow service would otherwise add its whole
 * budget to every search and every coach call grounded in stories.
 */
export const QUERY_PAUSE_MS = 30_000;
/** Longest Retry-After waited out by default (OPENAI_MAX_RETRY_AFTER_S). */
const DEFAULT_MAX_RETRY_AFTER_S = 10;

export interface OpenAIEmbeddingOptions {
  apiKey: string;
  model: string;
  baseURL?: string;
  /** Timeout of one background request (default 60 s). */
  timeoutMs?: number;
  /** Inputs per request; servers cap batch sizes. */
  batchSize?: number;
  queryTimeoutMs?: number;
  saveTimeoutMs?: number;
  maxRetryAfterSeconds?: number;
}

/**
 * A failed embedding request, said without the upstream body (it may echo
 * input or secrets): what happened, and for a 429 the wait the server asked for.
 */
export class EmbeddingError extends Error {
  override name = 'EmbeddingError';
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** An SDK error as an EmbeddingError (status and wait only). */
export function embeddingError(err: unknown, timeoutMs: number): EmbeddingError {
  if (err instanceof EmbeddingError) return err;
  if (err instanceof APIConnectionTimeoutError) return new EmbeddingError(`the embedding service did not answer within ${Math.round(timeoutMs / 100) / 10} s`);
  if (err instanceof APIError && err.status === 429) {
    const wait = retryAfterMs(err.headers);
    return new EmbeddingError(wait === undefined ? 'the embedding service is rate-limited (HTTP 429)' : `the embedding service is rate-limited; try again in ${humanWait(wait)}`, wait, 429);
  }
  if (err instanceof APIError && typeof err.status === 'number') return new EmbeddingError(`the embedding service failed (HTTP ${err.status})`, undefined, err.status);
  return new EmbeddingError('the embedding service could not be reached');
}

interface Budgets {
  query: RetryPolicy;
  save: RetryPolicy;
  background: RetryPolicy;
}

function budgets(opts: OpenAIEmbeddingOptions): Budgets {
  const maxRetryAfterMs = (opts.maxRetryAfterSeconds ?? DEFAULT_MAX_RETRY_AFTER_S) * 1000;
  const query = opts.queryTimeoutMs ?? QUERY_EMBEDDING_TIMEOUT_MS;
  const save = opts.saveTimeoutMs ?? SAVE_EMBEDDING_TIMEOUT_MS;
  return {
    query: { retries: 0, maxRetryAfterMs, timeoutMs: query, budgetMs: query },
    save: { retries: 2, maxRetryAfterMs, timeoutMs: save, budgetMs: save },
    background: { retries: 2, maxRetryAfterMs, timeoutMs: opts.timeoutMs ?? 60_000 },
  };
}

/** Embeddings through `client.embeddings.create` (float encoding, so any compatible server works). */
export function createOpenAIEmbeddings(opts: OpenAIEmbeddingOptions): EmbeddingProvider {
  // Retries are ours (withRetries): the SDK's would wait out any Retry-After.
  const client = new OpenAI({ apiKey: opts.apiKey, baseURL: opts.baseURL, maxRetries: 0 });
  const batchSize = opts.batchSize ?? 64;
  const policies = budgets(opts);
  let queriesPausedUntil = 0;

  async function batch(input: string[], policy: RetryPolicy): Promise<number[][]> {
    const res = await withRetries((timeout) => client.embeddings.create({ model: opts.model, input, encoding_format: 'float' }, { timeout, maxRetries: 0 }), policy);
    const sorted = [...res.data].sort((a, b) => a.index - b.index);
    if (sorted.length !== input.length) throw new EmbeddingError(`the embedding service returned ${sorted.length} vectors for ${input.length} inputs`);
    return sorted.map((d) => d.embedding);
  }

  async function embedAll(texts: string[], policy: RetryPolicy): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += batchSize) out.push(...(await batch(texts.slice(i, i + batchSize), policy)));
    return out;
  }

  return {
    model: opts.model,
    async embed(texts, { purpose = 'background' } = {}): Promise<number[][]> {
      const policy = policies[purpose];
      if (purpose === 'query' && Date.now() < queriesPausedUntil) throw new EmbeddingError('the embedding service failed a moment ago; searching by words until it is retried');
      try {
        return await embedAll(texts, policy);
      } catch (err) {
        const e = embeddingError(err, policy.timeoutMs);
        if (purpose === 'query') queriesPausedUntil = Date.now() + Math.max(QUERY_PAUSE_MS, e.retryAfterMs ?? 0);
        throw e;
      }
    },
  };
}

/** Build the provider from config when `OPENAI_EMBEDDING_MODEL` and a key are set; otherwise undefined. */
export function embeddingsFromConfig(config: {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_EMBEDDING_MODEL?: string;
  OPENAI_TIMEOUT_MS?: number;
  OPENAI_MAX_RETRY_AFTER_S?: number;
  EMBEDDING_QUERY_TIMEOUT_MS?: number;
  EMBEDDING_SAVE_TIMEOUT_MS?: number;
}): EmbeddingProvider | undefined {
  if (!config.OPENAI_API_KEY || !config.OPENAI_EMBEDDING_MODEL) return undefined;
  return createOpenAIEmbeddings({
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_EMBEDDING_MODEL,
    baseURL: config.OPENAI_BASE_URL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetryAfterSeconds: config.OPENAI_MAX_RETRY_AFTER_S,
    queryTimeoutMs: config.EMBEDDING_QUERY_TIMEOUT_MS,
    saveTimeoutMs: config.EMBEDDING_SAVE_TIMEOUT_MS,
  });
}

/**
 * Why a vector cannot be stored, or null when it can: empty, not all finite
 * numbers, all zeros, or another length than the model's vectors (`dims`,
 * when known). Such a vector can never match (a dot product over different
 * lengths is meaningless), so it is refused and the story waits for a good one.
 */
export function vectorProblem(v: unknown, dims: number | null): string | null {
  if (!Array.isArray(v) || v.length === 0) return 'empty';
  if (!v.every((x) => typeof x === 'number' && Number.isFinite(x))) return 'not all finite numbers';
  if (v.every((x) => x === 0)) return 'all zeros';
  if (dims !== null && v.length !== dims) return `${v.length} dimensions instead of ${dims}`;
  return null;
}

/** The most common length among non-empty vectors (the model's dimension when none is stored yet). */
function commonLength(vectors: unknown[]): number | null {
  const counts = new Map<number, number>();
  for (const v of vectors) if (Array.isArray(v) && v.length) counts.set(v.length, (counts.get(v.length) ?? 0) + 1);
  let best: number | null = null;
  for (const [len, n] of counts) if (best === null || n > counts.get(best)!) best = len;
  return best;
}

export interface CheckedVectors {
  /** Each input's vector, or null where it was refused. */
  vectors: Array<number[] | null>;
  /** The dimension checked against (the known one, else the batch's most common). */
  dims: number | null;
  /** Why each refused vector was refused (for a warning; never the text). */
  problems: string[];
}

/** Keep the good vectors of a reply, refusing bad ones (vectorProblem). */
export function checkVectors(vectors: unknown[], known: number | null): CheckedVectors {
  const dims = known ?? commonLength(vectors);
  const problems: string[] = [];
  const out = vectors.map((v) => {
    const problem = vectorProblem(v, dims);
    if (problem) problems.push(problem);
    return problem ? null : (v as number[]);
  });
  return { vectors: out, dims, problems };
}

/** Normalise and pack a vector as little-endian Float32 bytes. */
export function encodeVector(v: number[]): Buffer {
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  const f = new Float32Array(v.length);
  for (let i = 0; i < v.length; i++) f[i] = v[i]! / norm;
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength);
}

/** View stored bytes as a Float32Array (copying when the buffer is not 4-byte aligned). */
export function decodeVector(b: Uint8Array): Float32Array {
  if (b.byteOffset % 4 === 0) return new Float32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  return new Float32Array(Uint8Array.prototype.slice.call(b).buffer);
}

/** Cosine of two vectors already normalised by encodeVector: a dot product (one implementation, in word-vectors.ts). */
export { dot } from '../../text/word-vectors.js';

/** Reciprocal rank fusion of ranked id lists (k = 60, as in Cormack et al. 2009). */
export function reciprocalRankFusion(lists: string[][], k = 60, weights: number[] = []): Map<string, number> {
  const scores = new Map<string, number>();
  lists.forEach((list, l) => {
    const w = weights[l] ?? 1;
    list.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + w / (k + rank + 1)));
  });
  return scores;
}
