/**
 * The study guide as a PDF, made on the server with pdf-lib: an embedded,
 * subset TrueType font (DejaVu Sans) so Greek, Cyrillic and other non-Latin
 * text prints; word wrapping; pagination; page numbers. See pdf/fonts.ts for
 * what happens to characters the font lacks.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { Block } from './guide/blocks.js';
import { clip } from './labels.js';
import { limitationNote, loadFonts, sanitize, type FontSet, type Sanitized } from './pdf/fonts.js';
import { COLUMN, MUTED, PdfWriter, type TextStyle } from './pdf/writer.js';

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

function draw(w: PdfWriter, s: Styles, b: Block): void {
  switch (b.kind) {
    case 'heading': {
      const style = [s.h1, s.h2, s.h3, s.h4][b.level - 1]!;
      w.gap(b.level === 4 ? 4 : b.level === 3 ? 7 : 10);
      // Keep a heading with at least three lines of what follows it.
      w.ensure(style.lineHeight + s.body.lineHeight * 3);
      w.text(b.text, style);
      w.gap(2);
      return;
    }
    case 'paragraph':
      w.text(b.text, b.tone === 'strong' ? s.strong : b.tone === 'muted' ? s.muted : s.body);
      w.gap(4);
      return;
    case 'quote':
      w.text(b.text, s.body, { indent: 12, bar: true });
      w.gap(5);
      return;
    case 'list':
      b.items.forEach((item, i) => w.item(b.ordered ? `${i + 1}.` : '•', item, s.body, 4));
      w.gap(4);
      return;
    case 'scores':
      w.row(['Dimension', 'Score', 'Why'].map((text, i) => ({ text, style: s.smallBold, width: SCORE_COLUMNS[i]! })), s.small.lineHeight);
      for (const r of b.rows) {
        const cells = [r.label, r.score, r.detail].map((text, i) => ({ text, style: i === 1 ? s.smallBold : s.small, width: SCORE_COLUMNS[i]! }));
        w.row(cells, s.small.lineHeight);
      }
      w.gap(5);
  }
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
  if (first) draw(w, s, first);
  if (limitation) draw(w, s, { kind: 'paragraph', tone: 'muted', text: `Note: ${limitation}` });
  for (const b of rest) draw(w, s, b);
  const safeTitle = sanitize(clip(title, 80), fonts).text;
  w.footers(safeTitle, regular);
  doc.setTitle(safeTitle);
  doc.setCreator('Interview Practice');
  doc.setProducer('Interview Practice (pdf-lib)');
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, pages: doc.getPageCount(), limitation };
}
