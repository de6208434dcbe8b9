/** The question and answer `npm run smoke:openai` sends to the coach (shared with its test, whose fake replies quote it). */
export const QUESTION = { text: 'Tell me about a time you improved a slow process.', category: 'behavioral' as const, competency: 'problem_solving' };

export const ANSWER =
  'Our release took two days because every service was deployed by hand. I wrote a pipeline that deployed them in order ' +
  'and rolled back on failed health checks. Releases went from two days to forty minutes, and we shipped weekly instead of monthly.';
