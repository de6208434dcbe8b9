/** When the session summary must be fetched again. Pure (tested without a DOM). */
import type { SessionDetail } from '../../api/types.js';

/**
 * A fingerprint of what the summary counts: the questions, the answers and which
 * of them have feedback. It changes when questions are generated, added or
 * deleted and when an answer is saved or scored, so the summary follows the
 * page without a Refresh (a rename or a settings change leaves it alone).
 */
export function summaryVersion(detail: Pick<SessionDetail, 'questions' | 'answers'>): string {
  const questions = detail.questions.map((q) => q.id).join(',');
  const answers = detail.answers.map((a) => `${a.id}${a.feedback ? '+' : ''}`).join(',');
  return `${questions}|${answers}`;
}
