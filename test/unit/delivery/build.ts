/**
 * Builds word timings for delivery tests: words spoken at a steady rate, with
 * silences inserted after chosen words, so pauses sit at known positions.
 */
import type { SpeechSegment, WordTiming } from '../../../src/shared/delivery.js';

export interface Spoken {
  text: string;
  words: WordTiming[];
  /** Speech/silence segments as the browser would measure them. */
  segments: SpeechSegment[];
  duration: number;
}

/**
 * `text` is split on spaces; each word lasts `secondsPerWord` (no gap between
 * words); `pausesAfter` maps a word index to a silence length in seconds.
 * `lead`/`trail` add silence before the first and after the last word.
 */
export function speak(text: string, opts: { secondsPerWord?: number; pausesAfter?: Record<number, number>; lead?: number; trail?: number } = {}): Spoken {
  const per = opts.secondsPerWord ?? 0.4;
  const raw = text.split(/\s+/).filter(Boolean);
  const words: WordTiming[] = [];
  const segments: SpeechSegment[] = [];
  let t = opts.lead ?? 0;
  if (t > 0) segments.push({ start: 0, end: t, speaking: false });
  let speechStart = t;
  raw.forEach((w, i) => {
    words.push({ word: w.replace(/[^\p{L}\p{N}'’-]/gu, ''), start: round(t), end: round(t + per) });
    t += per;
    const pause = opts.pausesAfter?.[i];
    if (pause) {
      segments.push({ start: round(speechStart), end: round(t), speaking: true });
      segments.push({ start: round(t), end: round(t + pause), speaking: false });
      t += pause;
      speechStart = t;
    }
  });
  segments.push({ start: round(speechStart), end: round(t), speaking: true });
  if (opts.trail) {
    segments.push({ start: round(t), end: round(t + opts.trail), speaking: false });
    t += opts.trail;
  }
  return { text, words, segments, duration: round(t) };
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** `n` words of plain filler-free content. */
export function plainWords(n: number): string {
  const vocab = ['we', 'moved', 'the', 'billing', 'queue', 'to', 'kafka', 'and', 'cut', 'latency', 'by', 'half', 'in', 'two', 'weeks'];
  return Array.from({ length: n }, (_, i) => vocab[i % vocab.length]).join(' ');
}
