/**
 * The session summary: average and per-dimension scores, the best and the
 * weakest answer with a quote, three next steps, then practice again and
 * the downloads.
 */
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Status } from '../../components/Status.js';
import { useLoad } from '../../hooks/useLoad.js';
import { formatScore } from '../../labels.js';
import { sessionHref } from '../../lib/routes.js';
import { getSummary, type AnswerHighlight, type SessionReview } from './api.js';
import { TableScroll } from './ScoreTable.js';
import { ExportButtons } from './ExportButtons.js';
import { PracticeAgainButtons } from './PracticeAgainButtons.js';
import { competencyLabel, dimensionLabel } from './progress-data.js';
import './review.css';

function ScoreBar({ value }: { value: number | null }) {
  // The number is always printed; the bar only repeats it visually.
  const pct = value === null ? 0 : ((value - 1) / 4) * 100;
  return (
    <span className="review-bar" aria-hidden="true">
      <span style={{ width: `${pct}%` }} />
    </span>
  );
}

function Dimensions({ review }: { review: SessionReview }) {
  return (
    <TableScroll label="Average per rubric dimension">
      <table className="review-table">
        <caption>Average per rubric dimension (1–5)</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Average</th>
            <th scope="col">Answers scored</th>
          </tr>
        </thead>
        <tbody>
          {review.dimensions.map((d) => (
            <tr key={d.key}>
              <th scope="row">{dimensionLabel(d.key)}</th>
              <td>
                <ScoreBar value={d.average} /> {formatScore(d.average)}
              </td>
              <td>{d.scored}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Highlight({ title, h, sessionId }: { title: string; h: AnswerHighlight; sessionId: string }) {
  return (
    <div className="review-highlight">
      <h3>
        {title}: {formatScore(h.overall)} of 5
      </h3>
      <p>
        <a href={sessionHref(sessionId, h.questionId)}>{h.questionText}</a> <span className="badge">{competencyLabel(h.competency)}</span>
      </p>
      <blockquote>{h.quote}</blockquote>
      <p className="muted small">{h.summary}</p>
    </div>
  );
}

interface Props {
  sessionId: string;
  /** Changes when the session's questions or answers change (see summaryVersion): the summary is fetched again. */
  version?: string;
}

export function SessionSummaryView({ sessionId, version }: Props) {
  const loaded = useLoad(() => getSummary(sessionId), [sessionId, version]);
  const r = loaded.data;
  if (!r) {
    return (
      <section className="panel">
        <Status busy={loaded.loading}>{loaded.loading ? 'Summarising the session…' : null}</Status>
        <ErrorAlert message={loaded.error} />
      </section>
    );
  }
  return (
    <section className="panel stack review-summary" aria-labelledby={`summary-${sessionId}`}>
      <div>
        <h2 id={`summary-${sessionId}`}>Summary</h2>
        <p className="lead">
          {r.answeredCount} of {r.questionCount} questions answered
          {r.average !== null ? <>; average <strong>{formatScore(r.average)}</strong> of 5 (latest attempt of each question)</> : '; no feedback yet'}.
        </p>
        <button type="button" className="link-button" onClick={() => void loaded.reload()}>
          Refresh
        </button>
      </div>
      {r.dimensions.length > 0 && <Dimensions review={r} />}
      {(r.best || r.weakest) && (
        <div className="two-col">
          {r.best && <Highlight title="Best answer" h={r.best} sessionId={sessionId} />}
          {r.weakest && <Highlight title="Weakest answer" h={r.weakest} sessionId={sessionId} />}
        </div>
      )}
      <div>
        <h3>Next steps</h3>
        <ol className="review-steps">
          {r.nextSteps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </div>
      <div className="two-col">
        <PracticeAgainButtons sessionId={sessionId} questionCount={r.questionCount} />
        <ExportButtons sessionId={sessionId} />
      </div>
    </section>
  );
}
