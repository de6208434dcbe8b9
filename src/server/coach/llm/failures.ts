/**
 * Classifying provider failures into explicit decisions: retry once (with an
 * optional wait) or give up and let the built-in coach answer. Each failure
 * carries a short human reason that ends up in `coach.fallbackReason`.
 *
 * A reason is written as a clause that completes "Built-in coach used because …"
 * (lower-case start, no final period, no repeated "The AI coach …" subject in
 * front of the notice's own), so every place that shows it can compose it
 * into one sentence.
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

const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * A wait as people say it: "a moment" under a second, seconds under a minute, minutes under an hour and a
 * half, hours above ("about 45 seconds", "about 2 minutes", "about 3 hours").
 */
export function humanWait(ms: number): string {
  if (ms < 1000) return 'a moment';
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `about ${plural(seconds, 'second')}`;
  const minutes = Math.max(1, Math.round(seconds / 60));
  if (minutes < 90) return `about ${plural(minutes, 'minute')}`;
  return `about ${plural(Math.round(minutes / 60), 'hour')}`;
}

export function invalidReply(attempt: number): Failure {
  const reason = attempt > 1 ? "the AI coach's reply was unreadable twice" : "the AI coach's reply was unreadable";
  return { kind: 'invalid_reply', reason, retryable: true, waitMs: 0 };
}

export function timeoutFailure(timeoutMs: number): Failure {
  // Not retried: a second full wait would double an already long delay.
  const s = Math.round(timeoutMs / 100) / 10;
  return { kind: 'timeout', reason: `the AI coach did not answer within ${s} s`, retryable: false, waitMs: 0 };
}

function rateLimited(err: APIError, maxRetryAfterSeconds: number): Failure {
  const wait = retryAfterMs(err.headers);
  const acceptable = wait !== undefined && wait <= maxRetryAfterSeconds * 1000;
  // A known wait tells the user when the AI coach can answer again; without one, say no more than we know.
  const reason = wait === undefined ? 'the AI service is rate-limited (HTTP 429)' : `the AI service is rate-limited; try again in ${humanWait(wait)}`;
  return { kind: 'rate_limited', reason, retryable: acceptable, waitMs: acceptable ? wait : 0, status: 429 };
}

/** What to check for a refused request, by status (the settings a user can change). */
function refusalHint(status: number): string {
  if (status === 401 || status === 403) return ' — check OPENAI_API_KEY';
  if (status === 404) return ' — check the model name and OPENAI_BASE_URL';
  return '';
}

/** Decide what an error thrown by the SDK means for the call. */
export function classifyError(err: unknown, limits: { maxRetryAfterSeconds: number; timeoutMs: number }): Failure {
  if (err instanceof APIConnectionTimeoutError) return timeoutFailure(limits.timeoutMs);
  if (err instanceof APIError && typeof err.status === 'number') {
    const status = err.status;
    if (status === 429) return rateLimited(err, limits.maxRetryAfterSeconds);
    if (status >= 500) {
      return { kind: 'server_error', reason: `the AI service had an error (HTTP ${status})`, retryable: true, waitMs: RETRY_PAUSE_MS, status };
    }
    return { kind: 'rejected', reason: `the AI service refused the request (HTTP ${status})${refusalHint(status)}`, retryable: false, waitMs: 0, status };
  }
  // Connection refused/reset, DNS, a stream cut mid-reply: all worth one retry.
  return { kind: 'network', reason: 'the AI service could not be reached', retryable: true, waitMs: RETRY_PAUSE_MS };
}
