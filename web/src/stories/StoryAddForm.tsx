/**
 * Write a story by hand, with optional tags. Saving empties the form and puts
 * focus back in the text box, ready for the next story (the Save button, now
 * disabled, cannot keep it); the result is said in the live region under it.
 */
import { useRef, useState, type FormEvent } from 'react';
import { addSnippet } from '../api/workHistory.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';
import { parseTags } from './TagEditor.js';

export function StoryAddForm({ onAdded }: { onAdded: () => Promise<void> }) {
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [done, setDone] = useState('');
  const textBox = useRef<HTMLTextAreaElement>(null);
  const add = useAction(async () => {
    setDone('');
    const res = await addSnippet(text.trim(), parseTags(tags));
    await onAdded();
    const n = res.created.length;
    setDone(n === 0 ? 'That story was already saved.' : n === 1 ? 'Story saved.' : `Saved as ${n} stories (long text is split into parts).`);
    return true;
  });
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (text.trim() && (await add.run())) {
      setText('');
      setTags('');
    }
    // Saved or refused (the error is said), focus goes back to the words: the button was disabled while saving.
    textBox.current?.focus();
  };
  return (
    <section className="panel" aria-labelledby="add-story-heading">
      <h2 id="add-story-heading">Add a story</h2>
      <form className="form" onSubmit={submit}>
        <label htmlFor="story-text">What happened, what you did, and the result</label>
        <textarea id="story-text" ref={textBox} rows={5} value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor="story-tags">Tags (optional, comma-separated)</label>
        <input id="story-tags" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="e.g. leadership, cost" />
        <button type="submit" className="button primary" disabled={add.busy || !text.trim()}>Save story</button>
        <ErrorAlert message={add.error} />
        <Status busy={add.busy}>{add.busy ? 'Saving…' : done}</Status>
      </form>
    </section>
  );
}
