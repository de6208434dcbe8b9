/**
 * The OpenAI client the voice features use, and how its failures become
 * AppErrors: a timeout is `upstream_timeout` (504), a 429 is `rate_limited`,
 * anything else is `upstream_failed` (502) with a message saying what to
 * check. Upstream bodies are never passed on (they may echo the request).
 */
import OpenAI, { APIConnectionTimeoutError, APIError } from 'openai';
import type { Config } from '../../config.js';
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
  return new OpenAI({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    timeout: Math.min(config.OPENAI_TIMEOUT_MS, 30_000),
    // One retry for a dropped connection or a 5xx; the user is waiting on a button.
    maxRetries: 1,
  });
}

/** What to do about an HTTP error status: the key, the settings in `check` (400/404), or wait. */
function statusHint(status: number, check: string): string {
  if (status === 401 || status === 403) return ' The API key was refused: check OPENAI_API_KEY.';
  if (status === 404 || status === 400) return ` ${check}`;
  return ' Try again in a moment.';
}

/**
 * Map an SDK error to an AppError; `what` names the operation for the message,
 * `check` (optional) says which settings to check when the service answers 400/404.
 */
export function upstreamError(err: unknown, what: string, check = 'Check OPENAI_REALTIME_MODEL / OPENAI_SPEECH_MODEL and OPENAI_BASE_URL.'): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof APIConnectionTimeoutError) {
    return new AppError('upstream_timeout', `The OpenAI service did not answer in time while ${what}. Try again in a moment.`, { cause: err });
  }
  if (err instanceof APIError && typeof err.status === 'number') {
    const status = err.status;
    if (status === 429) return new AppError('rate_limited', `The OpenAI service is rate-limiting requests while ${what}. Wait a minute and try again.`, { cause: err });
    const hint = statusHint(status, check);
    return new AppError('upstream_failed', `The OpenAI service failed (HTTP ${status}) while ${what}.${hint}`, { cause: err });
  }
  return new AppError('upstream_failed', `Could not reach the OpenAI service while ${what}. Check the network and OPENAI_BASE_URL.`, { cause: err });
}
