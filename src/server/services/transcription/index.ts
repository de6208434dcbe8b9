/**
 * Choosing the transcriber once, at boot: the OpenAI-compatible one when a key
 * is configured, otherwise a stand-in that explains the alternatives.
 */
import OpenAI from 'openai';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { createOpenAITranscriber } from './openai.js';
import type { Transcriber } from './types.js';

export type { TranscribeOptions, Transcriber, Transcript } from './types.js';
export { FILLER_PROMPT, modelTraits } from './models.js';
export { createOpenAITranscriber } from './openai.js';

type TranscriberConfig = Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_TRANSCRIBE_MODEL' | 'OPENAI_TIMEOUT_MS'>;

/** Used when no key is configured: every call is refused with a way forward. */
export const noTranscriber: Transcriber = {
  available: false,
  model: null,
  transcribe: () =>
    Promise.reject(
      new AppError(
        'needs_api_key',
        "Automatic transcripts of recordings are not available here yet: use your browser's speech recognition, or type what you said. " +
          'To turn them on, add an OpenAI-compatible API key to .env (OPENAI_API_KEY) and restart the app; see Configuration in the README.',
      ),
    ),
};

/** The transcriber for this process. */
export function createTranscriber(config: TranscriberConfig): Transcriber {
  if (config.OPENAI_API_KEY === undefined) return noTranscriber;
  const client = new OpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, maxRetries: 0, timeout: config.OPENAI_TIMEOUT_MS });
  return createOpenAITranscriber({ client, model: config.OPENAI_TRANSCRIBE_MODEL, timeoutMs: config.OPENAI_TIMEOUT_MS });
}
