/** Ask the built-in coach about one answer, with no profile or stories (shared by the holdout rule tests; no tests here). */
import { evaluate } from '../../../../src/server/coach/builtin/evaluate.js';
import { emptyProfile } from '../../../../src/server/coach/builtin/profile.js';
import type { Feedback, QuestionCategory } from '../../../../src/shared/domain.js';

export const ask = (text: string, answer: string, category: QuestionCategory, competency: string): Feedback =>
  evaluate({ question: { text, category, competency }, answer, persona: 'helpful', profile: emptyProfile(), snippets: [] });

/** One dimension of a feedback. */
export const dim = (f: Feedback, key: string) => f.dimensions.find((d) => d.key === key)!;
