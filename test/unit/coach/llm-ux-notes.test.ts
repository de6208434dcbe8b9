/** The words the UI puts around the coach: fallback reasons as "because" clauses, and who wrote the questions. */
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../web/src/api/types.js';
import { becauseClause, coachName, slowMessage } from '../../../web/src/session/coach-words.js';
import { numberRanges, questionCoachLines } from '../../../web/src/session/question-coach.js';

const question = (n: number, coach: Question['coach']): Question => ({
  id: `q${n}`,
  position: n,
  text: `Question number ${n}?`,
  category: 'behavioral',
  competency: 'ownership',
  rationale: '',
  source: { kind: 'custom', text: '' },
  createdAt: '2030-01-01T00:00:00.000Z',
  coach,
});
const ai = { provider: 'openai' as const, model: 'gpt-4o-mini' };
const fellBack = { provider: 'builtin' as const, model: null, fallbackReason: 'the AI coach did not answer within 30 s' };

describe('becauseClause', () => {
  it('keeps new reasons and lower-cases old capitalised ones, never an acronym', () => {
    expect(becauseClause('the AI service is rate-limited; try again in about 2 minutes')).toBe('the AI service is rate-limited; try again in about 2 minutes');
    expect(becauseClause('The AI coach did not answer within 30 s.')).toBe('the AI coach did not answer within 30 s');
    expect(becauseClause('HTTP 502 from the proxy')).toBe('HTTP 502 from the proxy');
  });

  it('names the coach', () => {
    expect(coachName(ai)).toBe('AI coach (gpt-4o-mini)');
    expect(coachName(fellBack)).toBe('Built-in coach');
  });
});

describe('questionCoachLines', () => {
  it('says nothing when no question records its coach', () => {
    expect(questionCoachLines([question(1, null), question(2, undefined)])).toEqual([]);
  });

  it('one line when every question shares one coach', () => {
    expect(questionCoachLines([question(1, ai), question(2, ai)])).toEqual(['Questions by the AI coach (gpt-4o-mini).']);
    expect(questionCoachLines([question(1, fellBack)])).toEqual(['Questions by the built-in coach because the AI coach did not answer within 30 s.']);
  });

  it('numbers the questions of each coach when they differ, leaving out the user\'s own', () => {
    const lines = questionCoachLines([question(1, ai), question(2, ai), question(3, ai), question(4, null), question(5, fellBack), question(6, ai)]);
    expect(lines).toEqual(['Questions 1–3, 6: by the AI coach (gpt-4o-mini).', 'Question 5: by the built-in coach because the AI coach did not answer within 30 s.']);
  });

  it('writes ranges of consecutive numbers', () => {
    expect(numberRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    expect(numberRanges([])).toBe('');
  });
});

describe('slowMessage', () => {
  it('names the timeout when the server reports it, and the take-over only with an AI coach', () => {
    expect(slowMessage({ provider: 'openai', timeoutMs: 30_000 })).toBe('Taking longer than usual — the built-in coach takes over if the AI does not answer within 30 s.');
    expect(slowMessage({ provider: 'openai' })).toBe('Taking longer than usual — the built-in coach takes over if the AI does not answer in time.');
    expect(slowMessage({ provider: 'builtin', timeoutMs: 30_000 })).toBe('Taking longer than usual…');
    expect(slowMessage(undefined)).toBe('Taking longer than usual…');
  });
});
