/**
 * Chunking: long text (a resume, a file, a transcript) becomes snippets of
 * about 60–180 words that end on sentence or paragraph boundaries, with one
 * sentence of overlap so a story split across chunks is still findable from
 * either side, within one section only. A document with headings (Markdown
 * `#`/setext, a bold-only line, an ALL-CAPS line, a plain title line on its
 * own as in pasted notes or a PDF's text, a horizontal rule) is first cut into
 * its sections: each section is its own story (or several, when long), its
 * heading kept as the story's first line. Markdown marks are removed from
 * what is stored, because the stories are shown and quoted as plain text
 * (sections and mark removal: markdown.ts; plain titles: plain-heading.ts).
 * Short prose with none of these stays one snippet, untouched.
 */
import { wordCount } from '../../text/tokens.js';
import { cleanInline } from '../../text/markdown.js';
import { sentenceCase } from './heading-case.js';
import { cleanDocument, cleanMarkdown, splitSections, type Section } from './markdown.js';

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

/** The running state of `chunkBySize`. */
interface Chunking {
  chunks: string[];
  current: Sentence[];
  words: number;
  /** Sentences in `current` that are not overlap from the previous chunk. */
  fresh: number;
}

function sumWords(sentences: Sentence[]): number {
  return sentences.reduce((n, s) => n + s.words, 0);
}

/** The sentences a new chunk starts with: the last few of the previous one. */
function overlapOf(current: Sentence[], opts: ChunkOptions): Sentence[] {
  const kept = opts.overlapSentences > 0 ? current.slice(-opts.overlapSentences) : [];
  // Overlap never makes a chunk too big on its own.
  while (kept.length && sumWords(kept) > opts.maxWords / 3) kept.shift();
  return kept;
}

/** Close the current chunk (if it has new sentences) and start the next with the overlap. */
function flush(st: Chunking, opts: ChunkOptions): void {
  if (st.fresh > 0) st.chunks.push(join(st.current));
  st.current = overlapOf(st.current, opts);
  st.words = sumWords(st.current);
  st.fresh = 0;
}

/** A chunk ends at its target size, or at a paragraph end once it is long enough. */
function chunkFull(st: Chunking, s: Sentence, opts: ChunkOptions): boolean {
  return st.words >= opts.targetWords || (s.paraEnd && st.words >= opts.minWords && st.words >= opts.targetWords * 0.75);
}

function addSentence(st: Chunking, s: Sentence, opts: ChunkOptions): void {
  if (st.fresh > 0 && st.words + s.words > opts.maxWords) flush(st, opts);
  st.current.push(s);
  st.words += s.words;
  st.fresh++;
  if (chunkFull(st, s, opts)) flush(st, opts);
}

/** The chunks, with what is left: a short tail joins the previous chunk when that keeps it within bounds. */
function finish(st: Chunking, opts: ChunkOptions): string[] {
  const { chunks } = st;
  if (st.fresh === 0) return chunks;
  const last = chunks.length ? chunks[chunks.length - 1]! : '';
  const tail = join(st.current.slice(st.current.length - st.fresh));
  if (last && st.words < opts.minWords && wordCount(last) + wordCount(tail) <= opts.maxWords) {
    chunks[chunks.length - 1] = `${last} ${tail}`;
  } else chunks.push(join(st.current));
  return chunks;
}

/** Size-based chunking of one section's raw text (before its Markdown is removed). */
function chunkBySize(text: string, opts: ChunkOptions): string[] {
  if (wordCount(text) <= opts.maxWords) return [text];
  const st: Chunking = { chunks: [], current: [], words: 0, fresh: 0 };
  for (const s of toSentences(text)) addSentence(st, s, opts);
  return finish(st, opts);
}

/**
 * A heading's words as a story's first line, ending in a colon so the story
 * reads on when its lines are run together — or a full stop when the heading
 * has a colon of its own ("A deadline I missed: HIPAA audit logging."), as two
 * colons in a line read badly. An ALL-CAPS heading is put in sentence case
 * (it is quoted back to the user in questions).
 */
export function headingLine(heading: string): string {
  const words = sentenceCase(cleanInline(heading).replace(/[\s:]+$/, ''));
  if (/[.!?]$/.test(words)) return words;
  return words.includes(':') ? `${words}.` : `${words}:`;
}

/** One section's stories: its body chunked by size, Markdown removed, each headed by the section's heading. */
function sectionChunks(section: Section, opts: ChunkOptions): string[] {
  const body = section.lines.join('\n').trim();
  if (!body) return [];
  const head = section.heading ? headingLine(section.heading) : '';
  const headWords = wordCount(head);
  // The heading line counts towards the story's size.
  const room = { ...opts, maxWords: Math.max(opts.minWords, opts.maxWords - headWords), targetWords: Math.max(opts.minWords, opts.targetWords - headWords) };
  const out: string[] = [];
  for (const raw of chunkBySize(body, room)) {
    const clean = cleanMarkdown(raw);
    if (wordCount(clean) > 0) out.push(head ? `${head}\n${clean}` : clean);
  }
  return out;
}

/** What an importer keeps of a section: the section (possibly trimmed), or `null` to drop it. */
export type SectionFilter = (section: Section) => Section | null;

/**
 * Cut text into stories: one or more per section (see `splitSections` in
 * markdown.ts), each without Markdown marks and headed by its section's
 * heading. A heading with no body of its own (a document title) makes no
 * story. With `keep` (an import: import-filter.ts), sections it drops make no
 * story, and a document it drops whole stores nothing. Deterministic, so
 * re-importing the same text yields the same chunks (and so no duplicates).
 */
export function chunkText(text: string, opts: ChunkOptions = DEFAULT_CHUNK, keep?: SectionFilter): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const all = splitSections(trimmed);
  const sections = keep ? all.flatMap((s) => keep(s) ?? []) : all;
  const out = sections.flatMap((section) => sectionChunks(section, opts));
  if (out.length || keep) return out;
  // Only headings (or only marks): keep their words rather than lose the text.
  const words = cleanDocument(trimmed);
  return wordCount(words) > 0 ? [words] : [];
}
