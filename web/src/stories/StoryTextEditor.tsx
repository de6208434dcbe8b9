/** Correct a story's words in place; the server re-indexes (and re-embeds) it and corrects its copies in questions and feedback. */
import { useState, type FormEvent } from 'react';
import { updateSnippet } from '../api/workHistory.js';
import type { CorrectResult, Snippet } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';

interface Props {
  snippet: Snippet;
  /** Called with the saved story and what else changed; the caller closes the editor, says so and refreshes. */
  onSaved: (saved: CorrectResult) => void | Promise<void>;
  onCancel: () => void;
}

export function StoryTextEditor({ snippet, onSaved, onCancel }: Props) {
  const [text, setText] = useState(snippet.text);
  const save = useAction(async () => {
    // The answer is the story plus the counts of its corrected copies (correct-message.ts).
    const saved = await updateSnippet(snippet.id, { text: text.trim() });
    await onSaved(saved);
    return true;
  });
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (text.trim()) await save.run();
  };
  const inputId = `story-edit-${snippet.id}`;
  return (
    <form className="form story-edit" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label htmlFor={inputId}>Correct this story</label>
      <textarea id={inputId} rows={Math.min(12, Math.max(4, Math.ceil(snippet.text.length / 70)))} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
      <div className="actions">
        <button type="submit" className="button primary" disabled={save.busy || !text.trim() || text.trim() === snippet.text}>Save changes</button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={save.busy}>Cancel</button>
      </div>
      <ErrorAlert message={save.error} />
      <Status busy={save.busy}>{save.busy ? 'Saving…' : ''}</Status>
    </form>
  );
}
