import { describe, expect, it } from 'vitest';
import { Delivery } from '../../../src/shared/delivery.js';
import { analyzeDelivery } from '../../../src/server/services/delivery/analyze.js';
import { plainWords, speak } from './build.js';

describe('analyzeDelivery: pace and talk time', () => {
  it('measures words per minute over speaking time, excluding long pauses', () => {
    // 150 words at 0.4 s each = 60 s of speech = 150 wpm; a 4 s pause must not slow the pace.
    const s = speak(plainWords(150), { pausesAfter: { 74: 4 } });
    const d = analyzeDelivery({ text: s.text, words: s.words, durationSeconds: s.duration });
    expect(Delivery.parse(d)).toEqual(d);
    expect(d.wordCount).toBe(150);
    expect(d.speakingSeconds).toBeCloseTo(60, 1);
    expect(d.wordsPerMinute).toBe(150);
    expect(d.pace).toEqual({ band: 'comfortable', target: '120–170 wpm' });
    expect(d.totalSeconds).toBeCloseTo(64, 1);
  });

  it('bands slow and fast speech', () => {
    const slow = speak(plainWords(100), { secondsPerWord: 0.6 }); // 100 wpm
    const fast = speak(plainWords(100), { secondsPerWord: 0.3 }); // 200 wpm
    expect(analyzeDelivery({ text: slow.text, words: slow.words }).pace.band).toBe('slow');
    expect(analyzeDelivery({ text: slow.text, words: slow.words }).wordsPerMinute).toBe(100);
    expect(analyzeDelivery({ text: fast.text, words: fast.words }).pace.band).toBe('fast');
  });

  it('bands talk time against 60–120 s, from first to last speech', () => {
    const short = speak(plainWords(50), { lead: 5, trail: 5 }); // 20 s of speech inside 30 s
    const ok = speak(plainWords(225)); // 90 s
    const long = speak(plainWords(400)); // 160 s
    const d = analyzeDelivery({ text: short.text, segments: short.segments, durationSeconds: short.duration });
    expect(d.talkTime).toEqual({ seconds: 20, band: 'short', target: '60–120 s' });
    expect(d.totalSeconds).toBe(30);
    expect(analyzeDelivery({ text: ok.text, words: ok.words }).talkTime.band).toBe('ok');
    expect(analyzeDelivery({ text: long.text, words: long.words }).talkTime.band).toBe('long');
  });

  it('gives no pace for a very short answer, and says why', () => {
    const s = speak('Yes I did', { secondsPerWord: 0.5 });
    const d = analyzeDelivery({ text: s.text, words: s.words });
    expect(d.wordsPerMinute).toBeNull();
    expect(d.pace.band).toBeNull();
    expect(d.fillers.perMinute).toBeNull();
    expect(d.notes).toContain('The answer was too short to measure pace.');
  });

  it('uses the whole recording when there is no timing, and says so', () => {
    const d = analyzeDelivery({ text: plainWords(130), durationSeconds: 60, transcriptSource: 'typed' });
    expect(d.wordsPerMinute).toBe(130);
    expect(d.pauses.source).toBe('none');
    expect(d.pauses.count15).toBe(0);
    expect(d.notes.some((n) => n.startsWith('No timing was recorded'))).toBe(true);
  });
});

