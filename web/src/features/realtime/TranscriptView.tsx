/**
 * The live transcript, in conversation order: both speakers, deltas shown as
 * they arrive, a save mark per finished line, and checkboxes to pick lines
 * for "remember this".
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

export function TranscriptView({ items, status, picked, onPick }: Props) {
  if (items.length === 0) return <p className="muted">The conversation will appear here as you talk.</p>;
  return (
    <ol className="realtime-transcript" aria-label="Voice transcript" aria-live="polite">
      {items.map((it) => (
        <li key={it.itemId} data-item-id={it.itemId} data-role={it.role} data-final={it.final ? 'true' : 'false'}>
          <strong>{it.role === 'coach' ? 'Coach' : 'You'}:</strong> <span className="realtime-text">{it.text || '…'}</span>
          {it.final && status[it.itemId] && <span className="muted small" data-save={status[it.itemId]}> ({SAVE_LABEL[status[it.itemId]!]})</span>}
          {it.final && it.role === 'candidate' && status[it.itemId] === 'saved' && (
            <RememberBox text={it.text} checked={picked.has(it.itemId)} onChange={(on) => onPick(it.itemId, on)} />
          )}
        </li>
      ))}
    </ol>
  );
}
