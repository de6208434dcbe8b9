/**
 * What a transcription model can do, decided by its name (the API has no way
 * to ask). Documented choices:
 * - Whisper-family models ("whisper-1", and local servers that serve
 *   "whisper-large-v3", "Systran/faster-whisper-small", …) accept
 *   `response_format: "verbose_json"` with `timestamp_granularities: ["word"]`,
 *   and keep filler words when the prompt contains them.
 * - `gpt-4o-transcribe`, `gpt-4o-mini-transcribe` (and dated variants) accept
 *   only `json`/`text`: no word timings. They tend to return clean text
 *   without "um"/"uh" even when prompted, so keepsFillers is false.
 * - Any other name: plain `json` (every compatible server supports it) and
 *   keepsFillers false (we cannot promise what we cannot see).
 */

export interface ModelTraits {
  wordTimestamps: boolean;
  keepsFillers: boolean;
}

export function modelTraits(model: string): ModelTraits {
  const name = model.toLowerCase();
  if (name.includes('whisper')) return { wordTimestamps: true, keepsFillers: true };
  return { wordTimestamps: false, keepsFillers: false };
}

/**
 * The prompt that asks the model to keep disfluencies: transcribers imitate
 * the style of the prompt, so a prompt full of fillers keeps them.
 */
export const FILLER_PROMPT = "Umm, let me think like, hmm… Okay, here's what I'm, like, thinking.";
