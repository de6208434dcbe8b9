/**
 * Response shapes of the voice-answer API (transcription, spoken answer with
 * delivery). Kept apart from delivery.ts so that domain.ts may import
 * `Delivery` from there without an import cycle.
 */
import { z } from 'zod';
import { Answer } from './api.js';
import { Delivery, WordTiming } from './delivery.js';
import { Feedback } from './domain.js';

/** What the transcription route returns. */
export const TranscriptionResult = z.object({
  text: z.string(),
  words: z.array(WordTiming).optional(),
  model: z.string(),
  /** False when the model is known to drop filler words (the delivery panel says so). */
  keepsFillers: z.boolean(),
});
export type TranscriptionResult = z.infer<typeof TranscriptionResult>;

/** Feedback on a spoken answer: the usual feedback plus delivery. */
export const VoiceFeedback = Feedback.extend({ delivery: Delivery });
export type VoiceFeedback = z.infer<typeof VoiceFeedback>;

export const VoiceAnswerResult = z.object({
  answer: Answer,
  feedback: VoiceFeedback,
  /** Whether the recording was kept with the answer, and why not when it was not. */
  audio: z.object({ stored: z.boolean(), message: z.string().optional() }),
});
export type VoiceAnswerResult = z.infer<typeof VoiceAnswerResult>;
