/** One story: its text (with search matches marked), where it came from, tags, delete. */
import { deleteSnippet } from '../api/workHistory.js';
import type { HighlightSegment, Snippet } from '../api/types.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Highlighted, SEARCH_MARK } from '../components/Highlighted.js';
import { useAction } from '../hooks/useAction.js';
import { formatDate } from '../labels.js';
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
  /** Called once the story is deleted, before `onChanged`. */
  onDeleted?: () => void;
}

export function StoryItem({ snippet: s, highlight, onChanged, onDeleted }: Props) {
  const remove = useAction(async () => {
    await deleteSnippet(s.id);
    onDeleted?.();
    await onChanged();
  });
  const preview = s.text.length > 60 ? `${s.text.slice(0, 60)}…` : s.text;
  return (
    <article className="card story">
      <p className="story-text">
        <StoryText text={s.text} highlight={highlight} />
      </p>
      <p className="muted small">
        {SOURCE_LABEL[s.source] ?? s.source} · {formatDate(s.createdAt)}
      </p>
      <TagEditor snippet={s} onSaved={onChanged} />
      <div className="actions">
        <ConfirmButton label="Delete" ariaLabel={`Delete story: ${preview}`} question="Delete this story?" onConfirm={() => remove.run()} disabled={remove.busy} />
      </div>
      <ErrorAlert message={remove.error} />
    </article>
  );
}

function StoryText({ text, highlight }: { text: string; highlight?: string | HighlightSegment[] }) {
  if (typeof highlight === 'string') return <Highlighted text={highlight} pattern={SEARCH_MARK} />;
  if (Array.isArray(highlight)) return <>{highlight.map((seg, i) => (seg.match ? <mark key={i}>{seg.text}</mark> : <span key={i}>{seg.text}</span>))}</>;
  return <>{text}</>;
}
