import { describe, expect, it } from 'vitest';
import { softTopicMatches, topicWords } from '../../../../src/server/coach/builtin/evaluate/topic-match.js';

const boilerplate = (w: string) => ['tell', 'time', 'about', 'handle', 'handled'].includes(w);

describe('softTopicMatches: the question’s words said in other words', () => {
  it('takes the question’s content words, not its boilerplate', () => {
    expect(topicWords('Tell me about a time you handled an upset customer.', boilerplate)).toEqual(['upset', 'customer']);
  });

  it('matches synonyms through the thesaurus or the word vectors', () => {
    const answer = 'A furious client called on a Friday because payroll had failed; I stayed on the call and fixed the import.';
    expect(softTopicMatches(['upset', 'customer'], answer)).toBe(2);
  });

  it('does not match an answer about something else', () => {
    const answer = 'I profiled the pricing service and rewrote the slow queries; latency fell from 900 ms to 160 ms.';
    expect(softTopicMatches(['upset', 'customer'], answer)).toBe(0);
  });

  it('still matches through the thesaurus when the vectors are missing', () => {
    expect(softTopicMatches(['customer'], 'The client was unhappy with the invoice.', null)).toBe(1);
  });
});
