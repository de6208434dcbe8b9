/**
 * Rows of positioned PDF text: grouping fragments by baseline, joining them
 * into line text, and rejoining lines the PDF wrapped at the column edge.
 */

/** A positioned text fragment (PDF user space: origin bottom-left). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Row {
  y: number;
  items: PositionedText[];
}

/** Group items whose baselines are within half a line of each other, top to bottom. */
export function groupRows(items: PositionedText[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const last = rows[rows.length - 1];
    const tolerance = Math.max(2, 0.5 * (item.height || 10));
    if (last && Math.abs(last.y - item.y) <= tolerance) last.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
}

/** Join a row's fragments, inserting a space where there is a visible gap. */
export function rowText(items: PositionedText[]): string {
  let out = '';
  let prevEnd = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const gap = item.x - prevEnd;
    if (out.length > 0 && gap > 0.15 * (item.height || 10) && !out.endsWith(' ')) out += ' ';
    out += item.str;
    prevEnd = item.x + item.width;
  }
  return out.trim();
}

/** Share of a block's width a row must fill to count as wrapped by the layout. */
const FULL_ROW_SHARE = 0.85;

/**
 * Lines of one block (a column, or the whole page). A row that reaches the
 * block's right edge, followed closely by a row starting in lower case, is a
 * line the PDF wrapped: the two are rejoined into one logical line.
 */
export function blockLines(rows: Row[]): string[] {
  if (rows.length === 0) return [];
  const left = Math.min(...rows.map((r) => r.items[0]!.x));
  const right = Math.max(...rows.map(rowRight));
  const out: string[] = [];
  let prev: Row | null = null;
  for (const row of rows) {
    const text = rowText(row.items);
    if (prev && out.length > 0 && continuesLine(prev, row, text, left, right)) {
      const last = out[out.length - 1]!;
      // Keep a line-end hyphen on its own line so normalisation can decide "manage-ment" vs "event-driven".
      out[out.length - 1] = /\p{L}-$/u.test(last) ? `${last}\n${text}` : `${last} ${text}`;
    } else out.push(text);
    prev = row;
  }
  return out;
}

function rowRight(row: Row): number {
  const last = row.items[row.items.length - 1]!;
  return last.x + last.width;
}

function rowHeight(row: Row): number {
  return Math.max(...row.items.map((i) => i.height || 10));
}

/** A wrapped line holds at least this many characters (short list items never wrap). */
const MIN_WRAPPED_CHARS = 20;

function continuesLine(prev: Row, row: Row, text: string, left: number, right: number): boolean {
  const prevChars = prev.items.reduce((n, i) => n + i.str.length, 0);
  const fullWidth = prevChars >= MIN_WRAPPED_CHARS && rowRight(prev) - left >= FULL_ROW_SHARE * (right - left);
  const close = prev.y - row.y <= 1.6 * Math.max(rowHeight(prev), rowHeight(row));
  const aligned = row.items[0]!.x >= prev.items[0]!.x - 1;
  return fullWidth && close && aligned && /^\p{Ll}/u.test(text);
}
