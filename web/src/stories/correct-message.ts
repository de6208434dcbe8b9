/** The status line after correcting a story's words on My stories (pure, like forget-message.ts). */
import type { CorrectResult } from '../api/types.js';

/** What else a correction changed, as `PATCH /api/work-history/:id` answers it beside the story. */
export type CorrectionCounts = Pick<CorrectResult, 'questionsRewritten' | 'questionsRemoved' | 'questionsRedacted' | 'feedbackRedacted'>;

const questions = (n: number): string => `${n} ${n === 1 ? 'question' : 'questions'}`;
const feedback = (n: number): string => `${n} ${n === 1 ? 'piece' : 'pieces'} of feedback`;

const rewrittenLine = (n: number): string => (n > 0 ? `${questions(n)} now ${n === 1 ? 'quotes' : 'quote'} your corrected story.` : '');
const removedLine = (n: number): string => (n > 0 ? `${questions(n)} you had not answered quoted words you removed, so ${n === 1 ? 'it was' : 'they were'} removed too.` : '');

function redactedLine(questionCount: number, feedbackCount: number): string {
  const places = [questionCount > 0 ? questions(questionCount) : '', feedbackCount > 0 ? feedback(feedbackCount) : ''].filter(Boolean);
  return places.length > 0 ? `Your old words were also taken out of ${places.join(' and ')}.` : '';
}

/**
 * "Saved. 2 questions now quote your corrected story. 1 question you had not
 * answered quoted words you removed, so it was removed too. Your old words were
 * also taken out of 1 question and 1 piece of feedback." Nothing else changed: "Saved."
 */
export function correctMessage(res: CorrectionCounts): string {
  const lines = [rewrittenLine(res.questionsRewritten), removedLine(res.questionsRemoved), redactedLine(res.questionsRedacted, res.feedbackRedacted)];
  return ['Saved.', ...lines.filter(Boolean)].join(' ');
}
