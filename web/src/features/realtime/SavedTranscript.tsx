/**
 * The transcript saved on the server (earlier calls included), collapsed under
 * the live view: each question's first line says which question it is, and the
 * candidate's lines can be picked for "remember this" here too (after a reload
 * this is the only place they are).
 */
import type { ReactNode } from 'react';
import type { SavedItem } from './api.js';
import { RememberBox } from './RememberBox.js';

interface Props {
  items: SavedItem[];
  /** Session questions in order, to name the question a line is linked to. */
  questionIds: string[];
  picked: Set<string>;
  onPick: (itemId: string, on: boolean) => void;
  /** The "Remember … as a story" button, shown inside when a saved line is picked. */
  rememberAction?: ReactNode;
}

export function SavedTranscript({ items, questionIds, picked, onPick, rememberAction }: Props) {
  if (items.length === 0) return null;
  const anyPicked = items.some((it) => picked.has(it.itemId));
  return (
    <details className="realtime-saved">
      <summary>Saved transcript ({items.length} {items.length === 1 ? 'line' : 'lines'})</summary>
      <ol className="realtime-transcript" aria-label="Saved voice transcript">
        {items.map((it, i) => {
          const n = it.questionId ? questionIds.indexOf(it.questionId) + 1 : 0;
          const starts = n > 0 && it.questionId !== items[i - 1]?.questionId;
          return (
            <li key={it.id} data-role={it.role} data-final="true" data-question={it.questionId ?? ''}>
              {starts && <span className="realtime-qtag">Question {n}</span>}
              <strong>{it.role === 'coach' ? 'Coach' : 'You'}:</strong> <span className="realtime-text">{it.text}</span>
              {it.role === 'candidate' && <RememberBox text={it.text} checked={picked.has(it.itemId)} onChange={(on) => onPick(it.itemId, on)} />}
            </li>
          );
        })}
      </ol>
      {anyPicked && rememberAction}
    </details>
  );
}
