/**
 * Markdown handling for imported work history: a document is cut into
 * sections at its headings (Markdown `#`/setext, a bold-only line, an ALL-CAPS
 * line, a plain title line: plain-heading.ts) and horizontal rules, and
 * Markdown marks are removed from what is stored, because stories are shown
 * and quoted as plain text. Size-based chunking of each section lives in chunk.ts.
 */
import { cleanInline } from '../../text/markdown.js';
import { endsSentence, isTitleText, textFollows } from './plain-heading.js';

/** The lines under one heading (or before the first heading). */
export interface Section {
  /** The heading's raw text (marks not yet removed); `null` before the first heading or after a rule. */
  heading: string | null;
  /** The section's raw body lines, in order. */
  lines: string[];
}

/** A heading found at a line: its raw text and how many following lines it also used (a setext underline). */
interface Heading {
  text: string;
  skip: number;
}

const ATX = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const BOLD_LINE = /^\s*(?:\*\*|__)([^*_\n]+?)(?:\*\*|__)\s*:?\s*$/;
const BULLET = /^\s*(?:[-*+•▪◦·]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/;
const FENCE = /^\s{0,3}(?:```|~~~)/;
/** A STAR part named as a heading ("## Situation") labels a part of one story; it starts no new one. */
const STAR_HEADING = /^(?:situation|task|actions?|results?|impact|learnings?|lessons?(?: learned)?|outcome|context|background|challenge|problem|solution|approach|what i (?:did|learned))$/i;

/** "EXPERIENCE", "Q1 2023": a short upper-case line standing alone heads a section of a plain-text document. */
function isCapsHeading(line: string): boolean {
  const t = line.trim();
  return /[A-Z]{2}|[A-Z]\d/.test(t) && !/[a-z,;!?]|\.$/.test(t) && t.split(/\s+/).length <= 6 && !BULLET.test(t);
}

/** A setext heading: a non-empty, non-bullet line after a blank line, underlined with `===` or `---`. */
function isSetext(line: string, next: string | undefined, afterBlank: boolean): boolean {
  return afterBlank && line.trim() !== '' && !BULLET.test(line) && next !== undefined && UNDERLINE.test(next);
}

/**
 * A line standing alone: at the start, after a blank line, after another
 * heading, or after a line that ends a sentence — the text of a PDF has no
 * blank lines, so a title there is known by the finished sentence above it.
 */
function standsAlone(st: Splitting, lines: string[], i: number): boolean {
  return i === 0 || !lines[i - 1]!.trim() || st.afterHeading || endsSentence(lines[i - 1]!);
}

/**
 * A heading of plain text: an ALL-CAPS line, or a title line followed by its
 * story (plain-heading.ts). Not while a STAR label waits for its text: that
 * text ("Result" / "We shipped on time") is the label's, not a new story's.
 */
function isPlainHeading(st: Splitting, lines: string[], i: number): boolean {
  const line = lines[i]!;
  if (BULLET.test(line) || !standsAlone(st, lines, i)) return false;
  return isCapsHeading(line) || (st.label === null && isTitleText(line, st.widest) && textFollows(lines, i));
}

/** The heading a line starts, if any: `null` when the line is body text. */
function headingOf(st: Splitting, lines: string[], i: number): Heading | null {
  const line = lines[i]!;
  const afterBlank = i === 0 || !lines[i - 1]!.trim();
  const atx = ATX.exec(line);
  if (atx) return { text: atx[1]!, skip: 0 };
  if (isSetext(line, lines[i + 1], afterBlank)) return { text: line.trim(), skip: 1 };
  const bold = BOLD_LINE.exec(line);
  if (bold) return { text: bold[1]!.trim(), skip: 0 };
  if (isPlainHeading(st, lines, i)) return { text: line.trim(), skip: 0 };
  return null;
}

/** "Situation:" when a heading (or a line on its own) names a STAR part, else `null`. */
function starLabel(heading: string): string | null {
  const words = cleanInline(heading).replace(/[\s:]+$/, '');
  return STAR_HEADING.test(words) ? `${words}:` : null;
}

/** The sections so far, and a STAR label waiting for the text it labels. */
interface Splitting {
  sections: Section[];
  /** "Situation:" from a line of its own: it joins the next line of text ("Situation: Our AWS spend…"). */
  label: string | null;
  /** The last non-blank line was a heading (a document's title above a story's title). */
  afterHeading: boolean;
  /** The length of the text's longest line: a title is clearly shorter (plain-heading.ts). */
  widest: number;
}

/** A STAR-part heading labels the next line of text; any other heading opens a section. */
function addHeading(st: Splitting, text: string): void {
  const label = starLabel(text);
  if (label) st.label = label;
  else {
    st.label = null;
    st.sections.push({ heading: text, lines: [] });
  }
}

/** A body line, joined to a waiting STAR label (blank lines between them are skipped). */
function addBody(st: Splitting, line: string): void {
  const lines = st.sections[st.sections.length - 1]!.lines;
  if (st.label === null) lines.push(line);
  else if (line.trim()) {
    lines.push(`${st.label} ${line.replace(BULLET, '').trim()}`);
    st.label = null;
  }
}

/** Place line `i` into the sections; returns how many following lines it used up. */
function placeLine(st: Splitting, lines: string[], i: number, inFence: boolean): number {
  const line = lines[i]!;
  const heading = inFence || FENCE.test(line) ? null : headingOf(st, lines, i);
  if (line.trim()) st.afterHeading = heading !== null;
  if (heading) {
    addHeading(st, heading.text);
    return heading.skip;
  }
  if (!inFence && RULE.test(line)) {
    st.label = null;
    st.sections.push({ heading: null, lines: [] });
  } else if (!inFence && !BULLET.test(line) && starLabel(line.replace(BOLD_LINE, '$1'))) st.label = starLabel(line.replace(BOLD_LINE, '$1'));
  else addBody(st, line);
  return 0;
}

/**
 * Cut a document into sections at its headings and horizontal rules. Text with
 * none of them is one section without a heading. Code fences are body text.
 * A heading (or a line on its own) naming a STAR part ("## Result") starts no
 * section: it labels the text after it, on one line ("Result: We shipped…").
 */
export function splitSections(text: string): Section[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const widest = lines.reduce((n, l) => Math.max(n, l.trim().length), 0);
  const st: Splitting = { sections: [{ heading: null, lines: [] }], label: null, afterHeading: false, widest };
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    if (FENCE.test(lines[i]!)) fence = !fence;
    i += placeLine(st, lines, i, fence);
  }
  return st.sections;
}

/** Table rows keep their cells, separated by " · "; the separator row goes. */
function cleanTableRow(line: string): string | null {
  if (/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(line)) return null;
  if (!/^\s*\|.*\|\s*$/.test(line)) return line;
  return line.trim().replace(/^\|\s*|\s*\|$/g, '').split(/\s*\|\s*/).join(' · ');
}

/**
 * Markdown removed from a story, line by line: list bullets, quote marks,
 * reference definitions, code fences and table borders, then inline marks.
 * Line breaks are kept (a list stays one item a line).
 */
export function cleanMarkdown(text: string): string {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    if (FENCE.test(raw) || /^\s{0,3}\[[^\]]+\]:\s+\S+/.test(raw)) continue;
    const row = cleanTableRow(raw);
    if (row === null) continue;
    out.push(cleanInline(row.replace(/^\s*(?:>\s?)+/, '').replace(BULLET, '')));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * A whole document as plain words, `#` heading marks included in what is
 * removed: the fallback when no section has a body of its own (only headings).
 */
export function cleanDocument(text: string): string {
  return cleanMarkdown(text.replace(/^\s{0,3}#{1,6}\s+/gm, ''));
}
