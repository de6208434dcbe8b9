/**
 * The one error handler. AppErrors become their status and message; Fastify's
 * own 4xx (validation, body too large, bad content type) are mapped to the
 * same `{ error: { code, message } }` shape with a message saying what to do;
 * everything else is logged in full and answered with a plain 500.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError } from '../errors.js';
import { isTransientConflict } from '../storage/retry.js';
import { describeValidationIssues } from './validation-message.js';

interface Mapped {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

const FASTIFY_CODES: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is too large. Send a smaller file or shorter text.' },
  FST_REQ_FILE_TOO_LARGE: { code: 'document_too_large', message: 'The file is too large. Upload a file under the size limit, or paste the text instead.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: 'Send JSON (application/json) or a multipart form upload.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'bad_request', message: 'The request body is empty; send a JSON object.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', message: 'The Content-Length header does not match the body.' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'bad_request', message: 'Send the upload as multipart/form-data.' },
  FST_PARTS_LIMIT: { code: 'bad_request', message: 'Too many form parts; send one file and its kind.' },
  FST_FILES_LIMIT: { code: 'bad_request', message: 'Send one file per upload.' },
  FST_FIELDS_LIMIT: { code: 'bad_request', message: 'Too many form fields.' },
  FST_ERR_RATE_LIMIT: { code: 'rate_limited', message: 'Too many requests. Wait a moment and try again.' },
};

/**
 * PostgreSQL refuses text holding a NUL character (22021) or one it cannot
 * encode (22P05). The statement fails before anything is written, and the
 * fault is in the submitted text, so it is the client's 400, not our 500.
 */
const UNSTORABLE_TEXT_SQLSTATES = new Set(['22021', '22P05']);

/**
 * A foreign-key violation on insert means a parent row (question, session,
 * answer) was deleted between our ownership check and the write — another tab
 * deleted it. The request lost a race; it is a conflict, not a server bug.
 * SQLite and PostgreSQL name it differently.
 */
const FOREIGN_KEY_CODES = new Set(['SQLITE_CONSTRAINT_FOREIGNKEY', '23503']);

function describeValidation(err: FastifyError): string {
  return describeValidationIssues(err.validation, err.validationContext);
}

/** Map any thrown value to status, code and a message safe to show a user. */
export function mapError(err: unknown): Mapped {
  if (isAppError(err)) return { status: err.status, code: err.code, message: err.message, headers: err.headers };
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe) || fe.validation) {
    return { status: 400, code: 'validation_failed', message: describeValidation(fe) };
  }
  if (typeof fe.code === 'string' && UNSTORABLE_TEXT_SQLSTATES.has(fe.code)) {
    return { status: 400, code: 'bad_request', message: 'The text contains a character that cannot be saved (such as a NUL byte). Remove it and try again.' };
  }
  if (isTransientConflict(err)) {
    return { status: 409, code: 'conflict', message: 'Another change to the same session got in the way. Nothing was saved; try again.' };
  }
  if (typeof fe.code === 'string' && FOREIGN_KEY_CODES.has(fe.code)) {
    return { status: 409, code: 'conflict', message: 'What this change belongs to was just deleted, perhaps in another tab. Reload the page and try again.' };
  }
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (known && status < 500) return { status, ...known };
  if (status >= 400 && status < 500) {
    return { status, code: status === 404 ? 'not_found' : 'bad_request', message: 'The request could not be understood. Check it and try again.' };
  }
  return { status: 500, code: 'internal_error', message: 'Something went wrong on our side. Your saved work is safe; try again.' };
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const mapped = mapError(err);
    if (mapped.status >= 500) request.log.error({ err }, 'request_failed');
    else request.log.info({ code: mapped.code, status: mapped.status }, 'request_rejected');
    if (mapped.headers) void reply.headers(mapped.headers);
    return reply.code(mapped.status).send({ error: { code: mapped.code, message: mapped.message } });
  });
}
