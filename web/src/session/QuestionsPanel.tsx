/** Questions of a session: generate, add custom ones, pick one to practise, delete. */
import type { SessionDetail } from '../api/types.js';
import { AddQuestionForm } from './AddQuestionForm.js';
import { GenerateForm } from './GenerateForm.js';
import { QuestionItem } from './QuestionItem.js';
import { latestAnswer } from './select.js';

interface Props {
  detail: SessionDetail;
  selectedId: string | null;
  onSelect: (questionId: string | null) => void;
  onChanged: () => Promise<void>;
}

export function QuestionsPanel({ detail, selectedId, onSelect, onChanged }: Props) {
  const questions = [...detail.questions].sort((a, b) => a.position - b.position);
  return (
    <section className="panel questions" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Questions</h2>
      <GenerateForm sessionId={detail.id} hasDocuments={detail.documents.length > 0} onGenerated={onChanged} />
      {questions.length === 0 ? (
        <p className="muted">No questions yet.</p>
      ) : (
        <ol className="question-list">
          {questions.map((q) => (
            <QuestionItem
              key={q.id}
              sessionId={detail.id}
              question={q}
              latest={latestAnswer(detail.answers, q.id)}
              selected={q.id === selectedId}
              onSelect={() => onSelect(q.id)}
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
