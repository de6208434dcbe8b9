/** Session title, coach and settings, the AI model this session uses, and model usage. (Progress, "N of M answered", heads the question rail.) */
import { useEffect } from 'react';
import { getHealth } from '../api/sessions.js';
import type { SessionDetail } from '../api/types.js';
import { useLoad } from '../hooks/useLoad.js';
import { usePersonas, personaName } from '../hooks/usePersonas.js';
import { DIFFICULTY_LABEL, QUESTION_TYPE_LABEL } from '../labels.js';
import { publishSessionModel, sessionModel } from './session-model.js';
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

/**
 * The model this session's AI coach uses (its own choice, else the server default), or null
 * while unknown or when the server runs the built-in coach only. Published for the footer.
 */
function useOpenSessionModel(chosen: string | null): string | null {
  const coach = useLoad(getHealth, []).data?.coach;
  const model = coach && coach.provider !== 'builtin' ? sessionModel(chosen, coach.model) : null;
  useEffect(() => {
    publishSessionModel(model);
    return () => publishSessionModel(null);
  }, [model]);
  return model;
}

export function SessionHeader({ detail, onChanged }: { detail: SessionDetail; onChanged: () => Promise<void> }) {
  const personas = usePersonas();
  const model = useOpenSessionModel(detail.model);

  return (
    <header className="session-header">
      <p className="crumbs"><a href="#/">← All sessions</a></p>
      <h1>{detail.name}</h1>
      <p className="muted">
        Coach: {personaName(personas, detail.persona)} · {DIFFICULTY_LABEL[detail.difficulty]} · {QUESTION_TYPE_LABEL[detail.questionType]} questions
        {model && <> · <span className="session-model">AI model: {model}</span></>}
      </p>
      {detail.questions.length > 0 && <JumpToQuestions detail={detail} />}
      <SessionSettings detail={detail} personas={personas} onChanged={onChanged} />
      <UsageNote usage={detail.usage} />
    </header>
  );
}
