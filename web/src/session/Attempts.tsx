/** Earlier attempts at this question and how the overall score moved. */
import type { AnswerWithFeedback } from '../api/types.js';
import { countWords, formatDate, formatScore } from '../labels.js';

export function Attempts({ attempts }: { attempts: AnswerWithFeedback[] }) {
  if (attempts.length < 2) return null;
  return (
    <details className="attempts">
      <summary>All {attempts.length} attempts</summary>
      <ol>
        {attempts.map((a) => (
          <li key={a.id}>
            {a.feedback ? `${formatScore(a.feedback.overall)} / 5` : 'no feedback'} · {countWords(a.text)} words · {formatDate(a.createdAt)}
          </li>
        ))}
      </ol>
    </details>
  );
}
