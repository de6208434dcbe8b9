/**
 * Session 10's exploratory test, as a secondary-school science teacher moving into learning
 * design: a story about a disruptive class, told in a teacher's words, was called off topic and
 * its opening line taken for a measured result. Answers written for this test; each case failed
 * before its fix.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../../src/server/coach/builtin/evaluate.js';
import { clauseAround } from '../../../../src/server/coach/builtin/evaluate/stories.js';
import { emptyProfile } from '../../../../src/server/coach/builtin/profile.js';
import { labelSentences } from '../../../../src/server/coach/builtin/star.js';
import type { Feedback } from '../../../../src/shared/domain.js';

const ask = (text: string, answer: string): Feedback =>
  evaluate({ question: { text, category: 'behavioral', competency: 'classroom_management' }, answer, persona: 'helpful', profile: emptyProfile(), snippets: [] });
const dim = (f: Feedback, key: string) => f.dimensions.find((d) => d.key === key)!;
const partOf = (text: string, sentence: string) => labelSentences(text).find((s) => s.text.startsWith(sentence))?.part;

const DISRUPTIVE = 'Tell me about a time you handled a disruptive class.';
const BOYS =
  'I had a difficult Year 9 group where some boys kept disrupting lessons. I changed the seating plan and started every lesson with a silent task on the board, ' +
  'and I phoned home with good news before bad news. Things got a lot better over the next few weeks and behaviour improved.';

describe('a teacher’s lesson is not a lesson learned', () => {
  it('"disrupting lessons" opens the story and "every lesson" is an action; the last line is the result', () => {
    expect(partOf(BOYS, 'I had a difficult Year 9 group')).toBe('situation');
    expect(partOf(BOYS, 'I changed the seating plan')).toBe('action');
    expect(partOf(BOYS, 'Things got a lot better')).toBe('result');
  });

  it('a lesson learned still closes a story as its impact', () => {
    const story = 'I changed the seating plan in week two. The lesson for me was to set the routine before the content.';
    expect(partOf(story, 'The lesson for me')).toBe('impact');
    expect(partOf('We shipped late. Lessons learned: agree the scope in writing.', 'Lessons learned')).toBe('impact');
  });

  it('"Year 9" in the opening is not a measured result; "behaviour improved" is an unmeasured one', () => {
    const result = dim(ask(DISRUPTIVE, BOYS), 'result_impact');
    expect(result.score).toBeLessThanOrEqual(3);
    expect(result.evidence[0]).toMatch(/^Things got a lot better/);
  });
});

describe('a question asked in other forms of the same words', () => {
  it('"boys kept disrupting lessons" answers "a disruptive class", at least loosely', () => {
    const f = ask(DISRUPTIVE, BOYS);
    expect(dim(f, 'relevance').score).toBeGreaterThanOrEqual(3);
    expect(f.summary).not.toMatch(/does not answer the question/);
  });

  it('a story about something else is still not on topic through a shared word form', () => {
    const other =
      'Last spring I reorganised the science prep room. I labelled every drawer, moved the chemicals into a locked cabinet and wrote a booking sheet for the technicians. ' +
      'Requests that used to take two days were ready the same afternoon.';
    expect(dim(ask(DISRUPTIVE, other), 'relevance').score).toBeLessThanOrEqual(3);
  });
});

describe('a story hint quotes a whole thought', () => {
  it('a "from … to …" range keeps its second figure', () => {
    const sentence = 'Over the term the share of pupils on the end-of-unit test went from 31% of kids getting it right to 68% by the summer.';
    expect(clauseAround(sentence, '31%')).toMatch(/from 31% .* to 68%$/);
  });

  it('a quote never ends on a connective', () => {
    const quote = clauseAround('I started every lesson with a silent five-minute task on the board so that the class settled within two minutes.', 'five-minute');
    expect(quote).not.toMatch(/\b(?:so|that|the|on)$/);
    expect(quote).toContain('five-minute task');
  });
});

describe('a story hint finds a result told in a teacher’s words', () => {
  it('"In January 14 students moved up" is the measured result a vague answer lacks', () => {
    const story =
      'Disagreement about setting:\nIn 2022 my head of department wanted to put Year 9 into sets on one test. I brought our own data and proposed sets for one term, then a re-test. He agreed. In January 14 students moved up.';
    const f = evaluate({
      question: { text: 'Tell me about a time you disagreed with your manager.', category: 'behavioral', competency: 'conflict' },
      answer: 'I once disagreed with my head of department about putting Year 9 into sets. I thought it was too early and I told him so. We talked it through, found a compromise and it worked out fine in the end.',
      persona: 'helpful',
      profile: emptyProfile(),
      snippets: [{ id: 's1', text: story }],
    });
    expect(f.improvements.join(' ')).toMatch(/measured result \(In January 14 students moved up\)/);
  });
});
