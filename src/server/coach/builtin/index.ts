/**
 * The built-in coach: deterministic, offline, no API key. Implements the
 * same Coach interface as the LLM coach, so routes never know which answered.
 */
import type { Coach } from '../coach.js';
import { BUILTIN_MODEL, evaluate } from './evaluate.js';
import { exampleAnswer } from './example-answer.js';
import { generateQuestions } from './questions.js';

export { buildProfile, emptyProfile } from './profile.js';
export { outlineStar, type StarOutline } from './star.js';
export { BUILTIN_MODEL } from './evaluate.js';

/** Create the built-in coach (stateless; one instance can serve every request). */
export function createBuiltinCoach(): Coach {
  return {
    provider: 'builtin',
    model: BUILTIN_MODEL,
    generateQuestions: async (req) => generateQuestions(req),
    evaluate: async (req) => evaluate(req),
    exampleAnswer: async (req) => exampleAnswer(req),
  };
}
