/**
 * analyzeDelivery: transcript (+ optional word timings, microphone speech
 * segments and duration) → Delivery. Pure and deterministic. Speaking time is
 * first speech to last speech minus long pauses (≥ 1.5 s): short gaps between
 * words are part of normal speech and are inside the published wpm bands.
 */
import type { Delivery, Pause, SpeechSegment, TranscriptSource, WordTiming } from '../../../shared/delivery.js';
import { FILLER_RULES } from './fillers.js';
import { HEDGE_RULES } from './hedges.js';
import { findPhrases, type PhraseMatch } from './phrases.js';
import { THRESHOLDS } from './thresholds.js';
import { alignWords, type Timeline, timelineFromSegments, timelineFromWords, tokenBefore } from './timing.js';
import { type Token, tokenize } from './tokens.js';

export interface DeliveryInput {
  /** The transcript as submitted (possibly edited by the user). */
  text: string;
  /** Length of the recording in seconds. */
  durationSeconds?: number;
  /** Word timings from the transcriber (seconds from the recording start). */
  words?: readonly WordTiming[];
  /** Speech/silence measured in the browser from the microphone level. */
  segments?: readonly SpeechSegment[];
  transcriptSource?: TranscriptSource;
  /** What the transcriber said about filler words (undefined = unknown). */
  keepsFillers?: boolean;
}

const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;

function rangeOf(tokens: readonly Token[], m: PhraseMatch): { offset: number; length: number } {
  const first = tokens[m.index]!;
  const last = tokens[m.index + m.n - 1]!;
  return { offset: first.offset, length: last.offset + last.length - first.offset };
}

/** No timing at all; `silent`: the microphone's segments were all silence (nothing to time). */
const noTimeline = (silent: boolean): Timeline => ({ source: 'none', speechStart: null, speechEnd: null, pauses: [], ...(silent ? { silent } : {}) });

function buildTimeline(input: DeliveryInput, tokens: readonly Token[]): { timeline: Timeline; timingOf: (number | undefined)[]; matched: number } {
  const words = input.words ?? [];
  const { timingOf, tokenOf, matched } = alignWords(tokens, words);
  const segments = input.segments ?? [];
  const mic = segments.length > 0 ? timelineFromSegments(segments) : null;
  if (mic && mic.speechStart !== null) {
    if (words.length > 0) mic.pauses = mic.pauses.map((p) => withWord(p, tokenBefore(p.start, words, tokenOf)));
    return { timeline: mic, timingOf, matched };
  }
  // A silent microphone with word timings: the transcriber heard speech the level meter missed.
  if (words.length > 0) return { timeline: timelineFromWords(words, tokenOf), timingOf, matched };
  return { timeline: noTimeline(mic !== null), timingOf, matched };
}

function withWord(p: Pause, afterWord: number | undefined): Pause {
  return afterWord === undefined ? p : { ...p, afterWord };
}

function band<T extends string>(value: number, low: number, high: number, names: readonly [T, T, T]): T {
  return value < low ? names[0] : value > high ? names[2] : names[1];
}

function bandOfRatio(ratio: number): Exclude<Delivery['fillers']['band'], 'too_short'> {
  if (ratio <= THRESHOLDS.fillers.fineRatio) return 'fine';
  return ratio > THRESHOLDS.fillers.highRatio ? 'high' : 'noticeable';
}

/** The fillers band; on a short answer only when one filler more or fewer would give the same band. */
function fillerBand(count: number, words: number): Delivery['fillers']['band'] {
  const band = bandOfRatio(words ? count / words : 0);
  if (words >= THRESHOLDS.MIN_WORDS_FOR_FILLER_BAND) return band;
  const fewer = bandOfRatio(Math.max(0, count - 1) / Math.max(1, words));
  const more = bandOfRatio((count + 1) / Math.max(1, words));
  return fewer === band && more === band ? band : 'too_short';
}

interface Measured {
  tokens: number;
  matched: number;
  paceMeasured: boolean;
  fillerBand: Delivery['fillers']['band'];
}

