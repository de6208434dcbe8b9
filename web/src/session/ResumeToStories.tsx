/**
 * One click from the session's resume to "My stories": each role becomes a
 * story the coach can draw on (the server leaves out contact lines and skills
 * lists). The status says how many were saved and how many were already
 * there, and links to My stories to check or correct them.
 */
import { useState } from 'react';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';
import { request } from '../api/client.js';
import { enc } from '../api/sessions.js';
import { resumeSavedText, type MemorizeResult } from './remembered.js';

/** Import this session's resume into My stories (POST …/documents/resume/memorize). */
const memorizeResume = (sessionId: string): Promise<MemorizeResult> =>
  request(`/api/sessions/${enc(sessionId)}/documents/resume/memorize`, { method: 'POST' });

export function ResumeToStories({ sessionId, documentId }: { sessionId: string; documentId: string }) {
  // Remembered per resume: after a replacement the old count no longer applies.
  const [done, setDone] = useState<{ documentId: string; text: string } | null>(null);
  const save = useAction(async () => setDone({ documentId, text: resumeSavedText(await memorizeResume(sessionId)) }));
  const shown = done?.documentId === documentId ? done.text : null;
  // aria-disabled, not disabled: a disabled button drops keyboard focus to the page body.
  const click = (): void => {
    if (!save.busy) void save.run();
  };
  return (
    <div className="remember resume-to-stories">
      <button type="button" className="button secondary" onClick={click} aria-disabled={save.busy || undefined}>
        {save.busy ? 'Saving your roles…' : 'Save my resume’s roles to My stories'}
      </button>
      <Status busy={save.busy}>
        {/* One span: the status line is a flex row (spinner, text), and the link belongs in the sentence. */}
        {shown && (
          <span>
            {shown} <a href="#/stories">Open My stories</a>
          </span>
        )}
      </Status>
      <ErrorAlert message={save.error} onDismiss={save.clearError} />
    </div>
  );
}
