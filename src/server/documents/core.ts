/**
 * The whole extraction of one file, run inside the worker thread: sniff the
 * bytes, route to the right reader, normalise, and enforce the text limits.
 * Every refusal is an AppError whose message tells the user what to do.
 */
import { AppError } from '../errors.js';
import { extractDocx } from './docx.js';
import { assertCharacterCap, normalizeText } from './normalize.js';
import { extractPdf } from './pdf.js';
import { describeBinary, isEncryptedOfficeFile, sniffKind, unsupportedMessage } from './sniff.js';
import { decodeText, textMediaType } from './text.js';
import { DOCX_MEDIA_TYPE, type DocumentMediaType, type ExtractLimits } from './types.js';

export interface CoreInput {
  bytes: Buffer;
  filename: string | null;
  declaredType: string | null;
}

export interface CoreResult {
  text: string;
  mediaType: DocumentMediaType;
  pages: number | null;
}

/** Extract and normalise text in the current thread (the worker calls this). */
export async function extractInThisThread(input: CoreInput, limits: ExtractLimits): Promise<CoreResult> {
  const raw = await extractRaw(input, limits);
  const text = normalizeText(raw.text);
  assertCharacterCap(text, limits.maxCharacters);
  if (text.length === 0) throw emptyError(raw.mediaType);
  return { ...raw, text };
}

async function extractRaw(input: CoreInput, limits: ExtractLimits): Promise<CoreResult> {
  const { bytes } = input;
  switch (sniffKind(bytes)) {
    case 'pdf': {
      const { text, pages } = await extractPdf(bytes, limits);
      return { text, pages, mediaType: 'application/pdf' };
    }
    case 'zip':
      return { text: await extractDocx(bytes, limits), pages: null, mediaType: DOCX_MEDIA_TYPE };
    case 'cfb':
      throw cfbError(bytes);
    case 'other':
      return extractPlainText(input, limits);
  }
}

async function extractPlainText(input: CoreInput, limits: ExtractLimits): Promise<CoreResult> {
  const text = decodeText(input.bytes);
  if (text === null) {
    throw new AppError('unsupported_media_type', unsupportedMessage(await describeBinary(input.bytes)));
  }
  // Text four times over the cap is refused before spending time normalising it.
  if (text.length > limits.maxCharacters * 4) assertCharacterCap(text, limits.maxCharacters);
  return { text, pages: null, mediaType: textMediaType(input.filename, input.declaredType) };
}

/** Old .doc files and password-protected Office files share the CFB container. */
function cfbError(bytes: Buffer): AppError {
  if (isEncryptedOfficeFile(bytes)) {
    return new AppError(
      'document_encrypted',
      'This Word file is password-protected, so we cannot read it. Save a copy without a password, or paste the text instead.',
    );
  }
  return new AppError(
    'unsupported_media_type',
    'This looks like an old Word (.doc) file. Open it in Word or LibreOffice and save it as .docx or PDF, or paste the text instead.',
  );
}

function emptyError(mediaType: DocumentMediaType): AppError {
  if (mediaType === 'application/pdf') {
    return new AppError(
      'document_empty',
      'We found no text in this PDF — it looks like an image-only (scanned) PDF. ' +
        'Upload a PDF exported from your editor, or paste the text instead.',
    );
  }
  return new AppError('document_empty', 'This document has no text in it. Check you picked the right file, or paste the text instead.');
}
