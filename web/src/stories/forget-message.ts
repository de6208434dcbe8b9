/** The status line after deleting one story or all of them on My stories (pure, so it is unit-tested). */
import type { ForgetResult } from '../api/types.js';

const questions = (n: number): string => `${n} ${n === 1 ? 'question' : 'questions'}`;
const feedback = (n: number): string => `${n} ${n === 1 ? 'piece' : 'pieces'} of feedback`;

/**
 * "Deleted. It was also removed from 3 questions and 1 piece of feedback." A
 * question counts whether it went (never answered) or kept its answers and
 * lost only the story's words: either way the story is no longer in it.
 */
export function forgetMessage(res: ForgetResult, all: boolean): string {
  const lead = all ? (res.deleted === 1 ? 'Your story was deleted.' : 'All your stories were deleted.') : 'Deleted.';
  const q = res.questionsRemoved + res.questionsRedacted;
  const places = [q > 0 ? questions(q) : '', res.feedbackRedacted > 0 ? feedback(res.feedbackRedacted) : ''].filter(Boolean);
  if (places.length === 0) return lead;
  return `${lead} ${all && res.deleted !== 1 ? 'They were' : 'It was'} also removed from ${places.join(' and ')}.`;
}
