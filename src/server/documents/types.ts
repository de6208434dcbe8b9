/**
 * Shared types and limits for document extraction (uploads of resumes, job
 * descriptions and work-history files). Kept free of imports so the worker and
 * the main thread can both load it cheaply.
 */

/** The media types extraction can produce, decided from the bytes, never the name. */
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/markdown',
] as const;

export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Hard limits for one extraction. Every field is configurable per call. */
export interface ExtractLimits {
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
  /** Most PDF pages read. */
  maxPages: number;
  /** Most characters of extracted (normalised) text. */
  maxCharacters: number;
  /** Largest total uncompressed size of a DOCX zip (zip-bomb guard). */
  maxDocxUncompressedBytes: number;
  /** Wall-clock budget for parsing one file in the worker. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Readonly<ExtractLimits> = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxPages: 40,
  maxCharacters: 200_000,
  maxDocxUncompressedBytes: 30 * 1024 * 1024,
  timeoutMs: 15_000,
});

/** Fill missing limits with defaults; ignore non-positive or non-finite values. */
export function resolveLimits(partial: Partial<ExtractLimits> = {}): ExtractLimits {
  const out: ExtractLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ExtractLimits)[]) {
    const value = partial[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) out[key] = value;
  }
  return out;
}

/** What the caller gives us. */
export interface ExtractInput {
  bytes: Buffer;
  filename?: string | null;
  declaredType?: string | null;
}

/** What extraction returns. `pages` is null for formats without pages. */
export interface ExtractedDocument {
  text: string;
  mediaType: DocumentMediaType;
  pages: number | null;
  filename: string | null;
}

/** Human-readable byte size for messages ("10 MB"). */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
