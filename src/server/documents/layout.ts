/**
 * Rebuild reading order from positioned PDF text items. Items are grouped into
 * rows by baseline; if the page has a vertical gutter that few rows cross, it
 * is read as two columns — left column, then right — with full-width rows
 * (a name header, a section title) kept in place between column blocks.
 */
import { blockLines, groupRows, rowText, type PositionedText, type Row } from './rows.js';

export type { PositionedText } from './rows.js';

interface Gutter {
  start: number;
  end: number;
}

/** Smallest horizontal gap (pt) that can be a column gutter. */
const MIN_GUTTER = 10;
/** Share of rows allowed to cross the gutter (full-width headers, titles). */
const MAX_CROSSING_SHARE = 0.25;
/** Each column must hold at least this share of the page's characters. */
const MIN_COLUMN_SHARE = 0.15;

/** Widest text block (pt) considered for column detection. */
const MAX_SPAN = 5000;

/** Turn one page's items into text lines in reading order. */
export function pageToLines(items: PositionedText[]): string[] {
  const rows = groupRows(items.filter((it) => it.str.trim().length > 0));
  const gutter = findGutter(rows);
  if (!gutter) return blockLines(rows);
  return readColumns(rows, gutter);
}

/** Find the best vertical gutter in the middle of the text block, if any. */
function findGutter(rows: Row[]): Gutter | null {
  if (rows.length < 4) return null;
  const all = rows.flatMap((r) => r.items);
  const minX = Math.floor(all.reduce((m, i) => Math.min(m, i.x), Number.POSITIVE_INFINITY));
  const maxX = Math.ceil(all.reduce((m, i) => Math.max(m, i.x + i.width), Number.NEGATIVE_INFINITY));
  const span = maxX - minX;
  // Real pages are under ~1,500 pt wide; stray coordinates must not make us allocate or loop for millions.
  if (span < 4 * MIN_GUTTER || span > MAX_SPAN) return null;
  const coverage = rowCoverage(rows, minX, span);
  const maxCrossing = Math.floor(rows.length * MAX_CROSSING_SHARE);
  let best: (Gutter & { crossing: number }) | null = null;
  let runStart = -1;
  let runMax = 0;
  const lo = Math.floor(span * 0.2);
  const hi = Math.ceil(span * 0.8);
  for (let b = lo; b <= hi + 1; b++) {
    const open = b <= hi && coverage[b]! <= maxCrossing;
    if (open) {
      if (runStart < 0) [runStart, runMax] = [b, 0];
      runMax = Math.max(runMax, coverage[b]!);
      continue;
    }
    if (runStart >= 0 && b - runStart >= MIN_GUTTER) {
      const cand = { start: minX + runStart, end: minX + b, crossing: runMax };
      if (!best || cand.crossing < best.crossing || (cand.crossing === best.crossing && cand.end - cand.start > best.end - best.start)) best = cand;
    }
    runStart = -1;
  }
  return best && isRealColumnSplit(rows, best) ? best : null;
}

/** coverage[b] = number of rows with text over x = minX + b. */
function rowCoverage(rows: Row[], minX: number, span: number): Int32Array {
  const coverage = new Int32Array(span + 2);
  for (const row of rows) {
    const covered = new Uint8Array(span + 2);
    for (const it of row.items) {
      const from = Math.max(0, Math.floor(it.x - minX));
      const to = Math.min(span, Math.ceil(it.x + it.width - minX));
      covered.fill(1, from, to);
    }
    for (let b = 0; b <= span; b++) coverage[b]! += covered[b]!;
  }
  return coverage;
}

/**
 * Reject gaps that are not columns: both sides need real text, and a right
 * side made only of short fragments on the same rows as left text is a
 * right-aligned date or location, not a column.
 */
function isRealColumnSplit(rows: Row[], gutter: Gutter): boolean {
  const mid = (gutter.start + gutter.end) / 2;
  let leftChars = 0;
  let rightChars = 0;
  let leftRows = 0;
  const rightRowTexts: { text: string; paired: boolean }[] = [];
  for (const row of rows) {
    if (crosses(row, gutter)) continue;
    const left = row.items.filter((i) => i.x + i.width / 2 < mid);
    const right = row.items.filter((i) => i.x + i.width / 2 >= mid);
    leftChars += left.reduce((n, i) => n + i.str.length, 0);
    rightChars += right.reduce((n, i) => n + i.str.length, 0);
    if (left.length > 0) leftRows++;
    if (right.length > 0) rightRowTexts.push({ text: rowText(right), paired: left.length > 0 });
  }
  const total = leftChars + rightChars;
  if (leftRows < 3 || rightRowTexts.length < 3 || total === 0) return false;
  if (leftChars / total < MIN_COLUMN_SHARE || rightChars / total < MIN_COLUMN_SHARE) return false;
  const lengths = rightRowTexts.map((r) => r.text.length).sort((a, b) => a - b);
  const medianRight = lengths[Math.floor(lengths.length / 2)]!;
  const allPaired = rightRowTexts.every((r) => r.paired);
  return !(allPaired && medianRight <= 16);
}

function crosses(row: Row, gutter: Gutter): boolean {
  return row.items.some((i) => i.x < gutter.end && i.x + i.width > gutter.start);
}

/** Emit rows column by column; a full-width row flushes both columns first. */
function readColumns(rows: Row[], gutter: Gutter): string[] {
  const mid = (gutter.start + gutter.end) / 2;
  const out: string[] = [];
  let left: Row[] = [];
  let right: Row[] = [];
  const flush = (): void => {
    // A blank line between the columns keeps their paragraphs apart.
    out.push(...blockLines(left), ...(left.length > 0 && right.length > 0 ? [''] : []), ...blockLines(right));
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (crosses(row, gutter)) {
      flush();
      out.push(rowText(row.items));
      continue;
    }
    const l = row.items.filter((i) => i.x + i.width / 2 < mid);
    const r = row.items.filter((i) => i.x + i.width / 2 >= mid);
    if (l.length > 0) left.push({ y: row.y, items: l });
    if (r.length > 0) right.push({ y: row.y, items: r });
  }
  flush();
  return out;
}
