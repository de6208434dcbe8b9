/** Practice again: a new session with the same documents and settings — same questions, or fresh ones on the weakest competencies. */
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Status } from '../../components/Status.js';
import { useAction } from '../../hooks/useAction.js';
import { practiceAgain } from './api.js';
import { openSession } from './navigate.js';

/**
 * With no questions there is nothing to practise again (the server refuses too):
 * the group says what to do instead of offering buttons that would make an empty copy.
 */
export function PracticeAgainButtons({ sessionId, questionCount }: { sessionId: string; questionCount: number }) {
  const action = useAction(practiceAgain);
  const start = async (reuse: boolean): Promise<void> => {
    const session = await action.run(sessionId, reuse);
    if (session) openSession(session.id);
  };
  return (
    <div role="group" aria-labelledby={`again-${sessionId}`}>
      <h3 id={`again-${sessionId}`}>Practice again</h3>
      <p className="hint">A new session with the same resume, job description, coach and settings.</p>
      {questionCount === 0 ? (
        <p className="muted">This session has no questions to practise again yet. Generate or add questions above and answer them first.</p>
      ) : (
        <div className="actions">
          <button type="button" className="button secondary" disabled={action.busy} onClick={() => void start(true)}>
            Same questions
          </button>
          <button type="button" className="button primary" disabled={action.busy} onClick={() => void start(false)}>
            Fresh questions on my weakest areas
          </button>
        </div>
      )}
      <Status busy={action.busy}>{action.busy ? 'Creating the new session…' : null}</Status>
      <ErrorAlert message={action.error} onDismiss={action.clearError} />
    </div>
  );
}
