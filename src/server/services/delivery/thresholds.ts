/**
 * Every delivery threshold in one table, with where it comes from
 * (docs: /work/shared/docs/coaching.md, "Delivery (spoken answers)").
 *
 * | measure            | value                 | why                                                                 |
 * |--------------------|-----------------------|---------------------------------------------------------------------|
 * | pace, comfortable  | 120–170 wpm           | conversation 110–150, presenting 140–160; the doc's comfortable band |
 * | fillers, fine      | ≤ 2 % of words        | heuristic seen in products ("a few per minute is fine")             |
 * | fillers, high      | > 5 % of words        | "above 5 % is worth work"                                            |
 * | fillers, too short | < 50 words, unstable  | one filler in 19 words is 5 %: a band only when ±1 filler keeps it   |
 * | long pause         | ≥ 1.5 s               | the doc's first pause threshold                                     |
 * | very long pause    | ≥ 3 s                 | the doc's second pause threshold                                    |
 * | talk time          | 60–120 s (aim ~90 s)  | "about 90 seconds spoken; rambling past ~120 s"                      |
 * | words              | 150–300               | "150–300 words"                                                      |
 *
 * Measurement constants (not coaching advice):
 * - MIN_SPEAKING_SECONDS_FOR_PACE: below this, a wpm figure is noise, so none is given.
 * - MIN_WORDS_FOR_FILLER_BAND: below this, one filler moves the share by more than the
 *   "fine" band is wide (1/50 = 2 %), so a band is given only when one filler more or
 *   fewer would give the same band; otherwise the answer is "too short to judge".
 * - EDITED_TRANSCRIPT_RATIO: when fewer than this share of transcript words line up
 *   with the transcriber's timings, the user rewrote the text; times are approximate.
 */
export const THRESHOLDS = {
  pace: { minWpm: 120, maxWpm: 170, label: '120–170 wpm' },
  fillers: { fineRatio: 0.02, highRatio: 0.05 },
  pauses: { longSeconds: 1.5, veryLongSeconds: 3 },
  talkTime: { minSeconds: 60, maxSeconds: 120, idealSeconds: 90, label: '60–120 s' },
  words: { min: 150, max: 300 },
  MIN_SPEAKING_SECONDS_FOR_PACE: 5,
  MIN_WORDS_FOR_FILLER_BAND: 50,
  EDITED_TRANSCRIPT_RATIO: 0.6,
} as const;
