/**
 * Classifying provider failures into explicit decisions: retry once (with an
 * optional wait) or give up and let the built-in coach answer. Each failure
 * carries a short human reason that ends up in `coach.fallbackReason`.
 */
import { APIConnectionTimeoutError, APIError } from 'openai';

export type FailureKind = 'invalid_reply' | 'timeout' | 'rate_limited' | 'server_error' | 'network' | 'rejected';

export interface Failure {
  kind: FailureKind;
  reason: string;
  retryable: boolean;
  /** Wait before the retry, in ms (429 with an acceptable Retry-After). */
  waitMs: number;
  status?: number;
}

/** Pause between a 5xx/network failure and its single retry. */
export const RETRY_PAUSE_MS = 250;

/** Retry-After in ms from `retry-after-ms`, `retry-after` seconds or an HTTP date; undefined when absent/unreadable. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = headers?.get('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function invalidReply(attempt: number): Failure {
  const reason = attempt > 1 ? 'The AI coach returned an unreadable reply twice' : 'The AI coach returned an unreadable reply';
  return { kind: 'invalid_reply', reason, retryable: true, waitMs: 0 };
}

export function timeoutFailure(timeoutMs: number): Failure {
  // Not retried: a second full wait would double an already long delay.
  const s = Math.round(timeoutMs / 100) / 10;
  return { kind: 'timeout', reason: `The AI coach did not answer within ${s} s`, retryable: false, waitMs: 0 };
}

function rateLimited(err: APIError, maxRetryAfterSeconds: number): Failure {
  const wait = retryAfterMs(err.headers);
  const acceptable = wait !== undefined && wait <= maxRetryAfterSeconds * 1000;
  const reason = 'The AI service is rate-limiting requests (HTTP 429)';
  return { kind: 'rate_limited', reason, retryable: acceptable, waitMs: acceptable ? wait : 0, status: 429 };
}

/** Decide what an error thrown by the SDK means for the call. */
export function classifyError(err: unknown, limits: { maxRetryAfterSeconds: number; timeoutMs: number }): Failure {
  if (err instanceof APIConnectionTimeoutError) return timeoutFailure(limits.timeoutMs);
  if (err instanceof APIError && typeof err.status === 'number') {
    const status = err.status;
    if (status === 429) return rateLimited(err, limits.maxRetryAfterSeconds);
    if (status >= 500) {
      return { kind: 'server_error', reason: `The AI service failed (HTTP ${status})`, retryable: true, waitMs: RETRY_PAUSE_MS, status };
    }
    const hint = status === 401 || status === 403 ? ' — check OPENAI_API_KEY' : status === 404 ? ' — check the model name and OPENAI_BASE_URL' : '';
    return { kind: 'rejected', reason: `The AI service refused the request (HTTP ${status})${hint}`, retryable: false, waitMs: 0, status };
  }
  // Connection refused/reset, DNS, a stream cut mid-reply: all worth one retry.
  return { kind: 'network', reason: 'Could not reach the AI service', retryable: true, waitMs: RETRY_PAUSE_MS };
}
