/**
 * The DOM-free parts of the browser voice mode: the speech/silence segmenter
 * fed with synthetic levels, text-range highlighting and MIME choice.
 */
import { describe, expect, it } from 'vitest';
import { splitByRanges } from '../../../web/src/features/voice/highlight.js';
import { extensionFor, pickMimeType } from '../../../web/src/features/voice/mime.js';
import { SpeechSegmenter, rms } from '../../../web/src/features/voice/segmenter.js';
import { analyzeDelivery } from '../../../src/server/services/delivery/analyze.js';

/** Feed a level pattern at 50 ms frames: [seconds, rms] pieces; returns the segments. */
function run(pattern: Array<[number, number]>, noise = 0): ReturnType<SpeechSegmenter['finish']> {
  const s = new SpeechSegmenter();
  let t = 0;
  let k = 0;
  for (const [seconds, level] of pattern) {
    const end = t + seconds;
    for (; t < end - 1e-9; t += 0.05) s.push(t, level + (k++ % 2 ? noise : 0));
  }
  return s.finish(t);
}

describe('SpeechSegmenter', () => {
  it('finds silences of 2 s and 3.5 s between speech, within one frame', () => {
    const segs = run([[0.5, 0], [3, 0.1], [2, 0], [2, 0.1], [3.5, 0], [1, 0.1], [0.5, 0]]);
    const quiet = segs.filter((s) => !s.speaking).map((s) => Math.round((s.end - s.start) * 10) / 10);
    expect(quiet).toEqual([0.5, 2, 3.5, 0.5]);
    const d = analyzeDelivery({ text: 'words '.repeat(20), segments: segs, durationSeconds: 12.5 });
    expect([d.pauses.count15, d.pauses.count3]).toEqual([2, 1]);
  });

  it('keeps short gaps between words inside speech (hangover)', () => {
    const segs = run([[1, 0.1], [0.25, 0], [1, 0.1], [0.3, 0], [1, 0.1]]);
    expect(segs.filter((s) => s.speaking)).toHaveLength(1);
  });

  it('ignores clicks shorter than the attack time', () => {
    const segs = run([[1, 0], [0.05, 0.3], [1, 0]]);
    expect(segs.some((s) => s.speaking)).toBe(false);
  });

  it('learns a steady noise floor so room noise is not speech', () => {
    const segs = run([[2, 0.02], [2, 0.12], [2, 0.02], [2, 0.12]], 0.004);
    const speech = segs.filter((s) => s.speaking);
    expect(speech).toHaveLength(2);
    expect(speech[0]!.start).toBeCloseTo(2, 1);
  });

  it('computes RMS', () => {
    expect(rms([0.5, -0.5, 0.5, -0.5])).toBeCloseTo(0.5);
    expect(rms([])).toBe(0);
  });
});

describe('highlighting by text ranges', () => {
  it('splits text into plain and marked parts, never overlapping, dropping bad ranges', () => {
    const text = 'Um, I think it was, like, fine.';
    const parts = splitByRanges(text, [
      { offset: 20, length: 4, kind: 'filler', label: 'like' },
      { offset: 0, length: 2, kind: 'filler', label: 'um' },
      { offset: 4, length: 7, kind: 'hedge', label: 'i think' },
      { offset: 5, length: 3, kind: 'hedge', label: 'overlap' },
      { offset: 40, length: 3, kind: 'hedge', label: 'outside' },
    ]);
    expect(parts.map((p) => [p.text, p.kind])).toEqual([
      ['Um', 'filler'], [', ', null], ['I think', 'hedge'], [' it was, ', null], ['like', 'filler'], [', fine.', null],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('keeps markup-looking text as text', () => {
    const text = '<img src=x onerror=alert(1)> um';
    const parts = splitByRanges(text, [{ offset: 29, length: 2, kind: 'filler', label: 'um' }]);
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', kind: null });
  });
});

describe('recording MIME type', () => {
  it('prefers Opus in WebM, then MP4 (Safari), then Ogg', () => {
    expect(pickMimeType(() => true)).toBe('audio/webm;codecs=opus');
    expect(pickMimeType((t) => t === 'audio/mp4')).toBe('audio/mp4');
    expect(pickMimeType((t) => t.startsWith('audio/ogg'))).toBe('audio/ogg;codecs=opus');
    expect(pickMimeType(() => false)).toBe('');
    expect(pickMimeType(() => { throw new Error('old browser'); })).toBe('');
    expect([extensionFor('audio/mp4'), extensionFor('audio/webm;codecs=opus'), extensionFor('audio/ogg;codecs=opus')]).toEqual(['mp4', 'webm', 'ogg']);
  });
});
