/** "Practise your weakest": builds a new session from the lowest-scoring competencies and opens it. */
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Status } from '../../components/Status.js';
import { useAction } from '../../hooks/useAction.js';
import { practiceWeakest } from './api.js';
import { openSession } from './navigate.js';

export function PractiseWeakestButton({ disabled }: { disabled?: boolean }) {
  const action = useAction(practiceWeakest);
  const start = async (): Promise<void> => {
    const session = await action.run();
    if (session) openSession(session.id);
  };
  return (
    <div>
      <button type="button" className="button primary" disabled={disabled || action.busy} onClick={() => void start()}>
        Practise your weakest
      </button>
      <Status busy={action.busy}>{action.busy ? 'Building a session from where you are weakest…' : null}</Status>
      <ErrorAlert message={action.error} onDismiss={action.clearError} />
    </div>
  );
}
