/** "Remember this as a story": adds the answer to the work-history memory. */
import { useState } from 'react';
import { memorizeAnswer } from '../api/answers.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';

export function RememberButton({ sessionId, answerId }: { sessionId: string; answerId: string }) {
  const [done, setDone] = useState(false);
  const remember = useAction(async () => {
    await memorizeAnswer(sessionId, answerId);
    setDone(true);
  });
  return (
    <div className="remember">
      {!done && (
        <button type="button" className="button secondary" onClick={() => void remember.run()} disabled={remember.busy}>
          {remember.busy ? 'Saving…' : 'Remember this answer as a story'}
        </button>
      )}
      <Status>{done ? <>Saved to <a href="#/stories">My stories</a>.</> : ''}</Status>
      <ErrorAlert message={remember.error} />
    </div>
  );
}
