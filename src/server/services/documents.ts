/**
 * Resume and job-description documents. Text is extracted (off the event
 * loop, under limits) before anything is written; the original bytes, the
 * text and the metadata are then stored in one transaction, replacing the
 * session's previous document of that kind — a refused upload stores nothing.
 */
import { randomUUID } from 'node:crypto';
import type { DocumentInfo, DocumentWithText } from '../../shared/api.js';
import type { DocumentKind, Profile } from '../../shared/domain.js';
import { buildProfile } from '../coach/builtin/profile.js';
import { extractDocument, normalizePastedText, type ExtractLimits } from '../documents/extract.js';
import { formatBytes, resolveLimits } from '../documents/types.js';
import { AppError } from '../errors.js';
import type { Storage } from '../storage/db.js';
import { nowIso, toDocumentInfo } from './mappers.js';

export type DocumentInput =
  | { kind: DocumentKind; text: string }
  | { kind: DocumentKind; bytes: Buffer; filename: string | null; declaredType: string | null };

interface Extracted {
  text: string;
  mediaType: string;
  pages: number | null;
  filename: string | null;
  bytes: Buffer;
}

async function extract(input: DocumentInput, limits: Partial<ExtractLimits>): Promise<Extracted> {
  if ('text' in input) {
    const text = normalizePastedText(input.text, limits);
    return { text, mediaType: 'text/plain', pages: null, filename: null, bytes: Buffer.from(input.text, 'utf8') };
  }
  const out = await extractDocument({ bytes: input.bytes, filename: input.filename, declaredType: input.declaredType }, limits);
  return { ...out, bytes: input.bytes };
}

export interface DocumentServiceOptions {
  limits: Partial<ExtractLimits>;
  /** Told the error code of every refused upload (for metrics). */
  onRejected?: (code: string) => void;
}

export function createDocumentService(storage: Storage, { limits, onRejected }: DocumentServiceOptions) {
  const { db } = storage;
  // Profiles are pure functions of the two texts; cache by document ids.
  const profileCache = new Map<string, Profile>();

  async function upload(ownerId: string, sessionId: string, input: DocumentInput): Promise<DocumentInfo> {
    const doc = await extract(input, limits).catch((err: unknown) => {
      onRejected?.(err instanceof AppError ? err.code : 'internal_error');
      throw err;
    });
    const job = input.kind === 'job_description' ? buildProfile(null, doc.text).job : null;
    const row = {
      id: randomUUID(),
      session_id: sessionId,
      owner_id: ownerId,
      kind: input.kind,
      filename: doc.filename,
      media_type: doc.mediaType,
      bytes: doc.bytes,
      text: doc.text,
      characters: doc.text.length,
      pages: doc.pages,
      role_title: job?.title ?? null,
      company: job?.company ?? null,
      created_at: nowIso(),
    };
    await db.transaction().execute(async (trx) => {
      // Session row first: on PostgreSQL its lock makes two concurrent uploads replace in turn (one document per kind).
      await trx.updateTable('sessions').set({ updated_at: row.created_at }).where('id', '=', sessionId).execute();
      await trx.deleteFrom('documents').where('session_id', '=', sessionId).where('kind', '=', input.kind).execute();
      await trx.insertInto('documents').values(row).execute();
    });
    return toDocumentInfo(row);
  }

  async function list(sessionId: string): Promise<DocumentWithText[]> {
    const rows = await db
      .selectFrom('documents')
      .select(['id', 'session_id', 'owner_id', 'kind', 'filename', 'media_type', 'characters', 'pages', 'role_title', 'company', 'created_at', 'text'])
      .where('session_id', '=', sessionId)
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({ ...toDocumentInfo(r), text: r.text }));
  }

  /** The coach's reading of the session's documents (resume, JD, gap map). */
  async function profile(sessionId: string): Promise<Profile> {
    const docs = await list(sessionId);
    const resume = docs.find((d) => d.kind === 'resume') ?? null;
    const jd = docs.find((d) => d.kind === 'job_description') ?? null;
    const key = `${resume?.id ?? '-'}|${jd?.id ?? '-'}`;
    const cached = profileCache.get(key);
    if (cached) return cached;
    const built = buildProfile(resume?.text ?? null, jd?.text ?? null);
    if (profileCache.size > 500) profileCache.clear();
    profileCache.set(key, built);
    return built;
  }

  const maxUploadBytes = resolveLimits(limits).maxBytes;
  /**
   * The refusal for a file cut off at the upload limit. `requestBytes` is the
   * upload's Content-Length (the file plus a few hundred bytes of form), when sent.
   */
  function tooLarge(requestBytes: number | null): AppError {
    onRejected?.('document_too_large');
    const size = requestBytes !== null && requestBytes > maxUploadBytes ? `This file is about ${formatBytes(requestBytes)}` : 'This file is larger than the limit';
    return new AppError(
      'document_too_large',
      `${size}; the limit is ${formatBytes(maxUploadBytes)}. Upload a smaller file (remove images, or save just the text as PDF or DOCX), or paste the text instead.`,
    );
  }

  return { upload, list, profile, maxUploadBytes, tooLarge };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
