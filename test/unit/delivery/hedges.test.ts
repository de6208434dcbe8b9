import { describe, expect, it } from 'vitest';
import { HEDGE_RULES } from '../../../src/server/services/delivery/hedges.js';
import { findPhrases } from '../../../src/server/services/delivery/phrases.js';
import { tokenize } from '../../../src/server/services/delivery/tokens.js';

const hedges = (text: string): string[] => findPhrases(tokenize(text), HEDGE_RULES).map((m) => m.label);

describe('hedge detection', () => {
  it('finds softening phrases', () => {
    expect(hedges('I think maybe we could have tested more.')).toEqual(['i think', 'maybe']);
    expect(hedges('It was kind of slow and sort of fragile, I guess.')).toEqual(['kind of', 'sort of', 'i guess']);
    expect(hedges("I'm not sure, but probably the cache. I’d say it helped, more or less.")).toEqual(["i'm not sure", 'probably', 'i would say', 'more or less']);
    expect(hedges('I feel like the design was kinda rushed.')).toEqual(['i feel like', 'kind of']);
  });

  it('does not take nouns or plain verbs for hedges', () => {
    expect(hedges('What kind of database did you use? A sort of index we built ourselves.')).toEqual([]);
    expect(hedges('I think about failure modes first. I thought it through.')).toEqual([]);
    expect(hedges('We cut latency by 40 percent.')).toEqual([]);
  });
});
