import { describe, expect, it } from 'vitest';
import { normaliseForMatch } from '../../../../src/server/coach/llm/evidence.js';
import { figureValue, figureValues } from '../../../../src/server/coach/llm/figures.js';
import { checkProse, checkSentence, quotedSpans, splitSentences, suggestedAt, type Material } from '../../../../src/server/coach/llm/quotes-check.js';

const answer = 'I rewrote the billing export myself. It went from six hours to 40 minutes and saved $2 million a year.';
const m: Material = { quotable: normaliseForMatch(answer), figures: figureValues(answer), promptCounts: new Set([19]) };

describe('figures', () => {
  it('reads values from digits, separators, scales and spelled-out numbers', () => {
    expect(['$2,000,000', '2M', '3.5k', '40%', '3,5', '300 percent'].map(figureValue)).toEqual([2e6, 2e6, 3500, 40, 3.5, 300]);
    expect([...figureValues('six hours, forty-five days, two million rows, a dozen, 7 k')].sort((a, b) => a - b)).toEqual([6, 12, 45, 2, 2e6, 7000].sort((a, b) => a - b));
  });
});

describe('quotedSpans and splitSentences', () => {
  it('finds curly, straight and single curly quotes, skipping one-word terms and apostrophes', () => {
    expect(quotedSpans('Use "STAR". You said “we did it” and ‘I didn’t stop’ and "3%".').map((s) => s.inner)).toEqual(['we did it', 'I didn’t stop', '3%']);
  });

  it('never cuts a sentence inside a quote', () => {
    expect(splitSentences('You said "It went well. We shipped." That is vague. Add 2 examples, e.g. this.')).toEqual([
      'You said "It went well. We shipped." That is vague.',
      'Add 2 examples, e.g. this.',
    ]);
  });
});

describe('checkSentence', () => {
  it('keeps real quotes and figures, in other forms too', () => {
    for (const s of ['You said “I rewrote the billing export MYSELF”.', 'From 6 hours to 40 minutes is a real result.', 'Saving $2M a year is the headline.']) {
      expect(checkSentence(s, m)).toBe(s);
    }
  });

  it('drops words and figures presented as the user’s that they never gave', () => {
    for (const s of ['You said "I single-handedly increased revenue by 300%".', 'Your “300% revenue increase” stands out.', 'Your 300% revenue increase stands out.', 'You led 12 designers.']) {
      expect(checkSentence(s, m)).toBeNull();
    }
  });

  it('lets suggested wording pass, with invented figures shown as [number]', () => {
    expect(checkSentence('Say "I owned the rollout end to end".', m)).toBe('Say "I owned the rollout end to end".');
    expect(checkSentence('Add a measure, e.g. "cut errors by 30%".', m)).toBe('Add a measure, e.g. "cut errors by [number]".');
    expect(checkSentence('Replace "we decided" with "I decided".', m)).toBeNull(); // "we decided" is presented as theirs
  });

  it('does not read delivery advice, scores or the prompt’s counts as claims', () => {
    for (const s of ['Aim for 150–300 words and about 90 seconds.', 'At 19 words it is short.', 'A 4/5 answer; 3 out of 5 on structure.', 'Give 2 examples.']) {
      expect(checkSentence(s, m)).toBe(s);
    }
  });

  it('knows which cue is nearer', () => {
    const s = 'You say "a" but could say "b"';
    expect(suggestedAt(s, s.indexOf('"a"'))).toBe(false);
    expect(suggestedAt(s, s.indexOf('"b"'))).toBe(true);
  });
});

describe('checkProse', () => {
  it('drops only the offending sentence and counts it', () => {
    expect(checkProse('Clear story. You said "I led 40 designers". Add a result.', m)).toEqual({ text: 'Clear story. Add a result.', dropped: 1, total: 3 });
  });
});
