import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/server/services/work-history/expand.js';
import { rerankByCoverage } from '../../../src/server/services/work-history/rerank.js';
import { closestWords, softMatcher } from '../../../src/server/services/work-history/semantic.js';
import { stemTerms } from '../../../src/server/text/tokens.js';
import { wordVectors } from '../../../src/server/text/word-vectors.js';

const wv = wordVectors()!;

describe('soft matching with word vectors', () => {
  it('credits an idea said in other words, more for a close word than a loose one', () => {
    const m = softMatcher(planQuery('misconduct'), wv);
    expect(m.terms).toHaveLength(1);
    const concept = m.terms[0]!.concept;
    const close = closestWords(m, stemTerms('I handled a harassment complaint with HR.')).get(concept)!;
    const loose = closestWords(m, stemTerms('I planned the annual conference budget.')).get(concept) ?? 0;
    expect(close).toBeGreaterThan(0.6);
    expect(close).toBeGreaterThan(loose + 0.2);
  });

  it('ignores function words and unknown words', () => {
    const m = softMatcher(planQuery('merger'), wv);
    expect(closestWords(m, stemTerms('the of and was with qzxvbnmw')).size).toBe(0);
  });

  it('lets a paraphrased story outrank an unrelated one the keywords cannot tell apart', () => {
    // Neither story shares a word with the question, and no thesaurus group joins them; only the vectors know "storm" ≈ "hurricane".
    const plan = planQuery('Tell me about a hurricane');
    const docs = [
      { seq: 1, score: 0, text: 'I planned the office party for the whole company.' },
      { seq: 2, score: 0, text: 'After the storm I reopened both warehouses within two days.' },
    ];
    expect(rerankByCoverage(plan, docs, undefined, wv).map((d) => d.seq)).toEqual([2, 1]);
  });

  it('keeps a story with the user’s own word above a soft match', () => {
    const plan = planQuery('Tell me about a hurricane');
    const docs = [
      { seq: 1, score: 0, text: 'After the storm I reopened both warehouses.' },
      { seq: 2, score: 0, text: 'After the hurricane I reopened both warehouses.' },
    ];
    expect(rerankByCoverage(plan, docs, undefined, wv).map((d) => d.seq)).toEqual([2, 1]);
  });

  it('ranks as before without word vectors', () => {
    const plan = planQuery('Tell me about a hurricane');
    const docs = [
      { seq: 1, score: 0, text: 'I planned the office party for the whole company.' },
      { seq: 2, score: 0, text: 'After the storm I reopened both warehouses within two days.' },
    ];
    const without = rerankByCoverage(plan, docs, undefined, null);
    expect(without.every((d) => d.score === without[0]!.score)).toBe(true);
  });
});
