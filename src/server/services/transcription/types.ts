/**
 * The speech-to-text provider interface. One implementation talks to any
 * OpenAI-compatible `/v1/audio/transcriptions`; without a key, a stand-in
 * refuses with `needs_api_key` so the UI offers the browser's recognition or
 * typing instead. Chosen once at boot (see index.ts).
 */
import type { WordTiming } from '../../../shared/delivery.js';

export interface TranscribeOptions {
  /** The audio's media type, e.g. "audio/webm". */
  mimeType: string;
  /** A file name whose extension matches the audio (providers read the format from it). */
  filename: string;
  /** ISO-639-1 language hint, e.g. "en". */
  language?: string;
  /** Extra context for the transcriber (appended to the filler-keeping prompt). */
  prompt?: string;
  signal?: AbortSignal;
}

export interface Transcript {
  text: string;
  /** Word timings in seconds, when the model supports them. */
  words?: WordTiming[];
  model: string;
  /** False when the model is known to drop filler words, so the count may be low. */
  keepsFillers: boolean;
}

export interface Transcriber {
  /** False for the no-key stand-in: the UI uses it to skip straight to the browser or typing. */
  readonly available: boolean;
  readonly model: string | null;
  transcribe(audio: Buffer, options: TranscribeOptions): Promise<Transcript>;
}
