import { describe, expect, it } from 'vitest';
import { FILLER_RULES } from '../../../src/server/services/delivery/fillers.js';
import { findPhrases } from '../../../src/server/services/delivery/phrases.js';
import { tokenize } from '../../../src/server/services/delivery/tokens.js';

/** The filler labels found in a sentence, in order. */
const fillers = (text: string): string[] => findPhrases(tokenize(text), FILLER_RULES).map((m) => m.label);

describe('filler detection', () => {
  it('always counts hesitation sounds, whatever their spelling', () => {
    expect(fillers('Um, I led the migration. Uhh, then erm we tested it. Hmm. Ahh okay, mm.')).toEqual(['um', 'uh', 'um', 'hmm', 'ah', 'hmm']);
  });

  it('counts "like" set off by commas or next to a hesitation sound', () => {
    expect(fillers("Okay, here's what I'm, like, thinking.")).toEqual(['like']);
    expect(fillers('Like, the API was slow.')).toEqual(['like']);
    expect(fillers('It was just, like, fine.')).toEqual(['like']);
    expect(fillers('and then um like we rewrote it')).toEqual(['um', 'like']);
  });

  it('does not count "like" as a verb or a preposition', () => {
    expect(fillers('I like Go.')).toEqual([]);
    expect(fillers('We really like Go and I would like to use it.')).toEqual([]);
    expect(fillers('That is the part I did not like, so we changed it.')).toEqual([]);
    expect(fillers("Something I didn't like, honestly, was the deploy.")).toEqual([]);
    expect(fillers('We tried tools, like Jenkins and Buildkite.')).toEqual([]);
    expect(fillers('It looks like, a mess at first.')).toEqual([]);
    expect(fillers('It felt like a rewrite, and it sounds like fun.')).toEqual([]);
    expect(fillers('We did things like caching and sharding.')).toEqual([]);
  });

  it('does not count "so" that starts a clause or means "very"/"therefore"', () => {
    expect(fillers('So we moved the queue to Kafka.')).toEqual([]);
    expect(fillers('So, we moved the queue to Kafka.')).toEqual([]);
    expect(fillers('It was so slow that users left, so we rewrote it.')).toEqual([]);
    expect(fillers('I think so. It took ten minutes or so.')).toEqual([]);
    expect(fillers('We added tests, docs and so on.')).toEqual([]);
  });

  it('counts "so" that leads nowhere', () => {
    expect(fillers('So, um, we shipped.')).toEqual(['so', 'um']);
    expect(fillers('And it worked, so yeah.')).toEqual(['so']);
    expect(fillers('We fixed it and so…')).toEqual(['so']);
    expect(fillers('It paid off, so.')).toEqual(['so']);
  });

  it('counts "you know" as an aside or tag, not as a verb', () => {
    expect(fillers('It was, you know, hard.')).toEqual(['you know']);
    expect(fillers('We shipped it, you know?')).toEqual(['you know']);
    expect(fillers('You know, the team was small.')).toEqual(['you know']);
    expect(fillers('As you know, the system is old.')).toEqual([]);
    expect(fillers('Do you know the answer?')).toEqual([]);
    expect(fillers('You know the system better than I do.')).toEqual([]);
  });

  it('counts "I mean" opening a sentence, not "I mean it"', () => {
    expect(fillers('I mean, it worked.')).toEqual(['i mean']);
    expect(fillers('I mean it when I say we tested everything.')).toEqual([]);
    expect(fillers('What I mean, is that we tested it.')).toEqual([]);
  });

  it('counts "basically" and ignores ordinary words that contain filler sounds', () => {
    expect(fillers('Basically the cache was cold.')).toEqual(['basically']);
    expect(fillers('The umbrella team owned the hummus app; her error rate fell.')).toEqual([]);
  });
});
