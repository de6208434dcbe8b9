import { describe, expect, it } from 'vitest';
import { checkEvidence, evidenceTooThin, normaliseForMatch, quoteOccurs, UNQUOTED_NOTE, WITHHELD_NOTE } from '../../../../src/server/coach/llm/evidence.js';

const answer = 'I rewrote the “billing” export — it went from 3 hours to 12 minutes.\nThe team, honestly, was relieved.';
const hay = normaliseForMatch(answer);

describe('quoteOccurs', () => {
  it('ignores case, quote styles, punctuation and whitespace', () => {
    expect(quoteOccurs('"i rewrote the "billing" export"', hay)).toBe(true);
    expect(quoteOccurs('from 3 hours   to 12 minutes', hay)).toBe(true);
    expect(quoteOccurs('The team honestly was relieved', hay)).toBe(true);
  });

  it('matches whole words only', () => {
    expect(quoteOccurs('rote the', hay)).toBe(false);
  });

  it('rejects invented words and numbers', () => {
    expect(quoteOccurs('from 3 hours to 10 minutes', hay)).toBe(false);
    expect(quoteOccurs('I led the billing team', hay)).toBe(false);
  });

  it('accepts elided quotes whose parts occur in order, not out of order', () => {
    expect(quoteOccurs('I rewrote … 12 minutes', hay)).toBe(true);
    expect(quoteOccurs('I rewrote...12 minutes', hay)).toBe(true);
    expect(quoteOccurs('12 minutes ... I rewrote', hay)).toBe(false);
  });

  it('rejects an empty or punctuation-only quote', () => {
    expect(quoteOccurs('  …  ', hay)).toBe(false);
    expect(quoteOccurs('', hay)).toBe(false);
  });
});

describe('checkEvidence', () => {
  it('keeps real quotes, drops invented ones, withholds unsupported scores, fills missing dimensions', () => {
    const { dimensions, dropped } = checkEvidence(
      {
        structure: { evidence: ['I rewrote the billing export', 'We shipped it in a week'], score: 3, advice: 'Add a result.' },
        specificity: { evidence: ['cut costs by 40%'], score: 5, advice: 'Good.' },
        ownership: { evidence: [], score: null, advice: 'Nothing to judge.' },
        relevance: { evidence: [], score: 4, advice: '' },
      },
      ['structure', 'specificity', 'ownership', 'relevance', 'concision'],
      answer,
    );
    expect(dropped).toBe(2);
    const counts = checkEvidence(
      { structure: { evidence: ['I rewrote the billing export'], score: 3, advice: '' }, specificity: { evidence: ['cut costs by 40%'], score: 5, advice: '' } },
      ['structure', 'specificity'],
      answer,
    );
    // Scored dimensions, and those that lost their score because every quote was invented.
    expect([counts.scored, counts.withheld]).toEqual([2, 1]);
    expect(dimensions).toEqual([
      { key: 'structure', score: 3, evidence: ['I rewrote the billing export'], advice: 'Add a result.' },
      { key: 'specificity', score: null, evidence: [], advice: `Good. ${WITHHELD_NOTE}` },
      { key: 'ownership', score: null, evidence: [], advice: 'Nothing to judge.' },
      { key: 'relevance', score: null, evidence: [], advice: UNQUOTED_NOTE },
      { key: 'concision', score: null, evidence: [], advice: '' },
    ]);
  });
});

describe('evidenceTooThin', () => {
  const dim = (score: number | null, evidence: string[]) => ({ key: 'structure' as const, score, evidence, advice: '' });
  it('needs one distinct quote per three high scores', () => {
    const same = ['I rewrote the billing export'];
    expect(evidenceTooThin([dim(5, same), dim(5, same), dim(5, same), dim(5, ['i rewrote the billing export.'])])).toBe(true);
    expect(evidenceTooThin([dim(5, same), dim(5, same), dim(5, same)])).toBe(false);
    expect(evidenceTooThin([dim(5, same), dim(4, same), dim(3, same), dim(3, same)])).toBe(false);
    expect(evidenceTooThin([dim(5, same), dim(5, same), dim(5, ['from 3 hours']), dim(4, ['from 3 hours'])])).toBe(false);
  });
});