function notesFor(input: DeliveryInput, timeline: Timeline, { tokens, matched, paceMeasured, fillerBand }: Measured): string[] {
  const notes: string[] = [];
  if (input.transcriptSource === 'transcriber' && input.keepsFillers === false) {
    notes.push('The transcriber may have removed filler words; the count may be low.');
  } else if (input.transcriptSource === 'browser') {
    notes.push("The browser's speech recognition usually drops filler words; the count may be low.");
  } else if (input.transcriptSource === 'typed') {
    notes.push('The transcript was typed, so it may not show filler words you said.');
  }
  if (timeline.source === 'microphone') notes.push(`Pauses come from the microphone level: silences of ${THRESHOLDS.pauses.longSeconds} s or more between speech.`);
  else if (timeline.source === 'word_timings') notes.push("Pauses come from the transcriber's word timings.");
  else if (timeline.silent) notes.push('The microphone heard no speech in the recording, so pace and pauses were not measured.');
  else notes.push('No timing was recorded, so pauses were not measured and pace uses the whole recording time.');
  if ((input.words?.length ?? 0) > 0 && tokens > 0 && matched / tokens < THRESHOLDS.EDITED_TRANSCRIPT_RATIO) {
    notes.push('The transcript was edited after transcription, so word times are approximate.');
  }
  if (!paceMeasured && !timeline.silent) notes.push('The answer was too short to measure pace.');
  if (tokens > 0 && fillerBand === 'too_short') notes.push(`The answer is too short to judge the filler rate (under ${THRESHOLDS.MIN_WORDS_FOR_FILLER_BAND} words).`);
  return notes;
}

/** Speaking time and pace; none for a silent recording (its length is not speaking time). */
function paceOf(timeline: Timeline, totalSeconds: number, words: number) {
  const span = timeline.speechStart !== null && timeline.speechEnd !== null ? timeline.speechEnd - timeline.speechStart : null;
  const pausedSeconds = timeline.pauses.reduce((s, p) => s + p.seconds, 0);
  const speakingSeconds = timeline.silent ? 0 : round(span === null ? totalSeconds : Math.max(0, span - pausedSeconds), 2);
  const paceMeasured = speakingSeconds >= THRESHOLDS.MIN_SPEAKING_SECONDS_FOR_PACE && words > 0;
  const wordsPerMinute = paceMeasured ? Math.round(words / (speakingSeconds / 60)) : null;
  return { span, speakingSeconds, paceMeasured, wordsPerMinute };
}

function fillersOf(input: DeliveryInput, tokens: readonly Token[], timingOf: (number | undefined)[]) {
  const items = findPhrases(tokens, FILLER_RULES).map((m) => {
    const t = timingOf[m.index];
    const at = t === undefined ? undefined : input.words?.[t]?.start;
    return { word: m.label, index: m.index, ...rangeOf(tokens, m), ...(at === undefined ? {} : { at }) };
  });
  const byWord: Record<string, number> = {};
  for (const f of items) byWord[f.word] = (byWord[f.word] ?? 0) + 1;
  const ratio = tokens.length ? round(items.length / tokens.length, 3) : 0;
  return { items, byWord, ratio, band: fillerBand(items.length, tokens.length) };
}

/** Measure how an answer was spoken. Reports only what is observable. */
export function analyzeDelivery(input: DeliveryInput): Delivery {
  const tokens = tokenize(input.text);
  const { timeline, timingOf, matched } = buildTimeline(input, tokens);
  const lastTimed = Math.max(0, ...(input.segments ?? []).map((s) => s.end), ...(input.words ?? []).map((w) => w.end));
  const totalSeconds = round(input.durationSeconds ?? lastTimed, 2);
  const { span, speakingSeconds, paceMeasured, wordsPerMinute } = paceOf(timeline, totalSeconds, tokens.length);
  const fillers = fillersOf(input, tokens, timingOf);
  const hedges = findPhrases(tokens, HEDGE_RULES).map((m) => ({ phrase: m.label, index: m.index, ...rangeOf(tokens, m) }));
  const veryLong = timeline.pauses.filter((p) => p.seconds >= THRESHOLDS.pauses.veryLongSeconds);
  const talkSeconds = round(span ?? totalSeconds, 2);

  return {
    wordsPerMinute,
    pace: {
      band: wordsPerMinute === null ? null : band(wordsPerMinute, THRESHOLDS.pace.minWpm, THRESHOLDS.pace.maxWpm, ['slow', 'comfortable', 'fast'] as const),
      target: THRESHOLDS.pace.label,
    },
    wordCount: tokens.length,
    speakingSeconds,
    totalSeconds,
    fillers: { count: fillers.items.length, perMinute: paceMeasured ? round(fillers.items.length / (speakingSeconds / 60), 1) : null, ...fillers },
    pauses: { long: timeline.pauses, veryLong, count15: timeline.pauses.length, count3: veryLong.length, source: timeline.source },
    hedges: { count: hedges.length, items: hedges },
    talkTime: {
      seconds: talkSeconds,
      band: band(talkSeconds, THRESHOLDS.talkTime.minSeconds, THRESHOLDS.talkTime.maxSeconds, ['short', 'ok', 'long'] as const),
      target: THRESHOLDS.talkTime.label,
    },
    notes: notesFor(input, timeline, { tokens: tokens.length, matched, paceMeasured, fillerBand: fillers.band }),
  };
}
