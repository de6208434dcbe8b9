/** Session title, coach and settings, and model usage. (Progress, "N of M answered", heads the question rail.) */
import type { SessionDetail } from '../api/types.js';
import { usePersonas, personaName } from '../hooks/usePersonas.js';
import { DIFFICULTY_LABEL, QUESTION_TYPE_LABEL } from '../labels.js';
import { SessionSettings } from './SessionSettings.js';
import { UsageNote } from './UsageNote.js';

/**
 * On a phone the question rail sits below the documents; this takes the user
 * there (hash routing owns the URL fragment, so it scrolls instead of linking).
 */
function JumpToQuestions({ detail }: { detail: SessionDetail }) {
  const answered = new Set(detail.answers.map((a) => a.questionId)).size;
  const jump = (): void => {
    const heading = document.getElementById('questions-heading');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  return (
    <p className="jump-questions">
      <button type="button" className="link-button" onClick={jump}>
        Go to the questions
      </button>{' '}
      <span className="muted">({answered}/{detail.questions.length} answered)</span>
    </p>
  );
}

export function SessionHeader({ detail, onChanged }: { detail: SessionDetail; onChanged: () => Promise<void> }) {
  const personas = usePersonas();

  return (
    <header className="session-header">
      <p className="crumbs"><a href="#/">← All sessions</a></p>
      <h1>{detail.name}</h1>
      <p className="muted">
        Coach: {personaName(personas, detail.persona)} · {DIFFICULTY_LABEL[detail.difficulty]} · {QUESTION_TYPE_LABEL[detail.questionType]} questions
      </p>
      {detail.questions.length > 0 && <JumpToQuestions detail={detail} />}
      <SessionSettings detail={detail} personas={personas} onChanged={onChanged} />
      <UsageNote usage={detail.usage} />
    </header>
  );
}
