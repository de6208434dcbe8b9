/** One story: its text (with search matches marked), where it came from, tags; correct its words, delete it. */
import { useEffect, useRef, useState } from 'react';
import { deleteSnippet } from '../api/workHistory.js';
import type { ForgetResult, HighlightSegment, Snippet } from '../api/types.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Highlighted, SEARCH_MARK } from '../components/Highlighted.js';
import { useAction } from '../hooks/useAction.js';
import { Status } from '../components/Status.js';
import { formatDate } from '../labels.js';
import { correctMessage } from './correct-message.js';
import { storyPreview } from './preview.js';
import { StoryTextEditor } from './StoryTextEditor.js';
import { TagEditor } from './TagEditor.js';

const SOURCE_LABEL: Record<string, string> = {
  resume: 'From a resume',
  note: 'Note',
  file: 'Imported file',
  voice_transcript: 'Voice practice',
  answer: 'Practice answer',
};

interface Props {
  snippet: Snippet;
  highlight?: string | HighlightSegment[];
  onChanged: () => void | Promise<void>;
  /** Called once the story is deleted, before `onChanged`, with what else forgot it (questions, feedback). */
  onDeleted?: (result: ForgetResult) => void;
  /** Called once the story's words are corrected, before `onChanged`, with what the correction changed (said by the list if the story leaves it). */
  onCorrected?: (message: string) => void;
}

export function StoryItem({ snippet: s, highlight, onChanged, onDeleted, onCorrected }: Props) {
  const remove = useAction(async () => {
    const result = await deleteSnippet(s.id);
    onDeleted?.(result);
    await onChanged();
  });
  const { editing, openEditor, editButton, closeEditor, notice } = useEditor();
  const preview = storyPreview(s.text);
  return (
    <article className="card story">
      {editing ? (
        <StoryTextEditor
          snippet={s}
          onCancel={() => closeEditor()}
          onSaved={async (saved) => {
            const message = correctMessage(saved);
            closeEditor(message);
            onCorrected?.(message);
            await onChanged();
          }}
        />
      ) : (
        <p className="story-text">
          <StoryText text={s.text} highlight={highlight} />
        </p>
      )}
      <p className="muted small">
        {SOURCE_LABEL[s.source] ?? s.source} · {formatDate(s.createdAt)}
      </p>
      <TagEditor snippet={s} onSaved={onChanged} />
      <div className="actions">
        {!editing && (
          <button type="button" ref={editButton} className="button secondary" aria-label={`Edit story: ${preview}`} onClick={openEditor}>
            Edit
          </button>
        )}
        <ConfirmButton label="Delete" ariaLabel={`Delete story: ${preview}`} question="Delete this story? Questions built on it that you have not answered go too, and past feedback loses what it quoted from it. Your answers stay." onConfirm={() => remove.run()} disabled={remove.busy} />
      </div>
      <ErrorAlert message={remove.error} />
      <Status>{notice}</Status>
    </article>
  );
}

/**
 * Open/closed state of the text editor; closing returns focus to the "Edit"
 * button once it is back. A save closes it with what else the correction
 * changed (questions, feedback), said under the story until it is opened again.
 */
function useEditor() {
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const openEditor = (): void => {
    setNotice('');
    setEditing(true);
  };
  const closeEditor = (saved = ''): void => {
    returnFocus.current = true;
    setEditing(false);
    setNotice(saved);
  };
  return { editing, openEditor, editButton, closeEditor, notice };
}

function StoryText({ text, highlight }: { text: string; highlight?: string | HighlightSegment[] }) {
  if (typeof highlight === 'string') return <Highlighted text={highlight} pattern={SEARCH_MARK} />;
  if (Array.isArray(highlight)) return <>{highlight.map((seg, i) => (seg.match ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}</>;
  return <>{text}</>;
}
