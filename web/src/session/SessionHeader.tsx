/** Session title, progress ("N of M answered"), settings and model usage. */
import type { SessionDetail } from '../api/types.js';
import { usePersonas, personaName } from '../hooks/usePersonas.js';
import { DIFFICULTY_LABEL, QUESTION_TYPE_LABEL } from '../labels.js';
import { SessionSettings } from './SessionSettings.js';
import { UsageNote } from './UsageNote.js';

export function SessionHeader({ detail, onChanged }: { detail: SessionDetail; onChanged: () => Promise<void> }) {
  const personas = usePersonas();
  const answered = new Set(detail.answers.map((a) => a.questionId)).size;
  const total = detail.questions.length;

  return (
    <header className="session-header">
      <p className="crumbs"><a href="#/">← All sessions</a></p>
      <h1>{detail.name}</h1>
      <p className="muted">
        Coach: {personaName(personas, detail.persona)} · {DIFFICULTY_LABEL[detail.difficulty]} · {QUESTION_TYPE_LABEL[detail.questionType]} questions
      </p>
      <div className="progress-line">
        <label htmlFor="session-progress">{answered} of {total} answered</label>
        <progress id="session-progress" max={Math.max(total, 1)} value={answered} />
      </div>
      <SessionSettings detail={detail} personas={personas} onChanged={onChanged} />
      <UsageNote usage={detail.usage} />
    </header>
  );
}
