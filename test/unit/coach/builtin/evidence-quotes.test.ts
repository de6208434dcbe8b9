/**
 * What the feedback quotes, from session 8's exploratory test: a long sentence cut mid-clause
 * ("…arrived before 10am while"), an action quoted first as the result, and "fell by half"
 * not counted as a measured result. Answers written for this test.
 */
import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../../../src/server/coach/builtin/evaluate.js';
import { quote } from '../../../../src/server/coach/builtin/evaluate/dims-story.js';
import { computeSignals } from '../../../../src/server/coach/builtin/evaluate/signals.js';
import { emptyProfile } from '../../../../src/server/coach/builtin/profile.js';

const question = { text: 'Tell me about a time you improved a process for customers.', category: 'behavioral' as const, competency: 'customer_focus' };
const dim = (answer: string, key: string) => scoreAnswer({ question, answer, persona: 'helpful', profile: emptyProfile(), snippets: [] }).dimensions.find((d) => d.key === key)!;

describe('quotes', () => {
  it('cuts a long sentence where a clause ends, still as a verbatim prefix', () => {
    const s = 'I went through two months of booking records and found that most cancellations came in before nine in the morning while the desk opened at ten, so callers gave up.';
    const q = quote(s);
    expect(s.startsWith(q)).toBe(true);
    expect(q).toBe('I went through two months of booking records and found that most cancellations came in before nine in the morning');
    expect(quote('A short sentence stays whole.')).toBe('A short sentence stays whole.');
  });

  it('quotes what changed as the result before the action that caused it', () => {
    const answer =
      'At a ferry booking office callers waited 25 minutes at peak and many hung up. I owned the phone queue. I moved two clerks to a 7am start, added a call-back option and wrote a script for the five commonest questions. Within a month the peak wait fell from 25 minutes to 6 and hang-ups dropped 40%.';
    expect(dim(answer, 'result_impact').evidence[0]).toMatch(/^Within a month the peak wait fell/);
  });

  it('counts a change measured as a ratio ("fell by half", "halved", "twice as fast") as a figure, not "half an hour" or "I asked twice"', () => {
    expect(computeSignals('Complaints about the letters fell by half compared with the spring.').metrics).toEqual(['half']);
    expect(computeSignals('The new form halved the time each claim took to check.').metrics).toEqual(['halved']);
    expect(computeSignals('The second version ran twice as fast on the old laptops.').metrics).toEqual(['twice']);
    expect(computeSignals('I spent half an hour on it and asked my manager twice about it.').metrics).toEqual([]);
  });
});
