/** One question in the rail: what it is, why it is asked, its latest score (and the move since the attempt before), and its actions. */
import { deleteQuestion } from '../api/questions.js';
import type { AnswerWithFeedback, Question } from '../api/types.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';
import { CATEGORY_LABEL, formatScore, humanize } from '../labels.js';
import { latestChange } from './score-change.js';
import { ScoreMove } from './ScoreMove.js';

interface Props {
  /** 1-based position in the rail. */
  number: number;
  sessionId: string;
  question: Question;
  /** This question's attempts, oldest first. */
  attempts: AnswerWithFeedback[];
  selected: boolean;
  onSelect: () => void;
  onTryAgain: () => void;
  onDeleted: () => Promise<void>;
}

const SOURCE_LABEL: Record<Question['source']['kind'], string> = {
  resume: 'From your resume',
  job_description: 'From the job description',
  work_history: 'From your stories',
  bank: '',
  custom: '',
};

function Status({ attempts }: { attempts: AnswerWithFeedback[] }) {
  const latest = attempts.at(-1);
  if (!latest) return <span className="q-status">Not answered yet</span>;
  const change = latestChange(attempts);
  return (
    <span className="q-status done">
      Answered
      {change ? <> · <ScoreMove change={change} /></> : latest.feedback ? ` · ${formatScore(latest.feedback.overall)} / 5` : ''}
    </span>
  );
}

export function QuestionItem({ number, sessionId, question: q, attempts, selected, onSelect, onTryAgain, onDeleted }: Props) {
  const remove = useAction(async () => {
    await deleteQuestion(sessionId, q.id);
    await onDeleted();
  });
  const sourceLabel = SOURCE_LABEL[q.source.kind];

  return (
    <li className={selected ? 'question selected' : 'question'}>
      <div className="question-meta">
        <span className="q-number" aria-hidden="true">{number}</span>
        <span className={`badge cat-${q.category}`}>{CATEGORY_LABEL[q.category]}</span>
        <span className="muted">{humanize(q.competency)}</span>
        <Status attempts={attempts} />
      </div>
      <button type="button" className="question-select" aria-current={selected ? 'true' : undefined} onClick={onSelect}>
        {q.text}
      </button>
      {(q.rationale || sourceLabel) && (
        <details className="rationale">
          <summary>Why they ask this</summary>
          {q.rationale && <p>{q.rationale}</p>}
          {sourceLabel && q.source.text && <p className="muted">{sourceLabel}: <q>{q.source.text}</q></p>}
        </details>
      )}
      <div className="actions">
        {attempts.length > 0 && (
          <button type="button" className="button secondary" aria-label={`Try again: ${q.text}`} onClick={onTryAgain}>
            Try again
          </button>
        )}
        <ConfirmButton label="Delete" ariaLabel={`Delete question: ${q.text}`} question="Delete this question and its answers?" onConfirm={() => remove.run()} disabled={remove.busy} />
      </div>
      <ErrorAlert message={remove.error} />
    </li>
  );
}
