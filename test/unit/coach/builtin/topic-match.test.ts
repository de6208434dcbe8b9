import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../../../src/server/coach/builtin/evaluate.js';
import { softTopicMatches, topicWords } from '../../../../src/server/coach/builtin/evaluate/topic-match.js';
import { emptyProfile } from '../../../../src/server/coach/builtin/profile.js';

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

describe('a short, direct answer is on topic (session 8 exploratory test)', () => {
  const question = { text: 'Tell me about a time you cut response times for customers.', category: 'behavioral' as const, competency: 'general' };
  const score = (answer: string) => scoreAnswer({ question, answer, persona: 'helpful', profile: emptyProfile(), snippets: [] });
  const dim = (answer: string, key: string) => score(answer).dimensions.find((d) => d.key === key)!;
  const SPOKEN = 'Um, so at Harbourline I rebuilt the triage rota. Like, first response time fell from nine hours to forty minutes. I think it was worth it.';

  it('keeps a three-letter content word the thesaurus knows ("cut"), not a short filler word', () => {
    expect(topicWords('Tell me about a time you cut response times.', boilerplate)).toEqual(['cut', 'response', 'times']);
    expect(topicWords('Tell me about a time you and the new hire met.', boilerplate)).not.toContain('and');
    expect(softTopicMatches(['cut'], 'First response time fell from nine hours to forty minutes.')).toBe(1);
  });

  it('a spoken answer that says most of the question back is at least loosely on topic, with an own action', () => {
    expect(dim(SPOKEN, 'relevance').score).toBeGreaterThanOrEqual(3);
    expect(dim(SPOKEN, 'ownership').score).toBeGreaterThanOrEqual(3);
    expect(score(SPOKEN).caps).not.toContain('no_story');
  });

  it('a full story about cutting response times is on topic', () => {
    const full =
      'At Harbourline Broadband our first-response time was 9 hours and customers were leaving. As support lead I owned it. I analysed two months of tickets and found that 70% arrived before 10am while most agents started at 11. I moved four agents to a 7am start and wrote routing rules in the help desk. Within six weeks first response fell from 9 hours to 40 minutes and cancellations dropped 18%.';
    expect(dim(full, 'relevance').score).toBeGreaterThanOrEqual(4);
  });
});