describe('analyzeDelivery: pauses', () => {
  it('finds pauses at known positions from word timings, split at 1.5 s and 3 s', () => {
    const s = speak(plainWords(40), { pausesAfter: { 9: 1.2, 19: 2, 29: 3.5 }, lead: 4, trail: 6 });
    const d = analyzeDelivery({ text: s.text, words: s.words.map((w) => ({ ...w, start: w.start, end: w.end })) });
    expect(d.pauses.source).toBe('word_timings');
    expect(d.pauses.count15).toBe(2);
    expect(d.pauses.count3).toBe(1);
    expect(d.pauses.long.map((p) => [p.afterWord, p.seconds])).toEqual([[19, 2], [29, 3.5]]);
    expect(d.pauses.veryLong).toEqual([d.pauses.long[1]]);
    // Leading and trailing silence is not a pause in the answer.
    expect(d.pauses.long[0]!.start).toBeCloseTo(4 + 20 * 0.4 + 1.2, 2);
  });

  it('prefers the microphone segments and places their pauses after the right word', () => {
    const s = speak(plainWords(40), { pausesAfter: { 19: 2, 29: 3.5 }, lead: 1 });
    const d = analyzeDelivery({ text: s.text, words: s.words, segments: s.segments });
    expect(d.pauses.source).toBe('microphone');
    expect(d.pauses.long.map((p) => [p.afterWord, p.seconds])).toEqual([[19, 2], [29, 3.5]]);
    expect(d.notes).toContain('Pauses come from the microphone level: silences of 1.5 s or more between speech.');
  });

  it('merges fragmented silence from the microphone into one pause', () => {
    const segments = [
      { start: 0, end: 5, speaking: true },
      { start: 5, end: 5.8, speaking: false },
      { start: 5.8, end: 6.9, speaking: false },
      { start: 6.9, end: 12, speaking: true },
    ];
    const d = analyzeDelivery({ text: plainWords(25), segments, durationSeconds: 12 });
    expect(d.pauses.long).toEqual([{ start: 5, end: 6.9, seconds: 1.9 }]);
    expect(d.speakingSeconds).toBeCloseTo(10.1, 2);
  });
});

describe('analyzeDelivery: fillers, hedges and notes', () => {
  const text = 'Um, so, like, I think we kind of rewrote the billing queue. Uh, it was, you know, slow. I like Go. So we moved it to Kafka.';

  it('counts fillers with rate, ratio, positions and times', () => {
    const s = speak(text, { secondsPerWord: 0.5 });
    const d = analyzeDelivery({ text, words: s.words, transcriptSource: 'transcriber', keepsFillers: true });
    expect(d.fillers.byWord).toEqual({ um: 1, like: 1, uh: 1, 'you know': 1 });
    expect(d.fillers.count).toBe(4);
    expect(d.wordCount).toBe(27);
    expect(d.fillers.ratio).toBeCloseTo(4 / 27, 3);
    expect(d.fillers.band).toBe('high');
    expect(d.fillers.perMinute).toBeCloseTo(4 / ((27 * 0.5) / 60), 1);
    const like = d.fillers.items.find((f) => f.word === 'like')!;
    expect(text.slice(like.offset, like.offset + like.length)).toBe('like');
    expect(like.index).toBe(2);
    expect(like.at).toBe(1);
    const youKnow = d.fillers.items.find((f) => f.word === 'you know')!;
    expect(text.slice(youKnow.offset, youKnow.offset + youKnow.length)).toBe('you know');
    expect(d.notes.some((n) => n.includes('filler'))).toBe(false);
  });

  it('bands a low filler rate as fine', () => {
    const d = analyzeDelivery({ text: `Um, ${plainWords(99)}`, durationSeconds: 40 });
    expect(d.fillers.count).toBe(1);
    expect(d.fillers.ratio).toBe(0.01);
    expect(d.fillers.band).toBe('fine');
  });

  it('reports hedges with their text ranges', () => {
    const d = analyzeDelivery({ text, durationSeconds: 14 });
    expect(d.hedges.items.map((h) => h.phrase)).toEqual(['i think', 'kind of']);
    const h = d.hedges.items[1]!;
    expect(text.slice(h.offset, h.offset + h.length)).toBe('kind of');
  });

  it('warns when the transcript source may have dropped fillers', () => {
    expect(analyzeDelivery({ text, transcriptSource: 'transcriber', keepsFillers: false }).notes).toContain('The transcriber may have removed filler words; the count may be low.');
    expect(analyzeDelivery({ text, transcriptSource: 'browser' }).notes).toContain("The browser's speech recognition usually drops filler words; the count may be low.");
  });

  it('aligns an edited transcript and says word times are approximate when little lines up', () => {
    const s = speak('we moved the billing queue to kafka in two weeks', { secondsPerWord: 0.5 });
    const edited = 'We moved the whole billing queue, um, to Kafka in two weeks.';
    const d = analyzeDelivery({ text: edited, words: s.words });
    expect(d.fillers.items).toHaveLength(1);
    expect(d.fillers.items[0]!.at).toBeUndefined();
    expect(d.notes.some((n) => n.includes('edited'))).toBe(false);
    const rewritten = analyzeDelivery({ text: 'Completely different words were typed here instead.', words: s.words });
    expect(rewritten.notes).toContain('The transcript was edited after transcription, so word times are approximate.');
  });
});
