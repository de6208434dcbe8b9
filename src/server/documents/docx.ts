/**
 * DOCX extraction: the zip is checked for size (declared and real) before
 * mammoth opens it, then mammoth's HTML is flattened into readable lines so
 * tables survive as "cell | cell" rows.
 */
import mammoth from 'mammoth';
import { AppError } from '../errors.js';
import { htmlToText } from './html.js';
import { unsupportedMessage } from './sniff.js';
import { formatBytes, type ExtractLimits } from './types.js';
import { assertZipWithinLimit, readCentralDirectory, ZipError, type ZipEntry } from './zip.js';

const UNREADABLE_DOCX =
  'We could not read this Word file — it may be damaged or only partly uploaded. ' +
  'Open it in Word and save a fresh copy (or export it as PDF), or paste the text instead.';

/** Extract text lines from DOCX bytes. Throws AppError for every refusal. */
export async function extractDocx(bytes: Buffer, limits: ExtractLimits): Promise<string> {
  const entries = inspectZip(bytes, limits);
  assertIsWordDocument(entries);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        // Images are irrelevant to the text and costly as data URIs; never touch linked files.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (err) {
    throw new AppError('document_unreadable', UNREADABLE_DOCX, { cause: err });
  }
  return htmlToText(html);
}

function inspectZip(bytes: Buffer, limits: ExtractLimits): ZipEntry[] {
  try {
    const entries = readCentralDirectory(bytes);
    assertZipWithinLimit(bytes, entries, limits.maxDocxUncompressedBytes);
    return entries;
  } catch (err) {
    if (!(err instanceof ZipError)) throw err;
    if (err.reason === 'too_large') {
      throw new AppError(
        'document_too_large',
        `This Word file unpacks to more than ${formatBytes(limits.maxDocxUncompressedBytes)}, which is more than a resume ` +
          'or job description needs (large embedded images or objects?). Remove them and save again, export it as PDF, or paste the text.',
        { cause: err },
      );
    }
    throw new AppError('document_unreadable', UNREADABLE_DOCX, { cause: err });
  }
}

/** A ZIP that is not a Word document (a spreadsheet, a plain archive) is refused by name. */
function assertIsWordDocument(entries: ZipEntry[]): void {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return;
  const what = names.has('xl/workbook.xml')
    ? 'an Excel spreadsheet'
    : names.has('ppt/presentation.xml')
      ? 'a PowerPoint presentation'
      : names.has('content.xml')
        ? 'an OpenDocument file (save it as .docx or PDF)'
        : 'a ZIP archive';
  throw new AppError('unsupported_media_type', unsupportedMessage(what));
}
