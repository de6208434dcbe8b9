/**
 * Small text utilities shared by the built-in coach: tokenising, light
 * stemming, sentence splitting that keeps verbatim substrings (evidence must
 * quote the user's exact words), similarity and a seeded PRNG for determinism.
 */

export const STOPWORDS = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as is are was were be been being ' +
    'it its this that these those there here i me my mine we us our ours you your yours he she they them ' +
    'their his her what which who whom whose when where why how do does did doing done have has had having ' +
    'not no yes can could would should will shall may might must about into over under up down out off ' +
    'than too very just also only own same such both each few more most other some any all nor again ' +
    'once while during before after above below between through because until per via vs etc'
  ).split(' '),
);

/** Lower-case word tokens (letters, digits, +, #, . inside words such as node.js or c++). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9][a-z0-9+#]*(?:[.'’-][a-z0-9+#]+)*/g) ?? [];
}

/** Very light suffix stripping so "migrated", "migrating" and "migration" meet. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length <= 4) return w;
  for (const [suffix, repl] of STEM_RULES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, w.length - suffix.length) + repl;
      break;
    }
  }
  return w;
}

const STEM_RULES: ReadonlyArray<readonly [string, string]> = [
  ['nesses', ''], ['ness', ''], ['ations', 'at'], ['ation', 'at'], ['ments', ''], ['ment', ''], ['ities', ''], ['ity', ''],
  ['ingly', ''], ['ings', ''], ['ing', ''], ['ied', 'y'], ['ies', 'y'], ['ed', ''], ['ers', ''],
  ['er', ''], ['ly', ''], ['es', ''], ['s', ''], ['e', ''],
];

/** Stems of the non-stopword tokens of a text. */
export function contentStems(text: string, extraStop?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (STOPWORDS.has(w) || w.length < 2 || extraStop?.has(w)) continue;
    const s = stem(w);
    if (extraStop?.has(s)) continue;
    out.add(s);
  }
  return out;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Share of the smaller set that is also in the larger one (catches "same question, more words"). */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let inter = 0;
  for (const x of small) if (big.has(x)) inter++;
  return inter / small.size;
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'mr', 'mrs', 'ms', 'dr', 'approx', 'inc', 'ltd', 'jr', 'sr', 'st']);

/**
 * Split into sentences, each a verbatim (trimmed) substring of the input, so a
 * sentence can be quoted as evidence. Splits on . ! ? followed by space and on
 * line breaks; skips common abbreviations and decimals.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const push = (end: number): void => {
    const s = text.slice(start, end).trim();
    if (s.length > 0) out.push(s);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i + 1);
    } else if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[i + 1] ?? ' ')) {
      const before = text.slice(Math.max(start, i - 6), i).toLowerCase();
      const lastTok = before.split(/\s+/).pop() ?? '';
      if (ch === '.' && ABBREVIATIONS.has(lastTok)) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

/** FNV-1a 32-bit hash: a stable seed from text. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny deterministic PRNG (no Math.random anywhere in the coach). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shorten to at most `max` characters on a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return `${cut.slice(0, sp > max * 0.6 ? sp : max).trimEnd()}…`;
}

export function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Capitalised abbreviations that name a place, a time or a numbering ("UK", "GMT", "III"), never
 * a skill or a method: shared by the requirement reader and the craft questions, which look for
 * the named systems a job description asks for.
 */
export const PLACE_TIME_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'UK US USA EU UAE EMEA APAC LATAM NYC DC LA NY TX WA CA NV HQ OK AM PM ET PT CET GMT UTC II III IV VI FAQ ASAP TBC TBD NA NB PS'.split(' '),
);
