/**
 * Time-based measures: where speech starts and ends, long pauses, and the
 * alignment of transcript words with a transcriber's word timings (the user
 * may have edited the transcript, so alignment tolerates inserted, removed
 * and changed words).
 */
import type { Pause, SpeechSegment, WordTiming } from '../../../shared/delivery.js';
import { THRESHOLDS } from './thresholds.js';
import { normalizeWord, type Token } from './tokens.js';

/** Speech span and pauses of one recording, from whichever timing source was used. */
export interface Timeline {
  source: 'microphone' | 'word_timings' | 'none';
  /** First and last moment of speech (seconds), or null when unknown. */
  speechStart: number | null;
  speechEnd: number | null;
  /** Silences ≥ the long-pause threshold between speech, in order. */
  pauses: Pause[];
  /** The microphone was metered but heard no speech at all (so there is nothing to time). */
  silent?: boolean;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Sort, drop empty segments and merge neighbours of the same kind. */
export function normalizeSegments(segments: readonly SpeechSegment[]): SpeechSegment[] {
  const sorted = segments.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: SpeechSegment[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.speaking === s.speaking && s.start <= last.end + 0.05) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function pause(start: number, end: number, afterWord?: number): Pause {
  return { start: round2(start), end: round2(end), seconds: round2(end - start), ...(afterWord === undefined ? {} : { afterWord }) };
}

/** Pauses from the browser's microphone segments: silent stretches between the first and last speech. */
export function timelineFromSegments(segments: readonly SpeechSegment[]): Timeline {
  const segs = normalizeSegments(segments);
  const speech = segs.filter((s) => s.speaking);
  if (speech.length === 0) return { source: 'microphone', speechStart: null, speechEnd: null, pauses: [] };
  const speechStart = speech[0]!.start;
  const speechEnd = speech[speech.length - 1]!.end;
  // Silence between two speech stretches, whether reported as a segment or as a gap between segments.
  const pauses: Pause[] = [];
  for (let k = 1; k < speech.length; k++) {
    const start = speech[k - 1]!.end;
    const end = speech[k]!.start;
    if (end - start >= THRESHOLDS.pauses.longSeconds) pauses.push(pause(start, end));
  }
  return { source: 'microphone', speechStart, speechEnd, pauses };
}

/** Pauses from word timings: gaps between consecutive words. `tokenOf` maps a timing index to a transcript word index. */
export function timelineFromWords(words: readonly WordTiming[], tokenOf: ReadonlyArray<number | undefined> = []): Timeline {
  // Kept in the transcriber's order so indices line up with `tokenOf`.
  const ws = words;
  if (ws.length === 0) return { source: 'word_timings', speechStart: null, speechEnd: null, pauses: [] };
  const pauses: Pause[] = [];
  for (let k = 1; k < ws.length; k++) {
    const gap = ws[k]!.start - ws[k - 1]!.end;
    if (gap >= THRESHOLDS.pauses.longSeconds) pauses.push(pause(ws[k - 1]!.end, ws[k]!.start, tokenOf[k - 1]));
  }
  return { source: 'word_timings', speechStart: ws[0]!.start, speechEnd: ws[ws.length - 1]!.end, pauses };
}

const LOOKAHEAD = 6;

/**
 * Align transcript tokens with timed words, greedily with a small lookahead on
 * both sides. Returns, per token, the timing index it matched (or undefined),
 * and the inverse map from timing index to token index.
 */
export function alignWords(tokens: readonly Token[], words: readonly WordTiming[]): { timingOf: (number | undefined)[]; tokenOf: (number | undefined)[]; matched: number } {
  const norms = words.map((w) => normalizeWord(w.word));
  const timingOf: (number | undefined)[] = new Array(tokens.length).fill(undefined);
  const tokenOf: (number | undefined)[] = new Array(words.length).fill(undefined);
  let i = 0;
  let j = 0;
  let matched = 0;
  while (i < tokens.length && j < words.length) {
    if (tokens[i]!.norm === norms[j]) {
      timingOf[i] = j;
      tokenOf[j] = i;
      matched++;
      i++;
      j++;
      continue;
    }
    const skipWords = norms.slice(j + 1, j + 1 + LOOKAHEAD).indexOf(tokens[i]!.norm);
    const skipTokens = tokens.slice(i + 1, i + 1 + LOOKAHEAD).findIndex((t) => t.norm === norms[j]);
    if (skipWords >= 0 && (skipTokens < 0 || skipWords <= skipTokens)) j += skipWords + 1;
    else if (skipTokens >= 0) i += skipTokens + 1;
    else {
      i++;
      j++;
    }
  }
  return { timingOf, tokenOf, matched };
}

/** Index of the last token whose timing ends at or before `t` (for placing a microphone pause in the text). */
export function tokenBefore(t: number, words: readonly WordTiming[], tokenOf: ReadonlyArray<number | undefined>): number | undefined {
  let best: number | undefined;
  words.forEach((w, k) => {
    if (w.end <= t + 0.25 && tokenOf[k] !== undefined) best = tokenOf[k];
  });
  return best;
}
