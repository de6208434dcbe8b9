/**
 * Reading multipart uploads safely. The parser (busboy) reports a malformed
 * body — no boundary, a truncated form, a bad part header — as a plain Error
 * with no code, which the error handler would rightly treat as a server bug
 * (500). Every upload route reads its parts through `readParts`, so those
 * client mistakes become a 400 with a message saying what to do.
 */
import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../errors.js';

type PartsOptions = Parameters<FastifyRequest['parts']>[0];

/** True for errors Fastify and @fastify/multipart raise with a code the error handler maps. */
function isCoded(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('FST_');
}

/**
 * Call `onPart` for each part in order (it must consume file streams, e.g.
 * `toBuffer()`). Parser failures become `bad_request`; coded limits (file too
 * large, too many parts) and AppErrors pass through unchanged.
 */
export async function readParts(request: FastifyRequest, onPart: (part: Multipart) => Promise<void>, options?: PartsOptions): Promise<void> {
  try {
    for await (const part of request.parts(options)) await onPart(part);
  } catch (err) {
    if (isAppError(err) || isCoded(err)) throw err;
    throw new AppError('bad_request', 'The upload could not be read: it was cut off or is not valid multipart/form-data. Choose the file again and retry.', { cause: err });
  }
}
