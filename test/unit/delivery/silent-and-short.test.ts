/**
 * Delivery must not invent numbers: a recording in which the microphone heard
 * no speech gets no pace and no pauses (with the reason), and a very short
 * answer gets no filler band when one filler more or fewer would change it.
 */
import { describe, expect, it } from 'vitest';
import { Delivery } from '../../../src/shared/delivery.js';
import { analyzeDelivery } from '../../../src/server/services/delivery/analyze.js';
import { deliveryLine } from '../../../src/server/services/review/guide/delivery.js';
import { plainWords, speak } from './build.js';

const TYPED = 'On the step-down unit I precepted fourteen new graduates and thirteen stayed past one year because I paired them with charge nurses.';

describe('analyzeDelivery: a recording with no speech', () => {
  const silent = { text: TYPED, durationSeconds: 11.2, segments: [{ start: 0, end: 11.2, speaking: false }], transcriptSource: 'typed' as const };

  it('measures neither pace nor pauses, and says the microphone heard no speech', () => {
    const d = analyzeDelivery(silent);
    expect(Delivery.parse(d)).toEqual(d);
    expect(d.wordsPerMinute).toBeNull();
    expect(d.pace.band).toBeNull();
    expect(d.fillers.perMinute).toBeNull();
    expect(d.speakingSeconds).toBe(0);
    expect(d.pauses.source).toBe('none');
    expect(d.notes).toContain('The microphone heard no speech in the recording, so pace and pauses were not measured.');
    expect(d.notes.join(' ')).not.toMatch(/microphone level|whole recording time|too short to measure pace/);
    expect(deliveryLine(d)).toMatch(/^Delivery: pace not measured · .* · pauses not measured · /);
  });

  it('uses the transcriber word timings when the level meter missed quiet speech', () => {
    const s = speak(plainWords(40), { secondsPerWord: 0.4, pausesAfter: { 19: 2 } });
    const d = analyzeDelivery({ text: s.text, words: s.words, durationSeconds: s.duration, segments: [{ start: 0, end: s.duration, speaking: false }] });
    expect(d.pauses.source).toBe('word_timings');
    expect(d.pauses.count15).toBe(1);
    expect(d.wordsPerMinute).toBe(150);
  });
});

describe('analyzeDelivery: fillers on a very short answer', () => {
  it('does not band one "um" in 19 words, and says why, but bands a clear rate', () => {
    const d = analyzeDelivery({ text: `Um ${plainWords(18)}`, durationSeconds: 8 });
    expect(d.wordCount).toBe(19);
    expect(d.fillers.count).toBe(1);
    expect(d.fillers.band).toBe('too_short');
    expect(d.notes).toContain('The answer is too short to judge the filler rate (under 50 words).');
    expect(deliveryLine(d)).toContain('1 filler, 7.5/min (too few words to judge)');
    // A short answer whose rate is clear either way is still banded, and a 50-word one by its share.
    const many = analyzeDelivery({ text: `Um uh um uh ${plainWords(20)}`, durationSeconds: 10 });
    expect(many.fillers.band).toBe('high');
    expect(many.notes.join(' ')).not.toContain('filler rate');
    const fifty = analyzeDelivery({ text: `Um ${plainWords(49)}`, durationSeconds: 20 });
    expect(fifty.fillers.band).toBe('fine');
  });
});
