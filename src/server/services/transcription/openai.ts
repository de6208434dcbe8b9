/**
 * Transcription through the official OpenAI SDK against any OpenAI-compatible
 * server. Upstream failures become AppErrors with a message for the user;
 * the upstream body is logged by nobody and returned to nobody (the SDK error,
 * whose message holds it, is not even kept as the cause).
 */
import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError, toFile } from 'openai';
import type { WordTiming } from '../../../shared/delivery.js';
import { humanWait, retryAfterMs } from '../../coach/llm/failures.js';
import { AppError } from '../../errors.js';
import { FILLER_PROMPT, modelTraits } from './models.js';
import type { TranscribeOptions, Transcriber, Transcript } from './types.js';

export interface OpenAITranscriberOptions {
  client: OpenAI;
  model: string;
  timeoutMs: number;
}

/** What the user can do now (the page offers "Try transcription again" beside the box). */
const FALLBACK_HINT = 'You can type what you said instead.';

/** What to do about an HTTP error status (a 429: the wait the service asked for). */
function statusHint(err: APIError): string {
  if (err.status === 401 || err.status === 403) return ' Check OPENAI_API_KEY.';
  if (err.status === 404) return ' Check OPENAI_TRANSCRIBE_MODEL and OPENAI_BASE_URL.';
  if (err.status !== 429) return '';
  const wait = retryAfterMs(err.headers);
  return wait === undefined ? ' It is rate-limiting requests; wait a minute.' : ` It is rate-limiting requests; try again in ${humanWait(wait)}.`;
}

/**
 * Turn an SDK error into an AppError that says what happened and what to do.
 * The SDK error is not kept as the cause: its message holds the upstream body,
 * which the error log would print (a worker's traceback, an echoed key).
 */
export function upstreamError(err: unknown, timeoutMs: number): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof APIConnectionTimeoutError) {
    return new AppError('upstream_timeout', `The transcription service did not answer within ${Math.round(timeoutMs / 1000)} s. Try again, or type what you said.`);
  }
  if (err instanceof APIError && typeof err.status === 'number') {
    const wait = err.status === 429 ? retryAfterMs(err.headers) : undefined;
    const headers: Record<string, string> = wait === undefined ? {} : { 'retry-after': String(Math.ceil(wait / 1000)) };
    return new AppError('upstream_failed', `The transcription service failed (HTTP ${err.status}).${statusHint(err)} ${FALLBACK_HINT}`, { headers });
  }
  return new AppError('upstream_failed', `Could not reach the transcription service. ${FALLBACK_HINT}`);
}

function wordsOf(res: unknown): WordTiming[] | undefined {
  const words = (res as { words?: unknown }).words;
  if (!Array.isArray(words)) return undefined;
  const out: WordTiming[] = [];
  for (const w of words as Array<Record<string, unknown>>) {
    if (typeof w.word === 'string' && typeof w.start === 'number' && typeof w.end === 'number') out.push({ word: w.word.trim(), start: w.start, end: w.end });
  }
  return out;
}

export function createOpenAITranscriber({ client, model, timeoutMs }: OpenAITranscriberOptions): Transcriber {
  const traits = modelTraits(model);

  async function transcribe(audio: Buffer, opts: TranscribeOptions): Promise<Transcript> {
    const file = await toFile(audio, opts.filename, { type: opts.mimeType });
    const prompt = opts.prompt ? `${FILLER_PROMPT} ${opts.prompt}` : FILLER_PROMPT;
    const common = { file, model, prompt, ...(opts.language ? { language: opts.language } : {}) };
    const request = { signal: opts.signal, timeout: timeoutMs, maxRetries: 0 };
    try {
      const res = traits.wordTimestamps
        ? await client.audio.transcriptions.create({ ...common, response_format: 'verbose_json', timestamp_granularities: ['word'] }, request)
        : await client.audio.transcriptions.create({ ...common, response_format: 'json' }, request);
      if (typeof res.text !== 'string') throw new AppError('upstream_failed', `The transcription service sent an unreadable reply. ${FALLBACK_HINT}`);
      const words = traits.wordTimestamps ? wordsOf(res) : undefined;
      return { text: res.text.trim(), ...(words && words.length ? { words } : {}), model, keepsFillers: traits.keepsFillers };
    } catch (err) {
      if (err instanceof APIUserAbortError) throw err;
      throw upstreamError(err, timeoutMs);
    }
  }

  return { available: true, model, transcribe };
}
