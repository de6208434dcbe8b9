/**
 * Embeddings behind a small interface, an OpenAI-compatible implementation
 * (official SDK; works with any server speaking /v1/embeddings), and the
 * vector helpers: Float32 blobs for storage, cosine similarity for search.
 */
import OpenAI from 'openai';

export interface EmbeddingProvider {
  /** Stored beside each vector: a different model makes old vectors stale. */
  readonly model: string;
  embed(texts: string[]): Promise<number[][]>;
}

export interface OpenAIEmbeddingOptions {
  apiKey: string;
  model: string;
  baseURL?: string;
  timeoutMs?: number;
  /** Inputs per request; servers cap batch sizes. */
  batchSize?: number;
}

/** Embeddings through `client.embeddings.create` (float encoding, so any compatible server works). */
export function createOpenAIEmbeddings(opts: OpenAIEmbeddingOptions): EmbeddingProvider {
  const client = new OpenAI({ apiKey: opts.apiKey, baseURL: opts.baseURL, timeout: opts.timeoutMs ?? 60_000, maxRetries: 2 });
  const batchSize = opts.batchSize ?? 64;
  return {
    model: opts.model,
    async embed(texts: string[]): Promise<number[][]> {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        const input = texts.slice(i, i + batchSize);
        const res = await client.embeddings.create({ model: opts.model, input, encoding_format: 'float' });
        const sorted = [...res.data].sort((a, b) => a.index - b.index);
        if (sorted.length !== input.length) throw new Error(`Embedding server returned ${sorted.length} vectors for ${input.length} inputs`);
        for (const d of sorted) out.push(d.embedding);
      }
      return out;
    },
  };
}

/** Build the provider from config when `OPENAI_EMBEDDING_MODEL` and a key are set; otherwise undefined. */
export function embeddingsFromConfig(config: {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_EMBEDDING_MODEL?: string;
  OPENAI_TIMEOUT_MS?: number;
}): EmbeddingProvider | undefined {
  if (!config.OPENAI_API_KEY || !config.OPENAI_EMBEDDING_MODEL) return undefined;
  return createOpenAIEmbeddings({
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_EMBEDDING_MODEL,
    baseURL: config.OPENAI_BASE_URL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
  });
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
