/**
 * Speech vs silence from the microphone level, so talk time and pauses are
 * known even with no transcriber. DOM-free (fed RMS values with timestamps).
 *
 * - threshold: max(MIN_THRESHOLD, noise floor × FLOOR_FACTOR). The noise floor
 *   is the quietest frame of the last FLOOR_WINDOW_S (speech always has gaps
 *   between words within a few seconds), capped at MAX_FLOOR so a long loud
 *   stretch cannot make speech count as silence.
 * - attack: a sound must last ATTACK_S to count as speech (clicks do not).
 * - hangover: speech continues until the level has stayed low for HANGOVER_S
 *   (gaps between words are not pauses). Boundaries are then back-dated to
 *   the last loud / first loud frame, so a 2 s silence measures ~2 s.
 */
export interface Segment {
  start: number;
  end: number;
  speaking: boolean;
}

export const SEGMENTER = { MIN_THRESHOLD: 0.012, FLOOR_FACTOR: 3, MAX_FLOOR: 0.03, FLOOR_WINDOW_S: 5, ATTACK_S: 0.1, HANGOVER_S: 0.35 } as const;

export class SpeechSegmenter {
  private segments: Segment[] = [];
  private speaking = false;
  private segStart = 0;
  private lastLoud = 0;
  private candidate: number | null = null;
  /** Time of the first quiet frame after the last loud one: where speech really ended. */
  private quietSince: number | null = null;
  private recent: Array<{ t: number; rms: number }> = [];
  private threshold: number = SEGMENTER.MIN_THRESHOLD;

  get isSpeaking(): boolean {
    return this.speaking;
  }

  /** Feed one level reading (`t` in seconds since recording started). */
  push(t: number, rms: number): void {
    this.learnFloor(t, rms);
    if (rms >= this.threshold) {
      this.lastLoud = t;
      this.quietSince = null;
      if (this.speaking) return;
      this.candidate ??= t;
      if (t - this.candidate >= SEGMENTER.ATTACK_S) this.switchTo(true, this.candidate);
      return;
    }
    if (!this.speaking) this.candidate = null;
    else {
      this.quietSince ??= t;
      if (t - this.lastLoud >= SEGMENTER.HANGOVER_S) this.switchTo(false, this.quietSince);
    }
  }

  private learnFloor(t: number, rms: number): void {
    this.recent.push({ t, rms });
    while (this.recent.length > 1 && this.recent[0]!.t < t - SEGMENTER.FLOOR_WINDOW_S) this.recent.shift();
    const floor = Math.min(SEGMENTER.MAX_FLOOR, ...this.recent.map((r) => r.rms));
    this.threshold = Math.max(SEGMENTER.MIN_THRESHOLD, floor * SEGMENTER.FLOOR_FACTOR);
  }

  private switchTo(speaking: boolean, at: number): void {
    if (at > this.segStart) this.segments.push({ start: round(this.segStart), end: round(at), speaking: this.speaking });
    this.speaking = speaking;
    this.segStart = at;
    this.candidate = null;
    this.quietSince = null;
  }

  /** Close the recording at `t` and return all segments (the object can keep no more input). */
  finish(t: number): Segment[] {
    const end = this.speaking ? Math.min(t, this.quietSince ?? t) : t;
    if (end > this.segStart) this.segments.push({ start: round(this.segStart), end: round(end), speaking: this.speaking });
    if (this.speaking && t > end) this.segments.push({ start: round(end), end: round(t), speaking: false });
    return this.segments.slice();
  }

  /** Segments so far plus the open one (for a live timeline). */
  snapshot(t: number): Segment[] {
    return [...this.segments, { start: round(this.segStart), end: round(t), speaking: this.speaking }];
  }
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Root-mean-square level of one block of samples (−1…1). */
export function rms(samples: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!;
  return samples.length ? Math.sqrt(sum / samples.length) : 0;
}
