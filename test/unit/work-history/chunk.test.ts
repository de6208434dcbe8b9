import { describe, expect, it } from 'vitest';
import { chunkText, splitSentences } from '../../../src/server/services/work-history/chunk.js';
import { wordCount } from '../../../src/server/text/tokens.js';

function story(n: number): string {
  return `In project ${n} I owned the rollout of a new service for team ${n}. We measured latency before and after the change. The result was a ${n}% improvement that the director reported upward.`;
}

describe('splitSentences', () => {
  it('splits on sentence ends but not after abbreviations', () => {
    expect(splitSentences('I used tools, e.g. Grafana and k6. Then I shipped it! Did it work? Yes.')).toEqual([
      'I used tools, e.g. Grafana and k6.',
      'Then I shipped it!',
      'Did it work?',
      'Yes.',
    ]);
  });
});

describe('chunkText', () => {
  it('keeps short text as one untouched chunk', () => {
    const text = story(1);
    expect(chunkText(`  ${text}\n`)).toEqual([text]);
    expect(chunkText('   ')).toEqual([]);
  });

  it('cuts long text into 60–180 word chunks on sentence boundaries', () => {
    const long = Array.from({ length: 40 }, (_, i) => story(i + 1)).join(' ');
    const chunks = chunkText(long);
    expect(chunks.length).toBeGreaterThan(4);
    for (const c of chunks) {
      expect(wordCount(c)).toBeLessThanOrEqual(180);
      expect(wordCount(c)).toBeGreaterThanOrEqual(60);
      expect(c).toMatch(/[.!?]$/);
    }
  });

  it('loses no sentence and overlaps neighbouring chunks by a sentence', () => {
    const long = Array.from({ length: 30 }, (_, i) => story(i + 1)).join('\n\n');
    const chunks = chunkText(long);
    for (const s of splitSentences(long.replace(/\n\n/g, ' '))) expect(chunks.some((c) => c.includes(s))).toBe(true);
    for (let i = 1; i < chunks.length; i++) {
      const lastOfPrev = splitSentences(chunks[i - 1]!.replace(/\n\n/g, ' ')).at(-1)!;
      expect(chunks[i]!.startsWith(lastOfPrev)).toBe(true);
    }
  });

  it('treats resume bullets as sentences', () => {
    const bullets = Array.from({ length: 30 }, (_, i) => `- Led initiative ${i} that cut costs by ${i}% across four regional teams and two vendors`).join('\n');
    const chunks = chunkText(`Experience\n\n${bullets}`);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(wordCount(c)).toBeLessThanOrEqual(180);
  });
});
