/**
 * Turn mammoth's small, well-formed HTML into readable lines: one line per
 * paragraph/heading, "- " for list items, table rows as "cell | cell", and a
 * Word heading (h1–h6) as a Markdown heading ("# Title", "## Part") followed by
 * a blank line. The marks keep a heading a heading downstream: the story
 * importer cuts a document into one story per heading (work-history/markdown.ts),
 * and every other reader already treats the text like an uploaded Markdown file
 * (the built-in coach strips the marks, profile/normalize.ts).
 * mammoth emits only simple tags (p, h1–h6, ul/ol/li, table/tr/td/th, a,
 * strong, em, br, img), so a tag scanner is enough — no DOM needed.
 */

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table', 'ul', 'ol', 'blockquote']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

interface State {
  lines: string[];
  current: string;
  /** Cells of the table row being read (null outside a row). */
  row: string[] | null;
  /** Text of the cell being read (null outside a cell). */
  cell: string | null;
  /** Table nesting depth; rows of nested tables are flattened into the outer cell. */
  depth: number;
}

/** Convert mammoth HTML to plain text lines. */
export function htmlToText(html: string): string {
  const state: State = { lines: [], current: '', row: null, cell: null, depth: 0 };
  const tokens = /<(\/?)([a-zA-Z0-9]+)[^>]*>|([^<]+)/g;
  for (const match of html.matchAll(tokens)) {
    const [, closing, rawTag, text] = match;
    if (text !== undefined) appendText(state, decodeEntities(text));
    else handleTag(state, rawTag!.toLowerCase(), closing === '/');
  }
  flushLine(state);
  return state.lines.join('\n');
}

function handleTag(state: State, tag: string, closing: boolean): void {
  if (tag === 'table') state.depth += closing ? -1 : 1;
  if (state.depth > 1 || (tag === 'table' && closing && state.depth > 0)) {
    if (state.cell !== null) state.cell += ' | ';
    return;
  }
  if (tag === 'td' || tag === 'th') {
    if (closing && state.cell !== null) {
      state.row?.push(tidyCell(state.cell));
      state.cell = null;
    } else if (!closing) state.cell = '';
    return;
  }
  if (tag === 'tr') {
    if (!closing) state.row = [];
    else if (state.row) {
      const cells = state.row.filter((c) => c.length > 0);
      if (cells.length > 0) state.lines.push(cells.join(' | '));
      state.row = null;
    }
    return;
  }
  if (tag === 'br') return appendText(state, state.cell !== null ? ' ' : '\n');
  if (state.cell !== null) {
    // Paragraphs inside a cell are joined with spaces so the row stays one line.
    if (BLOCK_TAGS.has(tag)) state.cell += ' ';
    return;
  }
  if (BLOCK_TAGS.has(tag)) startBlock(state, tag, closing);
}

/** A block ends the current line; a list item starts with "- ", a heading with its Markdown mark and ends with a blank line. */
function startBlock(state: State, tag: string, closing: boolean): void {
  flushLine(state);
  const heading = /^h([1-6])$/.exec(tag);
  if (closing) {
    if (heading) state.lines.push('');
  } else if (tag === 'li') state.current = '- ';
  else if (heading) state.current = `${'#'.repeat(Number(heading[1]))} `;
}

/** Collapse whitespace and the separators left by nested tables. */
function tidyCell(cell: string): string {
  return cell
    .replace(/\s+/g, ' ')
    .replace(/( ?\| ?)+/g, ' | ')
    .replace(/^[\s|]+|[\s|]+$/g, '');
}

function appendText(state: State, text: string): void {
  if (state.cell !== null) state.cell += text;
  else state.current += text;
}

function flushLine(state: State): void {
  const line = state.current.trim();
  // A bullet or heading mark with no words (an empty list item or heading) is no line.
  if (line.length > 0 && !/^(?:-|#{1,6})$/.test(line)) state.lines.push(line);
  state.current = '';
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16), whole);
    if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10), whole);
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function safeCodePoint(cp: number, fallback: string): string {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}
