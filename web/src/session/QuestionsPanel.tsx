/**
 * The question rail: progress ("3 of 8 answered"), then each question with its
 * latest score (and its move since the attempt before), pick one to practise,
 * try one again, delete; generate more or add your own. The generate form stays
 * above the list: after generating, Tab moves on into the new questions. A note
 * above the list says which coach wrote them (it outlasts the form's status line).
 */
import type { SessionDetail } from '../api/types.js';
import { AddQuestionForm } from './AddQuestionForm.js';
import { GenerateForm } from './GenerateForm.js';
import { questionCoachLines } from './question-coach.js';
import { QuestionItem } from './QuestionItem.js';
import { requestRetry } from './retry-request.js';
import { sortAttempts } from './score-change.js';

interface Props {
  detail: SessionDetail;
  selectedId: string | null;
  onSelect: (questionId: string | null) => void;
  onChanged: () => Promise<void>;
}

export function QuestionsPanel({ detail, selectedId, onSelect, onChanged }: Props) {
  const questions = [...detail.questions].sort((a, b) => a.position - b.position);
  const answered = questions.filter((q) => detail.answers.some((a) => a.questionId === q.id)).length;
  const total = questions.length;
  return (
    <section className="panel questions" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Questions</h2>
      {total > 0 && (
        <div className="progress-line">
          <label htmlFor="session-progress">{answered} of {total} answered</label>
          <progress id="session-progress" max={total} value={answered} />
        </div>
      )}
      <GenerateForm sessionId={detail.id} hasDocuments={detail.documents.length > 0} onGenerated={onChanged} />
      {questionCoachLines(questions).map((line) => (
        <p key={line} className="coach-label muted question-coach">{line}</p>
      ))}
      {questions.length === 0 ? (
        <p className="muted">No questions yet.</p>
      ) : (
        <ol className="question-list">
          {questions.map((q, i) => (
            <QuestionItem
              key={q.id}
              number={i + 1}
              sessionId={detail.id}
              question={q}
              attempts={sortAttempts(detail.answers.filter((a) => a.questionId === q.id))}
              selected={q.id === selectedId}
              onSelect={() => onSelect(q.id)}
              onTryAgain={() => {
                requestRetry(q.id);
                onSelect(q.id);
              }}
              onDeleted={async () => {
                if (q.id === selectedId) onSelect(null);
                await onChanged();
              }}
            />
          ))}
        </ol>
      )}
      <AddQuestionForm sessionId={detail.id} onAdded={onChanged} />
    </section>
  );
}
