/**
 * The live transcript, in conversation order: both speakers, deltas shown as
 * they arrive, a save mark per finished line (and "not saved" on a line its
 * call cut off), and checkboxes to pick lines for "remember this".
 */
import type { LiveItem } from './ordering.js';
import { RememberBox } from './RememberBox.js';
import type { SaveStatus } from './useTranscriptSaver.js';

interface Props {
  items: LiveItem[];
  status: Record<string, SaveStatus>;
  picked: Set<string>;
  onPick: (itemId: string, on: boolean) => void;
}

const SAVE_LABEL: Record<SaveStatus, string> = { saving: 'saving…', saved: 'saved', failed: 'not saved' };

/** After the text: "(cut off, not saved)" for a line its call ended, else the save status of a finished line. */
function SaveMark({ item, status }: { item: LiveItem; status: SaveStatus | undefined }) {
  if (item.cutOff) return <span className="muted small" data-save="cut-off"> ({item.text ? 'cut off, not saved' : 'cut off before it was transcribed, not saved'})</span>;
  if (!item.final || !status) return null;
  return <span className="muted small" data-save={status}> ({SAVE_LABEL[status]})</span>;
}

export function TranscriptView({ items, status, picked, onPick }: Props) {
  if (items.length === 0) return <p className="muted">The conversation will appear here as you talk.</p>;
  return (
    <ol className="realtime-transcript" aria-label="Voice transcript" aria-live="polite">
      {items.map((it) => (
        <li key={it.itemId} data-item-id={it.itemId} data-role={it.role} data-final={it.final ? 'true' : 'false'}>
          <strong>{it.role === 'coach' ? 'Coach' : 'You'}:</strong> <span className="realtime-text">{it.text || (it.cutOff ? '' : '…')}</span>
          <SaveMark item={it} status={status[it.itemId]} />
          {it.final && it.role === 'candidate' && status[it.itemId] === 'saved' && (
            <RememberBox text={it.text} checked={picked.has(it.itemId)} onChange={(on) => onPick(it.itemId, on)} />
          )}
        </li>
      ))}
    </ol>
  );
}
