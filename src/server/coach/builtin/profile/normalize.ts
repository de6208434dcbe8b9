/**
 * Turns extracted document text (PDF, DOCX, pasted) into clean lines: fixes
 * ligatures and end-of-line hyphenation, marks bullets whatever glyph they
 * used, splits run-together bullets and table cells, and drops page furniture
 * (page numbers, headers/footers repeated on every page). Pasted Markdown loses
 * its decoration here ("# ", "**…**", links), so no heading mark reaches a
 * title, requirement or question; the stored document text is left untouched.
 */
import { cleanInline } from '../../../text/markdown.js';

export interface DocLine {
  text: string;
  bullet: boolean;
}

const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };
const BULLET_GLYPHS = '•▪◦●○■□‣⁃∙·►▶➢✓✔➤◆◇❖';
const BULLET_START = new RegExp(`^\\s*(?:[${BULLET_GLYPHS}]|[-*–+](?=\\s)|\\d{1,2}[.)](?=\\s))\\s*`);
const INLINE_BULLETS = new RegExp(`\\s[${BULLET_GLYPHS}]\\s`);
const PAGE_FURNITURE = /^(?:page\s*\d+(?:\s*(?:of|\/)\s*\d+)?|\d+\s*(?:of|\/)\s*\d+|-?\s*\d{1,2}\s*-?)$/i;

/** Character-level clean-up of the whole text before it is split into lines. */
export function cleanText(raw: string): string {
  return raw
    .replace(/[ﬀﬁﬂﬃﬄﬅﬆ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    // "manage-\nment" → "management"; keep real hyphens such as "cross-\nFunctional".
    .replace(/([a-z])-\n\s*([a-z])/g, '$1$2');
}

function splitRow(line: string): string[] {
  // Table cells (DOCX tables arrive tab-separated) and wide column gaps become separate lines.
  const cells = line.split(/\t+| {4,}/).map((c) => c.trim()).filter(Boolean);
  const out: string[] = [];
  for (const cell of cells) {
    if (INLINE_BULLETS.test(cell)) {
      const parts = cell.split(new RegExp(`\\s(?=[${BULLET_GLYPHS}]\\s)`));
      out.push(...parts.map((p) => p.trim()).filter(Boolean));
    } else out.push(cell);
  }
  return out;
}

/**
 * Markdown decoration removed from one line: heading marks, block quotes,
 * emphasis, inline code, links/images and backslash escapes. Literal "#" inside
 * words ("C#", "#1") and snake_case names are kept.
 */
export function stripMarkdown(line: string): string {
  const marks = line
    .replace(/^\s{0,3}(?:>\s?)+/, '')
    .replace(/^\s{0,3}#{1,6}(?=\s|$)/, '')
    .replace(/\s+#+\s*$/, '');
  return cleanInline(marks);
}

/** Split a document into clean, classified lines. */
export function toLines(raw: string | null): DocLine[] {
  if (!raw) return [];
  const lines: DocLine[] = [];
  for (const rawLine of cleanText(raw).split('\n')) {
    // A Markdown table row "| a | b |" is cells like a DOCX row; its "|---|" rule is dropped below.
    const row = /^\s*\|.*\|\s*$/.test(rawLine) ? rawLine.replace(/^\s*\||\|\s*$/g, '').replace(/\s*\|\s*/g, '\t') : rawLine;
    for (const cell of splitRow(stripMarkdown(row))) {
      const bullet = BULLET_START.test(cell);
      const text = stripMarkdown(cell.replace(BULLET_START, '')).replace(/\s+/g, ' ').trim();
      if (!text || PAGE_FURNITURE.test(text) || /^[-_=.•·:|+*#\s]+$/.test(text)) continue;
      lines.push({ text, bullet });
    }
  }
  return dropRepeatedFurniture(lines);
}

/**
 * Running headers/footers: a short line repeated on later pages that either
 * opened the document (name banner) or carries contact details. Keep the first
 * copy only. Repeated job titles are left alone (two roles may share a title).
 */
function dropRepeatedFurniture(lines: DocLine[]): DocLine[] {
  const counts = new Map<string, number>();
  for (const l of lines) if (!l.bullet && l.text.length <= 90) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const opening = new Set(lines.slice(0, 1).map((l) => l.text));
  const seen = new Set<string>();
  return lines.filter((l) => {
    if (l.bullet || (counts.get(l.text) ?? 0) < 2) return true;
    const furniture = opening.has(l.text) || CONTACT.test(l.text) || /confidential|curriculum vitae|résumé|resume/i.test(l.text);
    if (!furniture) return true;
    if (seen.has(l.text)) return false;
    seen.add(l.text);
    return true;
  });
}

const CONTACT = /@|https?:|www\.|linkedin|github\.com|\+?\d[\d ()-]{7,}\d/i;

/** True for a line carrying contact details (email, phone, profile links): never evidence of a skill. */
export function isContactLine(line: string): boolean {
  return CONTACT.test(line);
}

/** Count of words in a line. */
export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
