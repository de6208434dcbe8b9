/**
 * A Porter (1980) English stemmer, written for this project. It maps inflected
 * forms to one stem ("migrated", "migrating", "migration" → "migrat") so a
 * query and a story written in a different tense still meet. Input is one
 * lower-case word; anything that is not plain a–z is returned unchanged.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isConsonant(w: string, i: number): boolean {
  const c = w[i]!;
  if (VOWELS.has(c)) return false;
  if (c === 'y') return i === 0 ? true : !isConsonant(w, i - 1);
  return true;
}

/** m(): the number of vowel-consonant sequences in w[0..end). */
function measure(w: string, end = w.length): number {
  let n = 0;
  let i = 0;
  while (i < end && isConsonant(w, i)) i++;
  while (i < end) {
    while (i < end && !isConsonant(w, i)) i++;
    if (i >= end) break;
    while (i < end && isConsonant(w, i)) i++;
    n++;
  }
  return n;
}

function hasVowel(w: string, end = w.length): boolean {
  for (let i = 0; i < end; i++) if (!isConsonant(w, i)) return true;
  return false;
}

function endsDoubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/** *o: stem ends consonant-vowel-consonant, last not w, x or y ("hop", not "snow"). */
function endsCvc(w: string, end = w.length): boolean {
  if (end < 3) return false;
  const c = w[end - 1]!;
  return isConsonant(w, end - 3) && !isConsonant(w, end - 2) && isConsonant(w, end - 1) && !'wxy'.includes(c);
}

/** Replace `suffix` by `repl` when the stem before it has measure > `minM`. */
function replaceIf(w: string, suffix: string, repl: string, minM: number): string | null {
  if (!w.endsWith(suffix)) return null;
  const stemEnd = w.length - suffix.length;
  return measure(w, stemEnd) > minM ? w.slice(0, stemEnd) + repl : w;
}

function step1a(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ies')) return w.slice(0, -2);
  if (w.endsWith('ss')) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

function step1b(w: string): string {
  if (w.endsWith('eed')) return measure(w, w.length - 3) > 0 ? w.slice(0, -1) : w;
  let stem: string | null = null;
  if (w.endsWith('ed') && hasVowel(w, w.length - 2)) stem = w.slice(0, -2);
  else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) stem = w.slice(0, -3);
  if (stem === null) return w;
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e';
  if (endsDoubleConsonant(stem) && !/[lsz]$/.test(stem)) return stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return stem + 'e';
  return stem;
}

function step1c(w: string): string {
  return w.endsWith('y') && hasVowel(w, w.length - 1) ? w.slice(0, -1) + 'i' : w;
}

const STEP2: Array<[string, string]> = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'],
  ['abli', 'able'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'],
  ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'],
  ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'],
];

const STEP3: Array<[string, string]> = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];

const STEP4 = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent',
  'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
];

/** Steps 2 and 3: the longest matching suffix wins; replaced only when m > 0. */
function applyTable(w: string, table: Array<[string, string]>): string {
  let best: [string, string] | undefined;
  for (const entry of table) if (w.endsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best ? (replaceIf(w, best[0], best[1], 0) ?? w) : w;
}

function step4(w: string): string {
  let suffix = '';
  for (const s of STEP4) if (w.endsWith(s) && s.length > suffix.length) suffix = s;
  if (!suffix) return w;
  const stemEnd = w.length - suffix.length;
  if (measure(w, stemEnd) <= 1) return w;
  if (suffix === 'ion' && !/[st]$/.test(w.slice(0, stemEnd))) return w;
  return w.slice(0, stemEnd);
}

function step5(w: string): string {
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1);
    if (m > 1 || (m === 1 && !endsCvc(w, w.length - 1))) w = w.slice(0, -1);
  }
  if (measure(w) > 1 && endsDoubleConsonant(w) && w.endsWith('l')) w = w.slice(0, -1);
  return w;
}

// Stemming is pure and vocabularies repeat, so results are memoised (bounded).
const cache = new Map<string, string>();
const CACHE_MAX = 50_000;

/** Stem one lower-case English word. Words of 1–2 letters and non-letters pass through. */
export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const out = porter(word);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, out);
  return out;
}

/**
 * Words Porter folds into a different, common word's stem ("production" into
 * "product", "business" into "busy", "news" into "new"), as Snowball keeps an
 * exception list for. In work stories both sides of each pair are everyday
 * words, so a search for a "production incident" ranked "product pages" first.
 * Each family keeps one stem of its own; the other side keeps Porter's.
 */
const OVERSTEMMED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    production: ['production', 'productions'],
    productiv: ['productive', 'productively', 'productivity', 'unproductive'],
    experiment: ['experiment', 'experiments', 'experimented', 'experimenting', 'experimental', 'experimentation'],
    business: ['business', 'businesses'],
    international: ['international', 'internationally'],
    internal: ['internal', 'internally'],
    communiti: ['community', 'communities'],
    news: ['news'],
    generous: ['generous', 'generously', 'generosity'],
    universiti: ['university', 'universities'],
  }).flatMap(([to, words]) => words.map((w): [string, string] => [w, to])),
);

/** The words the exception list changes (a migration re-indexes stories holding any of them). */
export const OVERSTEMMED_WORDS: readonly string[] = [...OVERSTEMMED.keys()];

function porter(word: string): string {
  const exception = OVERSTEMMED.get(word);
  if (exception) return exception;
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  let w = step1a(word);
  w = step1b(w);
  w = step1c(w);
  w = applyTable(w, STEP2);
  w = applyTable(w, STEP3);
  w = step4(w);
  return step5(w);
}
