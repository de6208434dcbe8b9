import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/server/text/stem.js';
import { dot, WORD_VECTORS_FILE, wordVectors } from '../../../src/server/text/word-vectors.js';

describe('word vectors (assets/word-vectors.bin)', () => {
  const wv = wordVectors();

  it('is committed and loads', () => {
    expect(existsSync(WORD_VECTORS_FILE)).toBe(true);
    expect(wv).not.toBeNull();
    expect(wv!.dims).toBe(100);
    expect(wv!.size).toBeGreaterThan(50_000);
  });

  it('looks words up through the stemmer, as unit vectors', () => {
    const v = wv!.word('Mentoring')!;
    expect(v).toBeInstanceOf(Float32Array);
    expect(v).toHaveLength(100);
    expect(dot(v, v)).toBeCloseTo(1, 3);
    expect(wv!.word('mentored')).toEqual(v);
    expect(wv!.stem(stem('mentors'))).toEqual(v);
  });

  it('returns nothing for an unknown word', () => {
    expect(wv!.word('qzxvbnmw')).toBeUndefined();
    expect(wv!.stem('qzxvbnmw')).toBeUndefined();
    expect(wv!.stemRank('qzxvbnmw')).toBeUndefined();
    expect(wv!.nearest('qzxvbnmw', 5)).toEqual([]);
  });

  it('puts related work words closer than unrelated ones', () => {
    const cos = (a: string, b: string): number => dot(wv!.word(a)!, wv!.word(b)!);
    expect(cos('hiring', 'recruiting')).toBeGreaterThan(0.5);
    expect(cos('merger', 'acquisition')).toBeGreaterThan(0.7);
    expect(cos('hiring', 'recruiting')).toBeGreaterThan(cos('hiring', 'banana') + 0.3);
    expect(cos('outage', 'downtime')).toBeGreaterThan(cos('outage', 'salary'));
  });

  it('finds nearest neighbours, excluding the word itself', () => {
    const near = wv!.nearest('merger', 5);
    expect(near).toHaveLength(5);
    expect(near.map((n) => n.word)).toContain('acquisition');
    expect(near.map((n) => n.word)).not.toContain('merger');
    for (let i = 1; i < near.length; i++) expect(near[i - 1]!.cos).toBeGreaterThanOrEqual(near[i]!.cos);
  });

  it('was built with the current stemmer (rebuild with scripts/build-word-vectors.ts if this fails)', () => {
    const words = wv!.words();
    // Every 50th row: each row's word must stem to that row.
    for (let i = 0; i < words.length; i += 50) expect(wv!.stemRank(stem(words[i]!))).toBe(i);
    expect(wv!.stemRank('the')).toBe(0);
  });
});
