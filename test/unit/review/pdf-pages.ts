/**
 * Reads back where things were drawn in a study-guide PDF: text lines (from
 * pdf.js, with their baseline and size) and the horizontal rules of tables
 * (from the page content streams, via pdf-lib). Tests check layout against
 * these positions, in points, rather than against pixels.
 */
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';

export interface TextLine {
  /** Baseline, in points from the page's bottom edge. */
  y: number;
  size: number;
  x0: number;
  x1: number;
  text: string;
}

export interface Rule {
  y: number;
  x0: number;
  x1: number;
}

export interface LaidOutPage {
  /** Text items merged into lines (same baseline), top of the page first; the footer is left out. */
  lines: TextLine[];
  rules: Rule[];
}

/** Below this baseline is the footer ("title · page n of N"). */
const FOOTER_Y = 40;

interface Item {
  str: string;
  width: number;
  transform: number[];
}

function mergeLines(items: Item[]): TextLine[] {
  const byY = new Map<number, TextLine>();
  for (const it of items) {
    const [size, , , , x, y] = it.transform as [number, number, number, number, number, number];
    if (y < FOOTER_Y || it.str === '') continue;
    const key = Math.round(y * 100) / 100;
    const line = byY.get(key);
    if (!line) byY.set(key, { y, size, x0: x, x1: x + it.width, text: it.str });
    else {
      line.text += (x > line.x1 + 1 ? ' ' : '') + it.str;
      line.x0 = Math.min(line.x0, x);
      line.x1 = Math.max(line.x1, x + it.width);
      line.size = Math.max(line.size, size);
    }
  }
  return [...byY.values()].sort((a, b) => b.y - a.y);
}

/** Horizontal lines stroked on the page ("x y m x2 y l S"): the rules under table rows. */
function rulesOf(content: string): Rule[] {
  const rules: Rule[] = [];
  for (const m of content.matchAll(/(-?[\d.]+) (-?[\d.]+) m\s+(-?[\d.]+) (-?[\d.]+) l\s+S/g)) {
    const [x0, y0, x1, y1] = m.slice(1, 5).map(Number) as [number, number, number, number];
    if (y0 === y1 && x1 - x0 > 100) rules.push({ y: y0, x0, x1 });
  }
  return rules;
}

async function contentStreams(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    return refs
      .map((r) => doc.context.lookup(r))
      .map((s) => (s instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(s).decode()).toString('latin1') : ''))
      .join('\n');
  });
}

/** Every page's text lines and rules. */
export async function layoutOf(bytes: Uint8Array): Promise<LaidOutPage[]> {
  const streams = await contentStreams(bytes);
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const pages: LaidOutPage[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push({ lines: mergeLines(content.items as Item[]), rules: rulesOf(streams[p - 1] ?? '') });
  }
  return pages;
}

/** The index of the first page with a line containing `text`; -1 when none has. */
export function pageOf(pages: LaidOutPage[], text: string): number {
  return pages.findIndex((p) => p.lines.some((l) => l.text.includes(text)));
}
