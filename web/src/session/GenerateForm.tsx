/** Ask the coach for N more questions, optionally steered by a hint. */
import { useState, type FormEvent } from 'react';
import { generateQuestions } from '../api/questions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';
import { BusyButton } from './BusyButton.js';

interface Props {
  sessionId: string;
  hasDocuments: boolean;
  onGenerated: () => Promise<void>;
}

export function GenerateForm({ sessionId, hasDocuments, onGenerated }: Props) {
  const [count, setCount] = useState(5);
  const [hint, setHint] = useState('');
  const [done, setDone] = useState('');
  const generate = useAction(async () => {
    setDone('');
    const { questions, fallbackReason, focusNote } = await generateQuestions(sessionId, count, hint.trim() || undefined);
    await onGenerated();
    const added = `${questions.length} question${questions.length === 1 ? '' : 's'} added`;
    const done = fallbackReason ? `${added} by the built-in coach because ${fallbackReason}.` : `${added}.`;
    setDone(focusNote ? `${done} ${focusNote}` : done);
  });
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!generate.busy) void generate.run();
  };

  return (
    <form className="form generate-form" onSubmit={submit}>
      {!hasDocuments && <p className="hint">Tip: add your resume and the job description first, so the questions are aimed at you and this role.</p>}
      <div className="field-row">
        <div className="narrow">
          <label htmlFor="gen-count">How many</label>
          <input id="gen-count" type="number" min={1} max={20} value={count} required
            onChange={(e) => setCount(Math.min(20, Math.max(1, Number(e.target.value) || 1)))} />
        </div>
        <div className="grow">
          <label htmlFor="gen-hint">Focus (optional)</label>
          <input id="gen-hint" value={hint} onChange={(e) => setHint(e.target.value)} placeholder="e.g. leadership, system design" maxLength={200} />
        </div>
      </div>
      <BusyButton type="submit" className="button primary" busy={generate.busy}>
        {generate.busy ? 'Generating…' : 'Generate questions'}
      </BusyButton>
      <ErrorAlert message={generate.error} onDismiss={generate.clearError} />
      <Status busy={generate.busy}>{generate.busy ? `Writing ${count} question${count === 1 ? '' : 's'}…` : done}</Status>
    </form>
  );
}
