/**
 * Inline rename: Enter saves, Escape or Cancel closes; focus starts in the field
 * (where it goes after, and the "Renamed" message, are the card's). The
 * save carries the session's version, so a rename made on a stale list (another
 * tab or window renamed or changed the session since) is refused, not silently
 * applied over it: the form says so, keeps the typed name, and reloads on request.
 */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.js';
import { updateSession } from '../api/sessions.js';
import type { Session } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';
import { SESSION_NAME_MAX } from '../../../src/shared/limits.js';

const RENAME_CONFLICT = 'This session was changed in another tab or window since this list loaded. Reload to see its latest name, then save yours again (what you typed is kept).';

interface Props {
  session: Session;
  /** Called with the new name once saved, or null when closed without a change (Cancel, Escape, same name). */
  onDone: (renamedTo: string | null) => void | Promise<void>;
  /** Load the list again (after a conflict); the form stays open with the typed name. */
  onReload: () => Promise<void>;
}

export function RenameForm({ session, onDone, onReload }: Props) {
  const [name, setName] = useState(session.name);
  const [conflict, setConflict] = useState(false);
  const save = useAction(async (value: string) => {
    try {
      return await updateSession(session.id, { name: value }, session.version);
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 409)) throw err;
      setConflict(true);
      return undefined;
    }
  });
  const reload = useAction(async () => {
    await onReload();
    setConflict(false);
  });
  const inputId = `rename-${session.id}`;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || trimmed === session.name) return void onDone(null);
    if (await save.run(trimmed)) await onDone(trimmed);
  };

  return (
    <form className="inline-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && void onDone(null)}>
      <label htmlFor={inputId}>New name</label>
      <input id={inputId} value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={SESSION_NAME_MAX} required />
      <button type="submit" className="button primary" disabled={save.busy || reload.busy}>Save</button>
      <button type="button" className="button secondary" onClick={() => void onDone(null)}>Cancel</button>
      {conflict && (
        <div className="alert alert-stacked" role="alert">
          <span>{RENAME_CONFLICT}</span>
          <button type="button" className="button secondary" onClick={() => void reload.run()} disabled={reload.busy}>
            Reload
          </button>
        </div>
      )}
      <ErrorAlert message={save.error ?? reload.error} />
    </form>
  );
}
