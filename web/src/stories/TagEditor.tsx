/**
 * Show a story's tags; "Edit tags" (named after its story) opens a
 * comma-separated field. Saving, Cancel or Escape closes it and puts focus
 * back on that story's "Edit tags", never on the page body.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { updateSnippet } from '../api/workHistory.js';
import type { Snippet } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';
import { storyPreview } from './preview.js';

/** "a, b ,, c" → ["a", "b", "c"], without duplicates. */
export function parseTags(value: string): string[] {
  return [...new Set(value.split(',').map((t) => t.trim()).filter(Boolean))];
}

export function TagEditor({ snippet, onSaved }: { snippet: Snippet; onSaved: () => void | Promise<void> }) {
  const { editing, open, close, opener } = useTagToggle();
  const [value, setValue] = useState(snippet.tags.join(', '));
  const save = useAction(async (tags: string[]) => {
    await updateSnippet(snippet.id, { tags });
    await onSaved();
    return true;
  });
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (await save.run(parseTags(value))) close();
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
        <button type="button" ref={opener} className="link-button" aria-label={`Edit tags for story: ${storyPreview(snippet.text)}`} onClick={open}>
          Edit tags
        </button>
      </div>
    );
  }
  return (
    <form className="inline-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <label htmlFor={inputId}>Tags (comma-separated)</label>
      <input id={inputId} value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      <button type="submit" className="button primary" disabled={save.busy}>Save tags</button>
      <button type="button" className="button secondary" onClick={close}>Cancel</button>
      <ErrorAlert message={save.error} />
    </form>
  );
}

/** Open/closed state; closing returns focus to "Edit tags" once it is back on the page. */
function useTagToggle() {
  const [editing, setEditing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    opener.current?.focus();
  }, [editing]);
  const close = (): void => {
    returnFocus.current = true;
    setEditing(false);
  };
  return { editing, open: () => setEditing(true), close, opener };
}
