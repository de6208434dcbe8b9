import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/server/text/stem.js';

describe('stem (Porter)', () => {
  // Pairs from the steps of Porter's 1980 paper, plus interview words.
  const cases: Array<[string, string]> = [
    ['caresses', 'caress'], ['ponies', 'poni'], ['cats', 'cat'], ['feed', 'feed'], ['agreed', 'agre'],
    ['plastered', 'plaster'], ['motoring', 'motor'], ['sing', 'sing'], ['conflated', 'conflat'],
    ['troubled', 'troubl'], ['sized', 'size'], ['hopping', 'hop'], ['falling', 'fall'], ['hissing', 'hiss'],
    ['filing', 'file'], ['happy', 'happi'], ['relational', 'relat'], ['conditional', 'condit'],
    ['rational', 'ration'], ['digitizer', 'digit'], ['generalization', 'gener'], ['hopeful', 'hope'],
    ['goodness', 'good'], ['revival', 'reviv'], ['allowance', 'allow'], ['adoption', 'adopt'],
    ['controll', 'control'], ['roll', 'roll'], ['cease', 'ceas'], ['rate', 'rate'],
  ];
  it.each(cases)('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('gives inflections of one word the same stem', () => {
    expect(new Set(['mentor', 'mentored', 'mentoring', 'mentors'].map(stem)).size).toBe(1);
    expect(new Set(['migrate', 'migrated', 'migrating', 'migration'].map(stem)).size).toBe(1);
    expect(stem('reduced')).toBe(stem('reducing'));
  });

  it('leaves short words, numbers and non-ASCII words alone', () => {
    expect(stem('is')).toBe('is');
    expect(stem('p99')).toBe('p99');
    expect(stem('équipe')).toBe('équipe');
  });

  it('keeps everyday words Porter folds together apart, and each family together', () => {
    const apart: Array<[string, string]> = [
      ['production', 'product'], ['productivity', 'product'], ['experiment', 'experience'], ['business', 'busy'],
      ['internal', 'intern'], ['international', 'internal'], ['community', 'communication'], ['news', 'new'], ['generous', 'general'],
    ];
    for (const [a, b] of apart) expect(stem(a), `${a} vs ${b}`).not.toBe(stem(b));
    expect(new Set(['production', 'productions'].map(stem)).size).toBe(1);
    expect(new Set(['experiment', 'experiments', 'experimented', 'experimentation'].map(stem)).size).toBe(1);
    expect(stem('products')).toBe(stem('product'));
  });
});
