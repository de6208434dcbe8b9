/**
 * The OpenAI client the voice features use, and how its failures become
 * AppErrors: a timeout is `upstream_timeout` (504), a 429 is `rate_limited`
 * (saying the wait the service asked for), anything else is `upstream_failed`
 * (502) with a message saying what to check. Upstream bodies are never passed
 * on (they may echo the request). Retries are ours (voiceRequest): the SDK
 * waits out any Retry-After, which held "Connecting…" for two minutes.
 */
import OpenAI, { APIConnectionTimeoutError, APIError } from 'openai';
import type { Config } from '../../config.js';
import { humanWait, retryAfterMs, withRetries } from '../../coach/llm/failures.js';
import { AppError } from '../../errors.js';

export type VoiceConfig = Pick<
  Config,
  | 'DATA_DIR'
  | 'OPENAI_API_KEY'
  | 'OPENAI_BASE_URL'
  | 'OPENAI_TIMEOUT_MS'
  | 'OPENAI_TRANSCRIBE_MODEL'
  | 'OPENAI_SPEECH_MODEL'
  | 'OPENAI_REALTIME_MODEL'
  | 'OPENAI_REALTIME_VOICE'
  | 'OPENAI_REALTIME_URL'
  | 'REALTIME_TURN_DETECTION'
> & {
  /** Log mint and transcript events (never audio or secrets). Optional until config.ts has it. */
  REALTIME_DEBUG?: boolean;
  /** Longest Retry-After waited out (default 10 s); a longer one fails at once. */
  OPENAI_MAX_RETRY_AFTER_S?: number;
};

/**
 * The message every "no key" error carries: first, in the words of the person
 * practising, what is unavailable and how to practise now; then how to turn it
 * on (README, Configuration).
 */
export const NEEDS_KEY_MESSAGE =
  'Live voice practice is not available here yet: use turn-based voice instead, recording each answer with your microphone (or typing it), and you get the same feedback. ' +
  'To turn live voice on, add an OpenAI-compatible API key to .env (OPENAI_API_KEY) and restart the app; see Configuration in the README.';

/** The SDK client, or a needs_api_key error when no key is configured. */
export function voiceClient(config: VoiceConfig): OpenAI {
  if (!config.OPENAI_API_KEY) throw new AppError('needs_api_key', NEEDS_KEY_MESSAGE);
  return new OpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, timeout: voiceTimeout(config), maxRetries: 0 });
}

function voiceTimeout(config: VoiceConfig): number {
  return Math.min(config.OPENAI_TIMEOUT_MS, 30_000);
}

/**
 * One request with one retry for a dropped connection, a 5xx or a 429 whose
 * Retry-After is within OPENAI_MAX_RETRY_AFTER_S; the user is waiting on a button.
 */
export function voiceRequest<T>(config: VoiceConfig, attempt: (opts: { timeout: number; maxRetries: 0 }) => Promise<T>): Promise<T> {
  const maxRetryAfterMs = (config.OPENAI_MAX_RETRY_AFTER_S ?? 10) * 1000;
  return withRetries((timeout) => attempt({ timeout, maxRetries: 0 }), { retries: 1, maxRetryAfterMs, timeoutMs: voiceTimeout(config) });
}

/** The service as a user may recognise it: OpenAI, or the host of OPENAI_BASE_URL (a local server is not "OpenAI"). */
export function serviceName(config: Pick<VoiceConfig, 'OPENAI_BASE_URL'>): string {
  if (!config.OPENAI_BASE_URL) return 'the OpenAI service';
  return URL.canParse(config.OPENAI_BASE_URL) ? `the AI service at ${new URL(config.OPENAI_BASE_URL).host}` : 'the AI service';
}

/** What to do about an HTTP error status: the key, the settings in `check` (400/404), or wait. */
function statusHint(status: number, check: string): string {
  if (status === 401 || status === 403) return ' The API key was refused: check OPENAI_API_KEY.';
  if (status === 404 || status === 400) return ` ${check}`;
  return ' Try again in a moment.';
}

export const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export interface UpstreamContext {
  /** The operation, completing "while …". */
  what: string;
  /** Which settings to check when the service answers 400/404. */
  check?: string;
  /** Who failed (serviceName); default "the AI service". */
  service?: string;
}

/** A 429: the wait the service asked for, and a Retry-After for the client. */
function rateLimited(err: APIError, who: string, what: string): AppError {
  const wait = retryAfterMs(err.headers);
  const when = wait === undefined ? 'Wait a minute and try again.' : `Try again in ${humanWait(wait)}.`;
  const headers: Record<string, string> = wait === undefined ? {} : { 'retry-after': String(Math.ceil(wait / 1000)) };
  return new AppError('rate_limited', `${capitalised(who)} is rate-limiting requests while ${what}. ${when}`, { headers });
}

/** Map an SDK error to an AppError (the upstream error is not kept as its cause: its body may echo secrets). */
export function upstreamError(err: unknown, ctx: UpstreamContext): AppError {
  if (err instanceof AppError) return err;
  const who = ctx.service ?? 'the AI service';
  if (err instanceof APIConnectionTimeoutError) return new AppError('upstream_timeout', `${capitalised(who)} did not answer in time while ${ctx.what}. Try again in a moment.`);
  if (err instanceof APIError && typeof err.status === 'number') {
    if (err.status === 429) return rateLimited(err, who, ctx.what);
    const hint = statusHint(err.status, ctx.check ?? 'Check OPENAI_REALTIME_MODEL / OPENAI_SPEECH_MODEL and OPENAI_BASE_URL.');
    return new AppError('upstream_failed', `${capitalised(who)} failed (HTTP ${err.status}) while ${ctx.what}.${hint}`);
  }
  return new AppError('upstream_failed', `Could not reach ${who} while ${ctx.what}. Check the network and OPENAI_BASE_URL.`);
}
