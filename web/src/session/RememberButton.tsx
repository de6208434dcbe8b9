/**
 * "Remember this as a story": adds the answer to the work-history memory, and
 * says honestly whether it was new ("Already in My stories" when it was not).
 * The button then goes away, so focus moves to that sentence.
 */
import { useState } from 'react';
import { memorizeAnswer } from '../api/answers.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';
import { BusyButton } from './BusyButton.js';
import { FocusStatus } from './FocusStatus.js';
import { rememberedLead, type MemorizeResult } from './remembered.js';

export function RememberButton({ sessionId, answerId }: { sessionId: string; answerId: string }) {
  const [lead, setLead] = useState<string | null>(null);
  const remember = useAction(async () => {
    // The API module types this reply as unknown; every memorize route answers a MemorizeResult.
    const r = (await memorizeAnswer(sessionId, answerId)) as MemorizeResult;
    setLead(rememberedLead(r));
  });
  return (
    <div className="remember">
      {lead === null && (
        <BusyButton className="button secondary" onClick={() => void remember.run()} busy={remember.busy}>
          {remember.busy ? 'Saving…' : 'Remember this answer as a story'}
        </BusyButton>
      )}
      <FocusStatus focusSignal={lead === null ? 0 : 1}>{lead !== null ? <span>{lead} <a href="#/stories">My stories</a>.</span> : ''}</FocusStatus>
      <ErrorAlert message={remember.error} />
    </div>
  );
}
