/**
 * Transcription through the official OpenAI SDK against any OpenAI-compatible
 * server. Upstream failures become AppErrors with a message for the user;
 * the upstream body is logged by nobody and returned to nobody.
 */
import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError, toFile } from 'openai';
import type { WordTiming } from '../../../shared/delivery.js';
import { AppError } from '../../errors.js';
import { FILLER_PROMPT, modelTraits } from './models.js';
import type { TranscribeOptions, Transcriber, Transcript } from './types.js';

export interface OpenAITranscriberOptions {
  client: OpenAI;
  model: string;
  timeoutMs: number;
}

const FALLBACK_HINT = "Use your browser's speech recognition or type your answer instead.";

/** Turn an SDK error into an AppError that says what happened and what to do. */
export function upstreamError(err: unknown, timeoutMs: number): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof APIConnectionTimeoutError) {
    return new AppError('upstream_timeout', `The transcription service did not answer within ${Math.round(timeoutMs / 1000)} s. Try again, or use your browser's speech recognition or type your answer.`, { cause: err });
  }
  if (err instanceof APIError && typeof err.status === 'number') {
    const hint = err.status === 401 || err.status === 403 ? ' Check OPENAI_API_KEY.' : err.status === 404 ? ' Check OPENAI_TRANSCRIBE_MODEL and OPENAI_BASE_URL.' : err.status === 429 ? ' It is busy; wait a moment.' : '';
    return new AppError('upstream_failed', `The transcription service failed (HTTP ${err.status}).${hint} ${FALLBACK_HINT}`, { cause: err });
  }
  return new AppError('upstream_failed', `Could not reach the transcription service. ${FALLBACK_HINT}`, { cause: err });
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
