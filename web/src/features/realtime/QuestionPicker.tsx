/** "Answering": the question the interview is on — it follows the interviewer, and a pick overrides it from then on. */
import type { Question } from '../../api/types.js';

interface Props {
  questions: Question[];
  value: string | null;
  onChange: (questionId: string | null) => void;
}

export function QuestionPicker({ questions, value, onChange }: Props) {
  return (
    <div className="field-row">
      <label htmlFor="realtime-question">Answering</label>
      <select id="realtime-question" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} aria-describedby="realtime-question-hint">
        {questions.length === 0 && <option value="">(no questions yet)</option>}
        {questions.map((q, i) => (
          <option key={q.id} value={q.id}>
            {i + 1}. {q.text.length > 80 ? `${q.text.slice(0, 77)}…` : q.text}
          </option>
        ))}
      </select>
      <p className="hint" id="realtime-question-hint">
        Follows the interviewer: when the coach asks one of your questions, your answers are saved under it. Change it if the coach moved on without asking.
      </p>
    </div>
  );
}
