/** Add a question of the user's own (one they expect, or were asked before). */
import { useState, type FormEvent } from 'react';
import { addQuestion } from '../api/questions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';

export function AddQuestionForm({ sessionId, onAdded }: { sessionId: string; onAdded: () => Promise<void> }) {
  const [text, setText] = useState('');
  const add = useAction(async (value: string) => {
    await addQuestion(sessionId, value);
    await onAdded();
    return true;
  });
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (text.trim() && (await add.run(text.trim()))) setText('');
  };
  return (
    <details className="add-question">
      <summary>Add your own question</summary>
      <form className="form" onSubmit={submit}>
        <label htmlFor="custom-question">Question</label>
        <textarea id="custom-question" rows={2} value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} />
        <button type="submit" className="button secondary" disabled={add.busy || !text.trim()}>
          Add question
        </button>
        <ErrorAlert message={add.error} />
      </form>
    </details>
  );
}
