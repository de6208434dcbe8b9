/**
 * Show a story's tags; "Edit tags" (named after its story) opens a
 * comma-separated field. Saving, Cancel or Escape closes it and puts focus
 * back on that story's "Edit tags", never on the page body; a save is said
 * ("Tags saved.") in a live region right under it.
 */
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { updateSnippet } from '../api/workHistory.js';
import type { Snippet } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';
import { storyPreview } from './preview.js';

/** "a, b ,, c" → ["a", "b", "c"], without duplicates. */
export function parseTags(value: string): string[] {
  return [...new Set(value.split(',').map((t) => t.trim()).filter(Boolean))];
}

export function TagEditor({ snippet, onSaved }: { snippet: Snippet; onSaved: () => void | Promise<void> }) {
  const { editing, open, close, opener } = useTagToggle();
  const [value, setValue] = useState(snippet.tags.join(', '));
  // Emptied when the editor opens again, so a second save is announced too.
  const [said, setSaid] = useState('');
  const save = useAction(async (tags: string[]) => {
    await updateSnippet(snippet.id, { tags });
    await onSaved();
    return true;
  });
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!(await save.run(parseTags(value)))) return;
    setSaid('Tags saved.');
    close();
  };
  const inputId = `tags-${snippet.id}`;
  const reopen = (): void => {
    setSaid('');
    open();
  };

  return (
    <>
      {editing ? (
        <form className="inline-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && close()}>
          <label htmlFor={inputId}>Tags (comma-separated)</label>
          <input id={inputId} value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
          <button type="submit" className="button primary" disabled={save.busy}>Save tags</button>
          <button type="button" className="button secondary" onClick={close}>Cancel</button>
          <ErrorAlert message={save.error} />
        </form>
      ) : (
        <TagView snippet={snippet} opener={opener} onOpen={reopen} />
      )}
      <Status>{said}</Status>
    </>
  );
}

/** The tags as a list, and the "Edit tags" button that opens the field. */
function TagView({ snippet, opener, onOpen }: { snippet: Snippet; opener: RefObject<HTMLButtonElement | null>; onOpen: () => void }) {
  return (
    <div className="tags">
      {snippet.tags.length > 0 ? (
        <ul className="tag-list" aria-label="Tags">{snippet.tags.map((t) => <li key={t} className="tag">{t}</li>)}</ul>
      ) : (
        <span className="muted small">No tags</span>
      )}
      <button type="button" ref={opener} className="link-button" aria-label={`Edit tags for story: ${storyPreview(snippet.text)}`} onClick={onOpen}>
        Edit tags
      </button>
    </div>
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
