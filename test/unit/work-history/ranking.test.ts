import { describe, expect, it } from 'vitest';
import { candidatePool } from '../../../src/server/services/work-history/candidates.js';
import { planQuery, type QueryTerm } from '../../../src/server/services/work-history/expand.js';
import { conceptEvidence, rerankByCoverage } from '../../../src/server/services/work-history/rerank.js';

describe('conceptEvidence', () => {
  it('counts the user word fully and caps loose clues below one synonym', () => {
    expect(conceptEvidence([1])).toBe(1);
    expect(conceptEvidence([0.7])).toBeCloseTo(0.7);
    expect(conceptEvidence([0.35, 0.35, 0.35, 0.35, 0.35])).toBeLessThan(conceptEvidence([0.7]));
    expect(conceptEvidence([0.7, 0.35])).toBeGreaterThan(conceptEvidence([0.7]));
  });
});

describe('planQuery phrases', () => {
  it('keeps a matched thesaurus phrase whole instead of its words', () => {
    const words = planQuery('a low performer').terms.filter((t) => !t.expansion).map((t) => t.words.join(' '));
    expect(words).toEqual(['low performer']);
  });
});

describe('rerankByCoverage', () => {
  it('ranks a story with both ideas above one repeating a single idea', () => {
    const plan = planQuery('a disagreement with my boss');
    const ranked = rerankByCoverage(plan, [
      { seq: 1, score: 0, text: 'My director, my VP and my team lead all reviewed the plan.' },
      { seq: 2, score: 0, text: 'I disagreed with my manager about the launch date.' },
    ]);
    expect(ranked.map((c) => c.seq)).toEqual([2, 1]);
  });
});

describe('candidatePool', () => {
  it('looks terms up rarest first and stops at the row budget', async () => {
    const plan: { terms: QueryTerm[] } = {
      terms: [
        { words: ['common'], expansion: false, weight: 1, concept: 0 },
        { words: ['rare'], expansion: false, weight: 1, concept: 1 },
      ],
    };
    const postings: Record<string, number[]> = { rare: [5, 3], common: Array.from({ length: 100 }, (_, i) => i) };
    const asked: string[] = [];
    const termSeqs = async (_db: unknown, _o: string, t: QueryTerm, limit: number): Promise<number[]> => {
      asked.push(t.words[0]!);
      return postings[t.words[0]!]!.slice(0, limit);
    };
    const stats = { total: 100, df: new Map([['rare', 2], ['common', 100]]) };
    const pool = await candidatePool({ termSeqs }, null as never, 'o', plan, stats, { budget: 50, size: 10, ownerShare: 1 });
    expect(asked).toEqual(['rare']);
    expect(pool).toEqual([5, 3]);
  });
});
