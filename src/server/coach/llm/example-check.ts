/**
 * An example answer is shown as "built only from your own resume and stories",
 * so it may not bring its own: sources it cites must be stories that were sent
 * (or lines of the user's material), and organisation or product names found in
 * none of the user's documents become visible placeholders, the way invented
 * figures become [number].
 */
import { citeStories } from '../citations.js';
import type { ExampleRequest } from '../coach.js';
import { resumeText } from './context.js';
import { normaliseForMatch } from './evidence.js';
import { nearlyOccurs } from './fuzzy.js';

/** A label some models put before a cited line ("Resume: …", "Story: …"). */
const SOURCE_LABEL_RE = /^(?:resume|story|stories|note|notes|work history|snippet|from your \w+)\s*[:—–-]\s*/i;

/**
 * `basedOn` entries kept: ids of stories that were sent (in any form
 * `citeStories` reads), and lines whose words are (nearly) in the resume or
 * those stories. Invented story titles and ids are dropped.
 */
export function groundedBasedOn(refs: readonly string[], req: ExampleRequest): string[] {
  const own = normaliseForMatch([resumeText(req.profile), ...req.snippets.map((s) => s.text)].join('\n'));
  const kept = refs.map((r) => r.trim()).filter((r) => r && (citeStories([r], req.snippets).length > 0 || nearlyOccurs(r.replace(SOURCE_LABEL_RE, ''), own)));
  return [...new Set(kept)];
}

/** Capitalised words that are not names: the pronoun, answer-structure labels, months, days, common acronyms. */
const NOT_NAMES = new Set(
  ('i i\'m i’m i\'ve i’ve i\'d i’d i\'ll i’ll situation task action result impact learning star ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'ceo cto cfo coo vp pm qa hr kpi kpis okr okrs api apis sla slas roi mvp ui ux ai ml q1 q2 q3 q4 ' +
    'inc ltd llc corp co gmbh plc').split(' '),
);
/** A word; inner dots, dashes and apostrophes stay ("Node.js", "O’Neil"), a final full stop does not. */
const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{N}&'’.-]*[\p{L}\p{N}])?/gu;
/** Text before a word that starts a sentence (or a quoted one): nothing, sentence punctuation or an opening quote, then quotes, brackets, markdown. */
const SENTENCE_START_RE = /(?:^|[.!?:;\n"“‘])[\s"“‘(*_#>-]*$/;

interface Word {
  text: string;
  index: number;
}

const isName = (w: string) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase());

/** A word without a possessive ("Google's" → "Google"). */
const bare = (w: string) => w.replace(/['’]s$/u, '');

/** Runs of capitalised words (joined by single spaces or " & "), minus a sentence's first word, which is capitalised anyway. */
function nameRuns(text: string): Word[][] {
  const runs: Word[][] = [[]];
  let prevEnd = -1;
  for (const m of text.matchAll(WORD_RE)) {
    const w = { text: bare(m[0]), index: m.index };
    const joined = prevEnd >= 0 && /^\s(?:&\s)?$/.test(text.slice(prevEnd, m.index));
    prevEnd = m.index + m[0].length;
    if (runs[runs.length - 1]!.length > 0 && (!joined || !isName(w.text))) runs.push([]);
    const run = runs[runs.length - 1]!;
    if (isName(w.text) && !(run.length === 0 && SENTENCE_START_RE.test(text.slice(0, m.index)))) run.push(w);
  }
  return runs.filter((r) => r.length > 0);
}

/** The placeholder for a name, by the words before it: an organisation, a role, a product, or any name. */
function placeholderFor(before: string): string {
  if (/\b(?:at|for|joined|join|left|from|with|by|of)\s+(?:the\s+)?$/i.test(before)) return '[employer]';
  if (/\bas\s+(?:an?\s+|the\s+)?$/i.test(before)) return '[role]';
  if (/\b(?:launched|shipped|built|released|using|use|used|on|into|to|adopted|migrated|rolled out)\s+(?:the\s+|our\s+|a\s+)?$/i.test(before)) return '[product]';
  return '[name]';
}

/**
 * Names the model wrote that none of `sources` holds (each word is looked up,
 * so "Larkspur Freight Inc." passes when the resume says "Larkspur Freight")
 * replaced with a placeholder. Text already inside [brackets] is left alone;
 * a name opening a sentence is not caught (it cannot be told from any other
 * capitalised first word).
 */
export function replaceInventedNames(text: string, sources: string): string {
  const haystack = normaliseForMatch(sources);
  const known = (w: Word) => haystack.includes(normaliseForMatch(w.text));
  return text
    .split(/(\[[^[\]\n]{1,60}\])/)
    .map((part, i) => (i % 2 === 1 ? part : replaceRuns(part, (run) => run.every(known))))
    .join('');
}

function replaceRuns(part: string, grounded: (run: Word[]) => boolean): string {
  let out = part;
  for (const run of nameRuns(part).reverse()) {
    if (grounded(run)) continue;
    const start = run[0]!.index;
    const last = run[run.length - 1]!;
    out = `${out.slice(0, start)}${placeholderFor(part.slice(0, start))}${out.slice(last.index + last.text.length)}`;
  }
  return out;
}
