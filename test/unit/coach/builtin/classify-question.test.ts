/**
 * Questions the user adds get a kind and a competency from their wording (they were all
 * "behavioral / general", so progress said "your weakest competency: General").
 */
import { describe, expect, it } from 'vitest';
import { COMPETENCIES } from '../../../../src/server/coach/builtin/competencies.js';
import { CLASSIFIABLE_COMPETENCIES, classifyQuestion } from '../../../../src/server/coach/builtin/questions/classify.js';

describe('classifyQuestion', () => {
  it.each([
    ['Tell me about a time you cut response times for customers.', 'behavioral', 'customer_focus'],
    ['Describe a conflict in your team and how you resolved it.', 'behavioral', 'conflict'],
    ['How do you handle incident communication?', 'behavioral', 'reliability'],
    ['Tell me about a time you coached someone.', 'behavioral', 'mentoring'],
    ['Tell me about a mistake you made.', 'behavioral', 'failure'],
    ['How would you design a rate limiter for a public API?', 'technical', 'api_design'],
    ['What would you do if two clients needed you at the same time?', 'situational', 'prioritization'],
    ['Why do you want to work here?', 'role_fit', 'motivation'],
  ] as const)('%s → %s / %s', (text, category, competency) => {
    expect(classifyQuestion(text)).toEqual({ category, competency });
  });

  it('says "general" when the wording names no competency, rather than guessing', () => {
    expect(classifyQuestion('Tell me about your biggest achievement.').competency).toBe('general');
  });

  it('weighs every competency the coach knows, each once', () => {
    expect([...CLASSIFIABLE_COMPETENCIES].sort()).toEqual(Object.keys(COMPETENCIES).sort());
  });
});
