/** Show a story's tags; "Edit tags" opens a comma-separated field. */
import { useState, type FormEvent } from 'react';
import { updateSnippet } from '../api/workHistory.js';
import type { Snippet } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';

/** "a, b ,, c" → ["a", "b", "c"], without duplicates. */
export function parseTags(value: string): string[] {
  return [...new Set(value.split(',').map((t) => t.trim()).filter(Boolean))];
}

export function TagEditor({ snippet, onSaved }: { snippet: Snippet; onSaved: () => void | Promise<void> }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(snippet.tags.join(', '));
  const save = useAction(async (tags: string[]) => {
    await updateSnippet(snippet.id, { tags });
    await onSaved();
    return true;
  });
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (await save.run(parseTags(value))) setEditing(false);
  };
  const inputId = `tags-${snippet.id}`;

  if (!editing) {
    return (
      <div className="tags">
        {snippet.tags.length > 0 ? (
          <ul className="tag-list" aria-label="Tags">{snippet.tags.map((t) => <li key={t} className="tag">{t}</li>)}</ul>
        ) : (
          <span className="muted small">No tags</span>
        )}
        <button type="button" className="link-button" onClick={() => setEditing(true)}>Edit tags</button>
      </div>
    );
  }
  return (
    <form className="inline-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}>
      <label htmlFor={inputId}>Tags (comma-separated)</label>
      <input id={inputId} value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      <button type="submit" className="button primary" disabled={save.busy}>Save tags</button>
      <button type="button" className="button secondary" onClick={() => setEditing(false)}>Cancel</button>
      <ErrorAlert message={save.error} />
    </form>
  );
}
