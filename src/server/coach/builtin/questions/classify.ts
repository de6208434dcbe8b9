/**
 * The kind and competency of a question the user wrote themselves. Every such
 * question used to be "behavioral / general": progress then said "your weakest
 * competency: General", "Practise your weakest" had nothing to aim at, and
 * "How would you design a rate limiter?" was scored without its trade-offs.
 * The question's wording says both, well enough: the answer mode the rubric
 * already reads from it gives the category, and the competency whose words the
 * question uses most gives the competency.
 */
import type { QuestionCategory } from '../../../../shared/domain.js';
import { competencyMatcher } from '../competencies.js';
import { answerMode, type AnswerMode } from '../evaluate/rubric.js';

const CATEGORY_OF_MODE: Record<AnswerMode, QuestionCategory> = {
  story: 'behavioral',
  design: 'technical',
  plan: 'situational',
  motivation: 'role_fit',
};

/**
 * Competencies in order of how much they say when a question names several:
 * "incident communication" is about incidents before it is about writing.
 */
const PRECEDENCE = [
  'conflict',
  'failure',
  'mentoring',
  'influence',
  'prioritization',
  'feedback',
  'ambiguity',
  'integrity',
  'reliability',
  'security',
  'performance',
  'scalability',
  'system_design',
  'api_design',
  'data_modeling',
  'debugging',
  'testing',
  'experimentation',
  'data_analysis',
  'customer_focus',
  'stakeholder_management',
  'ownership',
  'initiative',
  'leadership',
  'collaboration',
  'communication',
  'decision_making',
  'delivery',
  'learning',
  'pressure',
  'problem_solving',
  'innovation',
  'product_sense',
  'code_quality',
  'technical_depth',
  'self_awareness',
  'motivation',
];

/** Words every question uses that say nothing about its competency ("tell me about a time…"). */
const BOILERPLATE = /\b(?:tell me about|describe|walk me through|give (?:me )?an example|a time|how would you|what would you do|how do you|why do you)\b/gi;

/** The competency whose words the question uses most ("general" when none). */
export function inferCompetency(questionText: string): string {
  const text = questionText.replace(BOILERPLATE, ' ');
  let best = 'general';
  let bestHits = 0;
  for (const key of PRECEDENCE) {
    const hits = (text.match(competencyMatcher(key) ?? /$^/) ?? []).length;
    if (hits > bestHits) [best, bestHits] = [key, hits];
  }
  return best;
}

/** Category and competency of a question the user added, read from its wording. */
export function classifyQuestion(questionText: string): { category: QuestionCategory; competency: string } {
  const category = CATEGORY_OF_MODE[answerMode(questionText, 'behavioral')];
  const competency = inferCompetency(questionText);
  // "Why do you want to work here?" names no competency, but its kind is one.
  return { category, competency: competency === 'general' && category === 'role_fit' ? 'motivation' : competency };
}

/** The competencies the classifier weighs, in precedence order (its test checks they are all the coach knows). */
export const CLASSIFIABLE_COMPETENCIES: readonly string[] = PRECEDENCE;
