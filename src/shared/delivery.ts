/**
 * Delivery analytics of a spoken answer (pace, fillers, pauses, hedges, talk
 * time) and the shapes of the voice-answer API. Shared by server and browser;
 * the browser imports types only. Everything here is observable from the
 * transcript and timings — nothing about confidence or emotion.
 * This file imports nothing from domain.ts, so domain.ts can import `Delivery`
 * (Feedback.delivery) without a cycle; the API shapes that combine both live
 * in delivery-api.ts.
 */
import { z } from 'zod';

/** One word with its time in the recording (seconds), as a transcriber reports it. */
export const WordTiming = z.object({
  word: z.string().max(100),
  start: z.number().min(0),
  end: z.number().min(0),
});
export type WordTiming = z.infer<typeof WordTiming>;

/** A stretch of the recording the browser measured as speech or silence (seconds). */
export const SpeechSegment = z.object({
  start: z.number().min(0),
  end: z.number().min(0),
  speaking: z.boolean(),
});
export type SpeechSegment = z.infer<typeof SpeechSegment>;

/** Where the transcript came from: decides which notes apply (e.g. fillers removed). */
export const TRANSCRIPT_SOURCES = ['transcriber', 'browser', 'typed'] as const;
export const TranscriptSource = z.enum(TRANSCRIPT_SOURCES);
export type TranscriptSource = z.infer<typeof TranscriptSource>;

/** A run of the transcript text: `offset`/`length` are character positions (for highlighting). */
const TextRange = { offset: z.number().int().min(0), length: z.number().int().min(0) };

export const FillerItem = z.object({
  word: z.string(),
  /** Position of the (first) word among the transcript's words, 0-based. */
  index: z.number().int().min(0),
  ...TextRange,
  /** Seconds into the recording, when word timings were available. */
  at: z.number().optional(),
});
export type FillerItem = z.infer<typeof FillerItem>;

export const HedgeItem = z.object({ phrase: z.string(), index: z.number().int().min(0), ...TextRange });
export type HedgeItem = z.infer<typeof HedgeItem>;

export const Pause = z.object({
  start: z.number(),
  end: z.number(),
  seconds: z.number(),
  /** Index of the word spoken just before the pause, when word timings were available. */
  afterWord: z.number().int().optional(),
});
export type Pause = z.infer<typeof Pause>;

export const PACE_BANDS = ['slow', 'comfortable', 'fast'] as const;
/** `too_short`: so few words that one filler more or fewer would change the band (thresholds.ts). */
export const FILLER_BANDS = ['fine', 'noticeable', 'high', 'too_short'] as const;
export const TALK_BANDS = ['short', 'ok', 'long'] as const;
export const TIMING_SOURCES = ['microphone', 'word_timings', 'none'] as const;

export const Delivery = z.object({
  /** Words per minute over speaking time (first to last speech, minus long pauses); null when not measurable. */
  wordsPerMinute: z.number().nullable(),
  pace: z.object({ band: z.enum(PACE_BANDS).nullable(), target: z.string() }),
  wordCount: z.number().int(),
  speakingSeconds: z.number(),
  totalSeconds: z.number(),
  fillers: z.object({
    count: z.number().int(),
    perMinute: z.number().nullable(),
    /** Fillers as a share of all words (0–1). */
    ratio: z.number(),
    band: z.enum(FILLER_BANDS),
    items: z.array(FillerItem),
    byWord: z.record(z.string(), z.number().int()),
  }),
  pauses: z.object({
    /** Pauses of at least 1.5 s between speech (not before the first or after the last word). */
    long: z.array(Pause),
    /** The subset of `long` of at least 3 s. */
    veryLong: z.array(Pause),
    count15: z.number().int(),
    count3: z.number().int(),
    source: z.enum(TIMING_SOURCES),
  }),
  hedges: z.object({ count: z.number().int(), items: z.array(HedgeItem) }),
  talkTime: z.object({ seconds: z.number(), band: z.enum(TALK_BANDS), target: z.string() }),
  /** Caveats about what could be measured, in plain words. */
  notes: z.array(z.string()),
});
export type Delivery = z.infer<typeof Delivery>;
