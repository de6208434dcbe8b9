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
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

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
  return networkFailure(err);
}

/** The messages of an error and its causes, for telling failures apart. */
function chainText(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err; e instanceof Error && parts.length < 5; e = e.cause) parts.push(e.message);
  return parts.join(' | ');
}

/**
 * A failure with no HTTP status, said as what happened: a 200 whose body is
 * not JSON, a reply cut off midway (the stream, or a body shorter than
 * announced), or no connection at all. Each is worth one retry.
 */
function networkFailure(err: unknown): Failure {
  if (err instanceof SyntaxError) return { kind: 'invalid_reply', reason: 'the AI service sent a reply that is not JSON', retryable: true, waitMs: 0 };
  const text = chainText(err);
  if (/reported an error mid-stream/.test(text)) return { kind: 'server_error', reason: 'the AI service reported an error partway through its reply', retryable: true, waitMs: RETRY_PAUSE_MS };
  if (/terminated|mid-reply|aborted|premature close/i.test(text)) {
    return { kind: 'network', reason: 'the connection to the AI service broke off partway through its reply', retryable: true, waitMs: RETRY_PAUSE_MS };
  }
  return { kind: 'network', reason: 'the AI service could not be reached', retryable: true, waitMs: RETRY_PAUSE_MS };
}

/**
 * Retrying an SDK request ourselves (SDK retries off): the SDK (openai 6)
 * waits out any Retry-After, so a 429 asking for 120 s held a user's request
 * for minutes. Used by embeddings and voice; the coach has its own loop (call.ts).
 */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  /** Longest Retry-After we wait out; a longer one fails at once (OPENAI_MAX_RETRY_AFTER_S). */
  maxRetryAfterMs: number;
  /** Timeout of one attempt. */
  timeoutMs: number;
  /** Whole budget across attempts and waits, when the caller is waiting on it. */
  budgetMs?: number;
}

/** The wait before retrying `err` (attempt 0 is the first failure), or undefined: give up. */
export function retryDelay(err: unknown, attempt: number, maxRetryAfterMs: number): number | undefined {
  const backoff = RETRY_PAUSE_MS * 2 ** attempt;
  // A timeout is not retried (a second full wait doubles the delay); nor is our own abort.
  if (err instanceof APIConnectionTimeoutError || err instanceof APIUserAbortError) return undefined;
  if (err instanceof APIConnectionError) return backoff;
  if (!(err instanceof APIError) || typeof err.status !== 'number') return undefined;
  if (err.status === 429) return rateLimitDelay(err, backoff, maxRetryAfterMs);
  return err.status >= 500 || err.status === 408 ? backoff : undefined;
}

/** A 429's wait: its Retry-After when within the cap, a backoff when it sent none, else give up. */
function rateLimitDelay(err: APIError, backoff: number, maxRetryAfterMs: number): number | undefined {
  const wait = retryAfterMs(err.headers);
  if (wait === undefined) return backoff;
  return wait <= maxRetryAfterMs ? wait : undefined;
}

/** Run `attempt(timeoutMs)` under the policy; throws the last error (a spent budget as a timeout error). */
export async function withRetries<T>(attempt: (timeoutMs: number) => Promise<T>, policy: RetryPolicy): Promise<T> {
  const deadline = policy.budgetMs === undefined ? Infinity : Date.now() + policy.budgetMs;
  for (let n = 0; ; n++) {
    const left = deadline - Date.now();
    if (left <= 0) throw new APIConnectionTimeoutError({ message: 'Request timed out.' });
    try {
      return await attempt(Math.min(policy.timeoutMs, left));
    } catch (err) {
      const wait = n < policy.retries ? retryDelay(err, n, policy.maxRetryAfterMs) : undefined;
      if (wait === undefined || Date.now() + wait >= deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
