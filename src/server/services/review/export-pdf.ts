/**
 * The study guide as a PDF, made on the server with pdf-lib: an embedded,
 * subset TrueType font (DejaVu Sans) so Greek, Cyrillic and other non-Latin
 * text prints; word wrapping; pagination; page numbers. See pdf/fonts.ts for
 * what happens to characters the font lacks.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { Block, ScoreRow } from './guide/blocks.js';
import { clip } from './labels.js';
import { limitationNote, loadFonts, sanitize, type FontSet, type Sanitized } from './pdf/fonts.js';
import { COLUMN, LIST_HANG, MUTED, PdfWriter, type Cell, type TextStyle } from './pdf/writer.js';

interface Styles {
  h1: TextStyle;
  h2: TextStyle;
  h3: TextStyle;
  h4: TextStyle;
  body: TextStyle;
  strong: TextStyle;
  muted: TextStyle;
  small: TextStyle;
  smallBold: TextStyle;
}

function styles(regular: PDFFont, bold: PDFFont): Styles {
  return {
    h1: { font: bold, size: 19, lineHeight: 25 },
    h2: { font: bold, size: 13.5, lineHeight: 18 },
    h3: { font: bold, size: 11.5, lineHeight: 15.5 },
    h4: { font: bold, size: 10, lineHeight: 14 },
    body: { font: regular, size: 10, lineHeight: 14 },
    strong: { font: bold, size: 10, lineHeight: 14 },
    muted: { font: regular, size: 9, lineHeight: 12.5, color: MUTED },
    small: { font: regular, size: 8.5, lineHeight: 11.5 },
    smallBold: { font: bold, size: 8.5, lineHeight: 11.5 },
  };
}

const NO_SHAPING = { ccmp: false, locl: false, rlig: false, mark: false, mkmk: false, calt: false, clig: false, liga: false, rclt: false, curs: false, kern: false };

const SCORE_COLUMNS = [110, 80, COLUMN - 190];
const QUOTE_INDENT = 12;
const LIST_INDENT = 4;
/** A heading or label is kept with at least this many lines of the text it introduces. */
const KEEP_LINES = 3;
/** Space after each kind of block (a heading's space above it is `headingGap`). */
const AFTER = { heading: 2, paragraph: 4, quote: 5, list: 4, scores: 5 } as const;

const headingGap = (level: number): number => (level === 4 ? 4 : level === 3 ? 7 : 10);
const headingStyle = (s: Styles, level: 1 | 2 | 3 | 4): TextStyle => [s.h1, s.h2, s.h3, s.h4][level - 1]!;
const paragraphStyle = (s: Styles, tone: 'normal' | 'muted' | 'strong' | undefined): TextStyle => (tone === 'strong' ? s.strong : tone === 'muted' ? s.muted : s.body);

function scoreTable(s: Styles, rows: ScoreRow[]): { header: Cell[]; rows: Cell[][] } {
  return {
    header: ['Dimension', 'Score', 'Why'].map((text, i) => ({ text, style: s.smallBold, width: SCORE_COLUMNS[i]! })),
    rows: rows.map((r) => [r.label, r.score, r.detail].map((text, i) => ({ text, style: i === 1 ? s.smallBold : s.small, width: SCORE_COLUMNS[i]! }))),
  };
}

function draw(w: PdfWriter, s: Styles, b: Block): void {
  switch (b.kind) {
    case 'heading':
      w.text(b.text, headingStyle(s, b.level));
      break;
    case 'paragraph':
      w.text(b.text, paragraphStyle(s, b.tone));
      break;
    case 'quote':
      w.text(b.text, s.body, { indent: QUOTE_INDENT, bar: true });
      break;
    case 'list':
      b.items.forEach((item, i) => w.item(b.ordered ? `${i + 1}.` : '•', item, s.body, LIST_INDENT));
      break;
    case 'scores': {
      const t = scoreTable(s, b.rows);
      w.table(t.header, t.rows, s.small.lineHeight);
    }
  }
  w.gap(AFTER[b.kind]);
}

/** Headings and bold labels ("Strengths", "Best answer (4/5): …") introduce what follows; so does a paragraph marked keepWithNext. */
const leadsIn = (b: Block): boolean => b.kind === 'heading' || (b.kind === 'paragraph' && (b.tone === 'strong' || b.keepWithNext === true));

