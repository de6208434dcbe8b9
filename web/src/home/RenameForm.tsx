/** Inline rename: Enter saves, Escape cancels; focus starts in the field. */
import { useState, type FormEvent } from 'react';
import { updateSession } from '../api/sessions.js';
import type { Session } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';
import { SESSION_NAME_MAX } from '../../../src/shared/limits.js';

export function RenameForm({ session, onDone }: { session: Session; onDone: (changed: boolean) => void | Promise<void> }) {
  const [name, setName] = useState(session.name);
  const save = useAction((value: string) => updateSession(session.id, { name: value }));
  const inputId = `rename-${session.id}`;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || trimmed === session.name) return void onDone(false);
    if (await save.run(trimmed)) await onDone(true);
  };

  return (
    <form className="inline-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && void onDone(false)}>
      <label htmlFor={inputId}>New name</label>
      <input id={inputId} value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={SESSION_NAME_MAX} required />
      <button type="submit" className="button primary" disabled={save.busy}>Save</button>
      <button type="button" className="button secondary" onClick={() => void onDone(false)}>Cancel</button>
      <ErrorAlert message={save.error} />
    </form>
  );
}
