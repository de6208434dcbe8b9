/**
 * PDF extraction with unpdf (pdf.js): refuse truncated, encrypted and oversized
 * files with a clear message, then read each page's positioned text items so
 * columns and running headers can be handled (see layout.ts, margins.ts).
 */
import { getDocumentProxy, resolvePDFJSImport } from 'unpdf';
import { AppError } from '../errors.js';
import { pageToLines, type PositionedText } from './layout.js';
import { removePageMargins } from './margins.js';
import type { ExtractLimits } from './types.js';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

const UNREADABLE_PDF =
  'We could not read this PDF — it looks damaged or only partly uploaded. ' +
  'Try uploading it again, re-export it from the app that made it ("Save as PDF"), or paste the text instead.';

/** Load the pdf.js bundle now, so the first upload does not pay for it. */
export async function warmUpPdf(): Promise<void> {
  await resolvePDFJSImport();
}

/** Extract text (pages joined where a sentence runs on, else by a blank line; not yet normalised) and the page count. */
export async function extractPdf(bytes: Buffer, limits: ExtractLimits): Promise<{ text: string; pages: number }> {
  assertNotTruncated(bytes);
  const pdf = await openPdf(bytes);
  try {
    if (pdf.numPages > limits.maxPages) {
      throw new AppError(
        'document_too_large',
        `This PDF has ${pdf.numPages} pages; the limit is ${limits.maxPages}. ` +
          'Upload just the pages that matter (a resume is usually 1–3 pages), or paste the relevant text.',
      );
    }
    const pages = await readPages(pdf, limits);
    return { text: joinPages(removePageMargins(pages)), pages: pdf.numPages };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

/** A line that closes a block: a sentence or clause end, after which a page break may be a paragraph break. */
const BLOCK_END = /[.!?:;…]["'”’)\]]*$/;
/** A list item's first line (bullet glyph, dash or number), before bullets are normalised. */
const LIST_ITEM = /^(?:[•▪◦●■►▸▹‣⁃∙·○□◆◇➢➤➔→✓✔❖\uF0B7\uF0A7*–—-]|\d{1,3}[.)]\s)/u;

/**
 * What goes between one page's last line and the next page's first. A
 * sentence running over the page break ("got stuck on the same" / "drag-and-drop
 * editor") is one line, or one paragraph when it goes on with a capital; only
 * after a finished sentence or around a list item is the break a paragraph
 * break. A blank line there had cut stories in two mid-sentence.
 */
function pageJoint(last: string, first: string): string {
  if (BLOCK_END.test(last) || LIST_ITEM.test(last) || LIST_ITEM.test(first)) return '\n\n';
  // A line-end hyphen stays at a line end, where normalisation decides "manage-ment" vs "event-driven".
  return /^\p{Ll}/u.test(first) && !/\p{L}-$/u.test(last) ? ' ' : '\n';
}

/** The pages' text in order, joined as `pageJoint` says. */
function joinPages(pages: string[][]): string {
  let text = '';
  for (const lines of pages.filter((l) => l.length > 0)) {
    const body = lines.join('\n');
    text = text ? text + pageJoint(text.slice(text.lastIndexOf('\n') + 1).trim(), lines[0]!.trim()) + body : body;
  }
  return text;
}

/** A complete PDF ends with %%EOF (readers allow trailing junk within the last 1 KB). */
function assertNotTruncated(bytes: Buffer): void {
  if (!bytes.subarray(Math.max(0, bytes.length - 1024)).includes('%%EOF', 0, 'latin1')) {
    throw new AppError('document_unreadable', UNREADABLE_PDF);
  }
}

async function openPdf(bytes: Buffer): Promise<PdfDocument> {
  try {
    // pdf.js may detach the buffer it is given, so hand it a copy.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: false });
  } catch (err) {
    if ((err as Error | undefined)?.name === 'PasswordException') {
      throw new AppError(
        'document_encrypted',
        'This PDF is password-protected, so we cannot read it. Save a copy without a password ' +
          '(for example "Print → Save as PDF"), or paste the text instead.',
        { cause: err },
      );
    }
    throw new AppError('document_unreadable', UNREADABLE_PDF, { cause: err });
  }
}

/** Read pages in order, stopping early once the text is clearly over the cap. */
async function readPages(pdf: PdfDocument, limits: ExtractLimits): Promise<string[][]> {
  const pages: string[][] = [];
  let chars = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const lines = pageToLines(await pageItems(pdf, n));
    pages.push(lines);
    chars += lines.reduce((sum, l) => sum + l.length, 0);
    // Normalisation rarely removes more than a third, so this is safely over the cap.
    if (chars > limits.maxCharacters * 1.5) {
      throw new AppError(
        'document_too_large',
        `This PDF has more than ${limits.maxCharacters.toLocaleString('en-US')} characters of text. ` +
          'Upload just the relevant pages, or paste the parts that matter.',
      );
    }
  }
  return pages;
}

async function pageItems(pdf: PdfDocument, pageNumber: number): Promise<PositionedText[]> {
  try {
    const page = await pdf.getPage(pageNumber);
    const content = await page.getTextContent();
    page.cleanup();
    const items: PositionedText[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [, , , d, e, f] = item.transform as number[];
      items.push({ str: item.str, x: e ?? 0, y: f ?? 0, width: item.width, height: item.height || Math.abs(d ?? 0) });
    }
    return items;
  } catch (err) {
    throw new AppError('document_unreadable', UNREADABLE_PDF, { cause: err });
  }
}
