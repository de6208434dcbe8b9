/** One question: what it is, why it is asked, its latest score, and its actions. */
import { deleteQuestion } from '../api/questions.js';
import type { AnswerWithFeedback, Question } from '../api/types.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';
import { CATEGORY_LABEL, formatScore, humanize } from '../labels.js';

interface Props {
  sessionId: string;
  question: Question;
  latest: AnswerWithFeedback | undefined;
  selected: boolean;
  onSelect: () => void;
  onDeleted: () => Promise<void>;
}

const SOURCE_LABEL: Record<Question['source']['kind'], string> = {
  resume: 'From your resume',
  job_description: 'From the job description',
  work_history: 'From your stories',
  bank: '',
  custom: '',
};

export function QuestionItem({ sessionId, question: q, latest, selected, onSelect, onDeleted }: Props) {
  const remove = useAction(async () => {
    await deleteQuestion(sessionId, q.id);
    await onDeleted();
  });
  const status = latest ? (latest.feedback ? `Answered · ${formatScore(latest.feedback.overall)} / 5` : 'Answered') : 'Not answered yet';
  const sourceLabel = SOURCE_LABEL[q.source.kind];

  return (
    <li className={selected ? 'question selected' : 'question'}>
      <div className="question-meta">
        <span className={`badge cat-${q.category}`}>{CATEGORY_LABEL[q.category]}</span>
        <span className="muted">{humanize(q.competency)}</span>
        <span className={latest ? 'q-status done' : 'q-status'}>{status}</span>
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
        <ConfirmButton label="Delete" ariaLabel={`Delete question: ${q.text}`} question="Delete this question and its answers?" onConfirm={() => remove.run()} disabled={remove.busy} />
      </div>
      <ErrorAlert message={remove.error} />
    </li>
  );
}
