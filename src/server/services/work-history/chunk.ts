/**
 * Chunking: long text (a resume, a file, a transcript) becomes snippets of
 * about 60–180 words that end on sentence or paragraph boundaries, with one
 * sentence of overlap so a story split across chunks is still findable from
 * either side. Text that is already short stays one snippet, untouched.
 */
import { wordCount } from '../../text/tokens.js';

export interface ChunkOptions {
  /** Below this a chunk keeps growing past a paragraph end. */
  minWords: number;
  /** A chunk stops once it reaches this many words. */
  targetWords: number;
  /** A chunk never exceeds this unless a single sentence does. */
  maxWords: number;
  /** Sentences carried over from the end of one chunk to the start of the next. */
  overlapSentences: number;
}

export const DEFAULT_CHUNK: ChunkOptions = { minWords: 60, targetWords: 120, maxWords: 180, overlapSentences: 1 };

interface Sentence {
  text: string;
  words: number;
  /** True when this sentence ends a paragraph (or a list item / line block). */
  paraEnd: boolean;
}

// A sentence ends at . ! ? (optionally followed by quotes/brackets) and whitespace,
// but not after common abbreviations or single initials ("e.g.", "Dr.", "J.").
const ABBREV = /\b(?:e\.g|i\.e|etc|vs|dr|mr|mrs|ms|jr|sr|inc|ltd|co|approx|no|st|[a-z])\.$/i;

/** Split one paragraph into sentences. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["')\]]*\s+/g;
  for (const m of paragraph.matchAll(re)) {
    const end = m.index + m[0].length;
    const candidate = paragraph.slice(start, m.index + m[0].trimEnd().length);
    if (ABBREV.test(candidate.trimEnd())) continue;
    out.push(candidate.trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter(Boolean);
}

/** Paragraphs are blank-line separated; bullet lines and short lines are their own paragraph. */
function splitParagraphs(text: string): string[] {
  const out: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    const isList = lines.some((l) => /^([-*•▪◦·]|\d+[.)])\s/.test(l));
    if (isList) out.push(...lines);
    else if (lines.length) out.push(lines.join(' '));
  }
  return out;
}

function toSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const para of splitParagraphs(text)) {
    const sentences = splitSentences(para);
    sentences.forEach((s, i) => out.push({ text: s, words: wordCount(s), paraEnd: i === sentences.length - 1 }));
  }
  return out;
}

function join(sentences: Sentence[]): string {
  let s = '';
  for (const [i, x] of sentences.entries()) s += i === 0 ? x.text : (sentences[i - 1]!.paraEnd ? '\n\n' : ' ') + x.text;
  return s;
}

/** Cut text into chunks; returns the text itself when it already fits in one chunk. */
export function chunkText(text: string, opts: ChunkOptions = DEFAULT_CHUNK): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  if (wordCount(trimmed) <= opts.maxWords) return [trimmed];
  const sentences = toSentences(trimmed);
  const chunks: string[] = [];
  let current: Sentence[] = [];
  let words = 0;
  let fresh = 0; // sentences in `current` that are not overlap from the previous chunk
  const flush = (): void => {
    if (fresh > 0) chunks.push(join(current));
    current = opts.overlapSentences > 0 ? current.slice(-opts.overlapSentences) : [];
    // Overlap never makes a chunk too big on its own.
    while (current.length && current.reduce((n, s) => n + s.words, 0) > opts.maxWords / 3) current.shift();
    words = current.reduce((n, s) => n + s.words, 0);
    fresh = 0;
  };
  for (const s of sentences) {
    if (fresh > 0 && words + s.words > opts.maxWords) flush();
    current.push(s);
    words += s.words;
    fresh++;
    if (words >= opts.targetWords || (s.paraEnd && words >= opts.minWords && words >= opts.targetWords * 0.75)) flush();
  }
  if (fresh > 0) {
    // A short tail joins the previous chunk when that keeps it within bounds.
    const last = chunks.length ? chunks[chunks.length - 1]! : '';
    const tail = join(current.slice(current.length - fresh));
    if (last && words < opts.minWords && wordCount(last) + wordCount(tail) <= opts.maxWords) {
      chunks[chunks.length - 1] = `${last} ${tail}`;
    } else chunks.push(join(current));
  }
  return chunks;
}
