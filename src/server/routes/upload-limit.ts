/**
 * Naming the upload limit when a file is over it. The multipart parser's own
 * "request file too large" names neither the limit nor the file's size; a
 * session's documents and the stories import both answer with the documents
 * service's refusal instead ("This file is about 2.5 MB; the limit is 1 MB…").
 */
import type { FastifyRequest } from 'fastify';

/** The upload's declared size in bytes, or null when the client streamed it without one. */
export function contentLength(request: FastifyRequest): number | null {
  const n = Number(request.headers['content-length']);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** True for the parser's error for a file cut off at the app-wide limit (app.ts: MAX_UPLOAD_MB). */
function isFileTooLarge(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';
}

/**
 * Await a read of the request's file under the app-wide multipart limit, and
 * refuse a file over it as the documents upload does: with the limit and the
 * file's size. That limit is MAX_UPLOAD_MB, the same the documents service
 * names, so its refusal is the one to give.
 */
export async function withUploadLimit<T>(request: FastifyRequest, read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (err) {
    if (isFileTooLarge(err)) throw request.server.services.documents.tooLarge(contentLength(request));
    throw err;
  }
}
