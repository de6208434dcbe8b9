/**
 * Rubric dimensions: a score bar (or "not enough evidence"), the quoted words
 * that earned the score, and the advice. A null score is never drawn as a number.
 */
import type { Dimension } from '../api/types.js';
import { DIMENSION_LABEL, excerpt, formatScore } from '../labels.js';

export function DimensionTable({ dimensions }: { dimensions: Dimension[] }) {
  return (
    <table className="dimensions">
      <caption>How the answer scored, with the words that earned each score</caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          <th scope="col">Score</th>
          <th scope="col">Evidence and advice</th>
        </tr>
      </thead>
      <tbody>
        {dimensions.map((d) => (
          <tr key={d.key}>
            <th scope="row">{DIMENSION_LABEL[d.key] ?? d.key}</th>
            <td><ScoreBar score={d.score} /></td>
            <td>
              {d.evidence.length > 0 && (
                <ul className="evidence">
                  {d.evidence.map((quote, i) => <li key={i}><q>{excerpt(quote)}</q></li>)}
                </ul>
              )}
              {d.advice && <p className="advice">{d.advice}</p>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ScoreBar({ score }: { score: number | null }) {
  if (score === null) return <span className="no-evidence">not enough evidence</span>;
  const level = score >= 4 ? 'high' : score >= 2.5 ? 'mid' : 'low';
  return (
    <span className="score">
      <span className="score-text">{formatScore(score)} / 5</span>
      <span className="bar" aria-hidden="true">
        <span className={`bar-fill ${level}`} style={{ width: `${(score / 5) * 100}%` }} />
      </span>
    </span>
  );
}
