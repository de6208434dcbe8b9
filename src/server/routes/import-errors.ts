/**
 * Errors of the session import in the importer's words. The body is a file the
 * user picked: when it is not JSON, or JSON that is not an export of this app,
 * the generic "request body is not valid JSON" / field messages would only
 * confuse; they become one sentence saying which file to choose. An export of
 * this app that fails validation is called damaged, with the first problem named,
 * unless it was made by a newer version of the app (then: update the app).
 *
 * The file must come as the JSON body. Sent another way — as text/plain (a
 * string body) or as a multipart form upload (no parsed body) — it used to be
 * called "not a session export" before its version was looked at, so an export
 * from a newer app never got the "update the app" message. A text body is now
 * read to name the problem, and a form upload is told how to send the file.
 */
import type { FastifyError } from 'fastify';
import { NOT_A_SESSION_EXPORT } from '../../shared/labels.js';
import { CURRENT_EXPORT_VERSION } from '../../shared/review-report.js';
import { EXPORT_FORMAT } from '../../shared/review.js';
import { AppError } from '../errors.js';
import { describeValidationIssues } from '../plugins/validation-message.js';

/** Body-parser failures that mean "this file is not JSON at all". */
const NOT_JSON = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY']);

const isExportOfThisApp = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && (body as { format?: unknown }).format === EXPORT_FORMAT;

/** An export whose format version is above the newest this app reads. */
const isFromNewerVersion = (body: unknown): boolean => {
  const version = (body as { version?: unknown }).version;
  return typeof version === 'number' && version > CURRENT_EXPORT_VERSION;
};

/** Whatever the body was sent as, the JSON value it holds (a text/plain body is a string), or undefined. */
function readBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch (err) {
    // JSON.parse throws only SyntaxError: the text is not JSON.
    if (err instanceof SyntaxError) return undefined;
    throw err;
  }
}

const NEWER_VERSION = 'This session export was made by a newer version of Interview Practice. Update the app, then import it again.';
/** For a form upload or a body of another type (curl's -d sends a form-encoded one). */
const SEND_AS_JSON =
  'Send the export file itself as the request body with Content-Type: application/json (not as a form upload), or use "Import a session" on the sessions page.';
const SENT_AS_TEXT =
  'This is a session export, but it was sent as text. Send it with Content-Type: application/json, or use "Import a session" on the sessions page.';

/** How the import request arrived, as far as its error message needs to know. */
export interface ImportRequest {
  body: unknown;
  /** A multipart form upload: the file is in a part, not in the body. */
  multipart: boolean;
}

/** The error to report for a failed import request: a friendlier AppError, or `err` unchanged. */
export function importError(err: unknown, req: ImportRequest): unknown {
  const fe = err as Partial<FastifyError>;
  if (typeof fe.code === 'string' && NOT_JSON.has(fe.code)) return new AppError('bad_request', NOT_A_SESSION_EXPORT, { cause: err });
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('unsupported_media_type', SEND_AS_JSON, { cause: err });
  if (!Array.isArray(fe.validation)) return err;
  if (req.multipart) return new AppError('bad_request', SEND_AS_JSON, { cause: err });
  const body = readBody(req.body);
  if (!isExportOfThisApp(body)) return new AppError('validation_failed', NOT_A_SESSION_EXPORT, { cause: err });
  if (isFromNewerVersion(body)) return new AppError('validation_failed', NEWER_VERSION, { cause: err });
  if (typeof req.body === 'string') return new AppError('bad_request', SENT_AS_TEXT, { cause: err });
  const problem = describeValidationIssues(fe.validation, fe.validationContext).replace(/\.$/, '');
  return new AppError('validation_failed', `This session export is incomplete or damaged (${problem.charAt(0).toLowerCase()}${problem.slice(1)}). Export the session again from this app and import the new file.`, { cause: err });
}
