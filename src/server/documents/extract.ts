/**
 * Public entry point for document uploads (resume, job description, work
 * history): validates size on the main thread, then parses in a worker thread
 * under a time limit. Import from here; the other files are internals.
 */
import { AppError } from '../errors.js';
import { sanitizeFilename } from './filename.js';
import { ExtractionPool } from './pool.js';
import { formatBytes, resolveLimits, type ExtractedDocument, type ExtractInput, type ExtractLimits } from './types.js';

export { sanitizeFilename } from './filename.js';
export { normalizePastedText, normalizeText } from './normalize.js';
export { DEFAULT_LIMITS, DOCUMENT_MEDIA_TYPES, resolveLimits } from './types.js';
export type { DocumentMediaType, ExtractedDocument, ExtractInput, ExtractLimits } from './types.js';

let pool: ExtractionPool | null = null;

/**
 * Extract normalised text from an uploaded PDF, DOCX, TXT or Markdown file.
 * The type is decided from the bytes; `filename`/`declaredType` only tell
 * Markdown from plain text. Throws AppError (document_empty,
 * unsupported_media_type, document_encrypted, document_unreadable,
 * document_too_large) with a message that says what to do.
 */
export async function extractDocument(input: ExtractInput, limits?: Partial<ExtractLimits>): Promise<ExtractedDocument> {
  const resolved = resolveLimits(limits);
  const filename = input.filename ? sanitizeFilename(input.filename) : null;
  assertUploadSize(input.bytes, resolved);
  pool ??= new ExtractionPool();
  // The worker gets its own copy: the caller keeps `bytes` to store the original.
  const copy = new Uint8Array(input.bytes);
  const result = await pool.run(
    { bytes: copy.buffer, filename, declaredType: input.declaredType ?? null, limits: resolved },
    resolved.timeoutMs,
  );
  return { ...result, filename };
}

/** Optional: start a worker at boot so the first upload skips the ~0.4 s worker start. */
export function prewarmExtractionPool(): void {
  pool ??= new ExtractionPool();
  pool.warm();
}

/** Stop the extraction workers (graceful shutdown). A later call starts a new pool. */
export async function closeExtractionPool(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.close();
}

function assertUploadSize(bytes: Buffer, limits: ExtractLimits): void {
  if (bytes.length === 0) {
    throw new AppError('document_empty', 'This file is empty (0 bytes). Check you picked the right file, or paste the text instead.');
  }
  if (bytes.length > limits.maxBytes) {
    throw new AppError(
      'document_too_large',
      `This file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(limits.maxBytes)}. ` +
        'Upload a smaller file (remove images, or export just the text as PDF/DOCX), or paste the text instead.',
    );
  }
}
