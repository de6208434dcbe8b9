/** After an answer: how many attempts so far, and "Try again" for a fresh answer box. */
import type { AnswerWithFeedback } from '../api/types.js';
import { formatScore } from '../labels.js';

/** The id the pane focuses when a retry is cancelled, so keyboard users land back here. */
export const TRY_AGAIN_ID = 'try-again';

export function TryAgainBar({ attempts, onTryAgain }: { attempts: AnswerWithFeedback[]; onTryAgain: () => void }) {
  const latest = attempts.at(-1);
  const scored = latest?.feedback ? `, latest ${formatScore(latest.feedback.overall)} / 5` : ', no feedback on the latest';
  return (
    <div className="try-again-bar">
      <p>
        {attempts.length === 1 ? 'Answered once' : `Answered ${attempts.length} times`}
        {scored}.
      </p>
      <button type="button" id={TRY_AGAIN_ID} className="button primary" onClick={onTryAgain}>
        Try again
      </button>
    </div>
  );
}
