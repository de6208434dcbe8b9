/**
 * Errors of the session import in the importer's words. The body is a file the
 * user picked: when it is not JSON, or JSON that is not an export of this app,
 * the generic "request body is not valid JSON" / field messages would only
 * confuse; they become one sentence saying which file to choose. An export of
 * this app that fails validation is called damaged, with the first problem named.
 */
import type { FastifyError } from 'fastify';
import { NOT_A_SESSION_EXPORT } from '../../shared/labels.js';
import { CURRENT_EXPORT_VERSION } from '../../shared/review-report.js';
import { EXPORT_FORMAT } from '../../shared/review.js';
import { AppError } from '../errors.js';
import { describeValidationIssues } from '../plugins/validation-message.js';

/** Body-parser failures that mean "this file is not JSON at all". */
const NOT_JSON = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY', 'FST_ERR_CTP_INVALID_MEDIA_TYPE']);

const isExportOfThisApp = (body: unknown): boolean =>
  typeof body === 'object' && body !== null && (body as { format?: unknown }).format === EXPORT_FORMAT;

/** An export whose format version is above the newest this app reads. */
const isFromNewerVersion = (body: unknown): boolean => {
  const version = (body as { version?: unknown }).version;
  return typeof version === 'number' && version > CURRENT_EXPORT_VERSION;
};

/** The error to report for a failed import request: a friendlier AppError, or `err` unchanged. */
export function importError(err: unknown, body: unknown): unknown {
  const fe = err as Partial<FastifyError>;
  if (typeof fe.code === 'string' && NOT_JSON.has(fe.code)) return new AppError('bad_request', NOT_A_SESSION_EXPORT, { cause: err });
  if (!Array.isArray(fe.validation)) return err;
  if (!isExportOfThisApp(body)) return new AppError('validation_failed', NOT_A_SESSION_EXPORT, { cause: err });
  if (isFromNewerVersion(body)) {
    return new AppError('validation_failed', 'This session export was made by a newer version of Interview Practice. Update the app, then import it again.', { cause: err });
  }
  const problem = describeValidationIssues(fe.validation, fe.validationContext).replace(/\.$/, '');
  return new AppError('validation_failed', `This session export is incomplete or damaged (${problem.charAt(0).toLowerCase()}${problem.slice(1)}). Export the session again from this app and import the new file.`, { cause: err });
}
