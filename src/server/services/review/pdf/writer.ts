/**
 * A small flowing-layout writer on top of pdf-lib: it keeps a cursor, wraps
 * text to the column, starts a new page when the next line does not fit, and
 * lets the caller keep a run of lines together (`ensure`). Page numbers are drawn at the end.
 */
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { wrapText } from './wrap.js';

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = { top: 56, bottom: 60, side: 56 };
export const COLUMN = PAGE.width - 2 * MARGIN.side;

export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.36, 0.36, 0.4);
export const RULE = rgb(0.75, 0.75, 0.78);

/**
 * A table row's rule sits RULE_DROP below the bottom of its last line box, which clears the
 * descenders (they reach about 0.24 em below the baseline, close to the box's bottom), and the
 * next row starts ROW_PAD below the rule.
 */
const RULE_DROP = 1.5;
const ROW_PAD = 2;
/** Points a row's rule and padding add under its lines. */
export const ROW_SPACE = RULE_DROP + ROW_PAD;

/** How far a list item's text hangs after the start of its marker. */
export const LIST_HANG = 16;

/** One cell of a table row. */
export interface Cell {
  text: string;
  style: TextStyle;
  width: number;
}

export interface TextStyle {
  font: PDFFont;
  size: number;
  lineHeight: number;
  color?: ReturnType<typeof rgb>;
}

export class PdfWriter {
  private page!: PDFPage;
  private y = 0;
  /** Whether anything was drawn on this page: a page with nothing on it is never left behind. */
  private used = false;
  private readonly widths = new Map<PDFFont, Map<string, number>>();

  /** `width` measures text; it must agree with how pdf-lib draws it. */
  constructor(
    private readonly doc: PDFDocument,
    private readonly width: (font: PDFFont, size: number, text: string) => number = (f, size, t) => f.widthOfTextAtSize(t, size),
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN.top;
    this.used = false;
  }

  /** Start a new page unless `height` more points fit on this one (or this page is still empty: more room there is none). */
  ensure(height: number): void {
    if (this.used && this.y - height < MARGIN.bottom) this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** Text width, cached per font and size (words repeat a lot in a guide). */
  measure(font: PDFFont, size: number, text: string): number {
    let byFont = this.widths.get(font);
    if (!byFont) this.widths.set(font, (byFont = new Map()));
    const key = `${size}\u0000${text}`;
    let w = byFont.get(key);
    if (w === undefined) {
      w = this.width(font, size, text);
      byFont.set(key, w);
    }
    return w;
  }

  wrap(text: string, style: TextStyle, width: number): string[] {
    return wrapText(text, width, (t) => this.measure(style.font, style.size, t));
  }

  /** Draw one line at the cursor (x from the left margin) and move down. */
  line(text: string, style: TextStyle, x = 0, bar = false): void {
    this.ensure(style.lineHeight);
    const baseline = this.y - style.size;
    this.used = true;
    if (text !== '') this.page.drawText(text, { x: MARGIN.side + x, y: baseline, size: style.size, font: style.font, color: style.color ?? INK });
    if (bar) this.page.drawRectangle({ x: MARGIN.side + 2, y: this.y - style.lineHeight, width: 2.5, height: style.lineHeight, color: RULE });
    this.y -= style.lineHeight;
  }

  /** Wrapped text; `keep` lines are kept together with the first (used for headings). */
  text(text: string, style: TextStyle, opts: { indent?: number; keep?: number; bar?: boolean } = {}): void {
    const indent = opts.indent ?? 0;
    const lines = this.wrap(text, style, COLUMN - indent);
    this.ensure(style.lineHeight * Math.min(lines.length, opts.keep ?? 1));
    for (const l of lines) this.line(l, style, indent, opts.bar);
  }

  /** A list item: the marker in the margin, wrapped lines aligned after it (hanging indent). */
  item(marker: string, text: string, style: TextStyle, indent: number): void {
    const hang = LIST_HANG;
    const lines = this.wrap(text, style, COLUMN - indent - hang);
    this.ensure(style.lineHeight * Math.min(lines.length, 2));
    lines.forEach((l, i) => {
      this.ensure(style.lineHeight);
      if (i === 0) this.page.drawText(marker, { x: MARGIN.side + indent, y: this.y - style.size, size: style.size, font: style.font, color: style.color ?? INK });
      this.line(l, style, indent + hang);
    });
  }

  private wrapRow(cells: Cell[]): string[][] {
    return cells.map((c) => this.wrap(c.text, c.style, c.width - 6));
  }

  /** How many lines a row of cells takes (its tallest cell). */
  rowLines(cells: Cell[]): number {
    return Math.max(...this.wrapRow(cells).map((w) => w.length));
  }

  /**
   * Points a table takes down to the first `lines` lines of its first row: the header is never
   * left alone at the foot of a page, so this much is kept together.
   */
  tableLead(header: Cell[], rows: Cell[][], lineHeight: number, lines = 3): number {
    const first = rows[0] ? Math.min(this.rowLines(rows[0]), lines) : 0;
    return (this.rowLines(header) + first) * lineHeight + ROW_SPACE;
  }

  /** A table: the header row, kept with the first lines of the first row, then every row. */
  table(header: Cell[], rows: Cell[][], lineHeight: number): void {
    this.ensure(this.tableLead(header, rows, lineHeight));
    this.row(header, lineHeight);
    for (const r of rows) this.row(r, lineHeight);
  }

  /** A table row of wrapped cells; long rows continue on the next page line by line. */
  row(cells: Cell[], lineHeight: number): void {
    const wrapped = this.wrapRow(cells);
    const height = Math.max(...wrapped.map((w) => w.length));
    this.ensure(lineHeight * Math.min(height, 3));
    for (let i = 0; i < height; i++) {
      this.ensure(lineHeight);
      this.used = true;
      let x = 0;
      cells.forEach((c, j) => {
        const t = wrapped[j]![i];
        if (t) this.page.drawText(t, { x: MARGIN.side + x, y: this.y - c.style.size, size: c.style.size, font: c.style.font, color: c.style.color ?? INK });
        x += c.width;
      });
      this.y -= lineHeight;
    }
    this.rule();
  }

  /** The rule under a table row, below its descenders (see RULE_DROP). */
  rule(): void {
    const y = this.y - RULE_DROP;
    this.page.drawLine({ start: { x: MARGIN.side, y }, end: { x: PAGE.width - MARGIN.side, y }, thickness: 0.5, color: RULE });
    this.y -= ROW_SPACE;
  }

  /** "title · page n of N" at the foot of every page. */
  footers(title: string, font: PDFFont): void {
    const pages = this.doc.getPages();
    pages.forEach((p, i) => {
      const label = `${title} · page ${i + 1} of ${pages.length}`;
      p.drawText(label, { x: MARGIN.side, y: MARGIN.bottom / 2, size: 8, font, color: MUTED });
    });
  }
}
