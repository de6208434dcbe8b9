/** Import a session from a JSON export (file picker); opens the new session on success. */
import { useId, useRef, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Status } from '../../components/Status.js';
import { useAction } from '../../hooks/useAction.js';
import { importSessionFile } from './api.js';
import { openSession } from './navigate.js';
import './review.css';

/** Larger files are refused by the server too; saying so here saves the upload. */
const MAX_BYTES = 30 * 1024 * 1024;

export function ImportSessionButton() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const action = useAction(importSessionFile);

  const choose = (f: File | null): void => {
    action.clearError();
    setTooBig(f && f.size > MAX_BYTES ? 'That file is larger than 30 MB, which is more than any session export. Choose the .json file you exported.' : null);
    setFile(f);
  };
  const submit = async (): Promise<void> => {
    if (!file || tooBig) return;
    const session = await action.run(file);
    if (session) openSession(session.id);
  };
  return (
    <form className="form review-import" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <label htmlFor={id}>Import a session (.json export)</label>
      <input id={id} ref={input} type="file" accept=".json,application/json" onChange={(e) => choose(e.target.files?.[0] ?? null)} />
      <button type="submit" className="button secondary" disabled={!file || !!tooBig || action.busy}>
        Import
      </button>
      <Status busy={action.busy}>{action.busy ? 'Importing…' : null}</Status>
      <ErrorAlert message={tooBig ?? action.error} onDismiss={() => { setTooBig(null); action.clearError(); }} />
    </form>
  );
}
