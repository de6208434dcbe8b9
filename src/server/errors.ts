/**
 * Typed application errors. A code maps to an HTTP status in one table; the one
 * error handler turns an AppError into `{ error: { code, message } }`. Anything
 * that is not an AppError becomes a 500 whose details are logged, never returned.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  invalid_document: 400,
  unsupported_media_type: 415,
  document_too_large: 413,
  payload_too_large: 413,
  document_empty: 422,
  document_encrypted: 422,
  document_unreadable: 422,
  no_documents: 409,
  unauthorized: 401,
  forbidden_origin: 403,
  not_found: 404,
  session_not_found: 404,
  question_not_found: 404,
  answer_not_found: 404,
  snippet_not_found: 404,
  conflict: 409,
  model_not_allowed: 400,
  needs_api_key: 409,
  rate_limited: 429,
  upstream_failed: 502,
  upstream_timeout: 504,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Extra headers (e.g. Retry-After) the error handler sets. */
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(message, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.headers = options?.headers ?? {};
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/**
 * What a user reads when something is gone, and a way on that works. The codes keep
 * their names (clients and tests match on `snippet_not_found`); the words say "story",
 * as the app does. A missing session cannot be fixed by reloading its page, so that
 * message points back to the session list (the page shows the link).
 */
const NOT_FOUND_MESSAGES = {
  session: 'This session does not exist — it may have been deleted. Go back to your sessions and open another one.',
  question: 'That question is no longer in this session — it may have been deleted in another tab. Reload the page to see the current questions.',
  answer: 'That answer is no longer here — it may have been deleted in another tab. Reload the page to see the current answers.',
  snippet: 'That story is no longer in your stories — it may have been deleted. Open My stories to see the ones you have.',
} as const;

/** Shorthand for the most common error: a resource the owner cannot see. */
export function notFound(what: keyof typeof NOT_FOUND_MESSAGES): AppError {
  const code = `${what}_not_found` as ErrorCode;
  return new AppError(code, NOT_FOUND_MESSAGES[what]);
}
