/** "Or paste the text": a collapsible textarea that saves pasted text as a document. */
import { useRef, useState, type FormEvent } from 'react';

interface Props {
  id: string;
  what: string;
  busy: boolean;
  /** Resolves truthy when saved; the field is then cleared and closed. */
  onSubmit: (text: string) => Promise<unknown>;
}

export function PasteForm({ id, what, busy, onSubmit }: Props) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!text.trim()) return;
    if (await onSubmit(text)) {
      setText('');
      setOpen(false);
      // The form closes under the focused button: keep keyboard users in place.
      summaryRef.current?.focus();
    }
  };
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary ref={summaryRef}>Or paste the {what} as text</summary>
      <form className="form" onSubmit={submit}>
        <label htmlFor={id}>Text of the {what}</label>
        <textarea id={id} rows={8} value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button secondary" disabled={busy || !text.trim()}>
          Save {what}
        </button>
      </form>
    </details>
  );
}