/** Points the first `lines` lines of a block take as draw() lays it out (a table: its header and the first lines of its first row). */
function opening(w: PdfWriter, s: Styles, b: Block, lines: number): number {
  const text = (t: string, style: TextStyle, indent = 0): number => Math.min(lines, w.wrap(t, style, COLUMN - indent).length) * style.lineHeight;
  switch (b.kind) {
    case 'heading':
      return headingGap(b.level) + text(b.text, headingStyle(s, b.level)) + AFTER.heading;
    case 'paragraph':
      return text(b.text, paragraphStyle(s, b.tone)) + AFTER.paragraph;
    case 'quote':
      return text(b.text, s.body, QUOTE_INDENT) + AFTER.quote;
    case 'list':
      return (b.items[0] === undefined ? 0 : text(b.items[0], s.body, LIST_INDENT + LIST_HANG)) + AFTER.list;
    case 'scores': {
      const t = scoreTable(s, b.rows);
      return w.tableLead(t.header, t.rows, s.small.lineHeight, lines);
    }
  }
}

/** What must stay on one page with the lead-in at `i`: it, any lead-ins right after it, and the first lines of the text they introduce. */
function keepHeight(w: PdfWriter, s: Styles, blocks: Block[], i: number): number {
  const first = blocks[i]!;
  // The space above a heading is already taken when this is measured.
  let total = opening(w, s, first, Infinity) - (first.kind === 'heading' ? headingGap(first.level) : 0);
  let j = i + 1;
  for (; j < blocks.length && leadsIn(blocks[j]!); j++) total += opening(w, s, blocks[j]!, Infinity);
  const body = blocks[j];
  return body ? total + opening(w, s, body, KEEP_LINES) : total;
}

/** Draw every block; a lead-in that would be left at the foot of a page without its text starts the next page. */
function drawAll(w: PdfWriter, s: Styles, blocks: Block[]): void {
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') w.gap(headingGap(b.level));
    if (leadsIn(b)) w.ensure(keepHeight(w, s, blocks, i));
    draw(w, s, b);
  });
}

/** Clean every block for the font (see pdf/fonts.ts); returns the cleaned blocks and what was left out or replaced. */
function sanitizeBlocks(blocks: Block[], fonts: FontSet): { blocks: Block[]; tally: Omit<Sanitized, 'text'> } {
  const tally = { replaced: 0, emoji: 0 };
  const missing = new Set<string>();
  const clean = (t: string): string => {
    const r = sanitize(t, fonts);
    tally.replaced += r.replaced;
    tally.emoji += r.emoji;
    r.missing.forEach((c) => missing.add(c));
    return r.text;
  };
  const out = blocks.map((b): Block => {
    switch (b.kind) {
      case 'list':
        return { ...b, items: b.items.map(clean) };
      case 'scores':
        return { ...b, rows: b.rows.map((r) => ({ label: clean(r.label), score: clean(r.score), detail: clean(r.detail) })) };
      default:
        return { ...b, text: clean(b.text) };
    }
  });
  return { blocks: out, tally: { ...tally, missing: [...missing] } };
}

async function embed(doc: PDFDocument, fonts: FontSet): Promise<{ regular: PDFFont; bold: PDFFont }> {
  if (fonts.kind === 'standard') {
    return { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  }
  doc.registerFontkit(fontkit);
  // Subsetting keeps the file small (tens of KB instead of ~700 KB). OpenType shaping
  // (kerning, ligatures, mark positioning) is switched off: it cost most of the render
  // time and a study guide in Latin, Greek or Cyrillic prints fine without it.
  const options = { subset: true, features: NO_SHAPING };
  return { regular: await doc.embedFont(fonts.regular!, options), bold: await doc.embedFont(fonts.bold!, options) };
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  /** Set when some text could not be printed as typed: what was left out or replaced (also printed at the top of the guide). */
  limitation: string | null;
}

/** Render the guide's blocks to a PDF. `title` is used for the document metadata and footers. */
export async function renderPdf(blocks: Block[], title: string, opts: { fontDir?: string } = {}): Promise<PdfResult> {
  const fonts = await loadFonts(opts.fontDir);
  const doc = await PDFDocument.create();
  const { regular, bold } = await embed(doc, fonts);
  const s = styles(regular, bold);
  const clean = sanitizeBlocks(blocks, fonts);
  const limitation = limitationNote(fonts, clean.tally);
  const measure = fonts.width;
  const w = new PdfWriter(doc, measure ? (f, size, t) => measure(f === bold ? 'bold' : 'regular', t, size) : undefined);
  const [first, ...rest] = clean.blocks;
  // The note goes right under the title.
  const note: Block[] = limitation ? [{ kind: 'paragraph', tone: 'muted', text: `Note: ${limitation}` }] : [];
  drawAll(w, s, first ? [first, ...note, ...rest] : note);
  const safeTitle = sanitize(clip(title, 80), fonts).text;
  w.footers(safeTitle, regular);
  doc.setTitle(safeTitle);
  doc.setCreator('Interview Practice');
  doc.setProducer('Interview Practice (pdf-lib)');
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, pages: doc.getPageCount(), limitation };
}
