/**
 * A list of stories (all of them, or search results) that keeps keyboard and
 * screen-reader users in place when a story leaves it — deleted, or corrected so
 * that it no longer matches the search: focus goes to the story that took its
 * place (the one before it when it was the last, the section's heading when none
 * is left), and what happened is said in the live region just above that story
 * (under the list when it was the last).
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { HighlightSegment, Snippet } from '../api/types.js';
import { Status } from '../components/Status.js';
import { forgetMessage } from './forget-message.js';
import { StoryItem } from './StoryItem.js';

export interface StoryEntry {
  snippet: Snippet;
  highlight?: string | HighlightSegment[];
}

interface Props {
  /** The list's accessible name ("Stories", "Search results"). */
  label: string;
  entries: StoryEntry[];
  onChanged: () => void | Promise<void>;
  /** The section's heading (tabIndex -1): where focus goes when the last story here is deleted. */
  heading: RefObject<HTMLElement | null>;
  /** The page or query shown: when it changes, the last delete's message no longer belongs here. */
  resetKey: string;
  /** Said after a correction's own message when the corrected story left the list (search results). */
  leftAfterCorrection?: string;
}

export function StoryList({ label, entries, onChanged, heading, resetKey, leftAfterCorrection = 'It is no longer in this list.' }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const ids = entries.map((e) => e.snippet.id);
  const { leaving, saidBefore, saidAfter } = useLeaveLanding(ids, resetKey, list, heading);
  return (
    <>
      {entries.length > 0 && (
        <ul ref={list} className="card-list" aria-label={label}>
          {entries.map(({ snippet, highlight }) => (
            <li key={snippet.id} data-story-id={snippet.id}>
              {/* Empty until a delete lands here: a region already in the page is one screen readers announce. */}
              <Status>{saidBefore(snippet.id)}</Status>
              <StoryItem
                snippet={snippet}
                highlight={highlight}
                onChanged={onChanged}
                onDeleted={(r) => leaving(snippet.id, forgetMessage(r, false), 'delete')}
                onCorrected={(message) => leaving(snippet.id, `${message} ${leftAfterCorrection}`, 'correct')}
              />
            </li>
          ))}
        </ul>
      )}
      <Status>{saidAfter}</Status>
    </>
  );
}

interface Pending {
  id: string;
  /** A deleted story always leaves; a corrected one only when it no longer matches. */
  kind: 'delete' | 'correct';
  index: number;
  message: string;
  resetKey: string;
}

/** The last delete's message and where it is said: above the story now in its place, or (null) under the list. */
interface Said {
  beforeId: string | null;
  message: string;
  resetKey: string;
}

/**
 * Remembers a delete or correction until the reloaded list no longer has the
 * story, then moves focus (before the removed item's own clean-up could drop it
 * on a heading without a ring, or on nothing) and says the result beside the new
 * focus. A corrected story still listed keeps its own message and focus.
 */
function useLeaveLanding(ids: string[], resetKey: string, list: RefObject<HTMLUListElement | null>, heading: RefObject<HTMLElement | null>) {
  const pending = useRef<Pending | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const idList = ids.join(' ');
  // A layout effect: it runs before the removed item's passive clean-up (ConfirmButton's fallback focus).
  useLayoutEffect(() => {
    const p = pending.current;
    const now = idList ? idList.split(' ') : [];
    if (!p) return;
    if (now.includes(p.id)) {
      if (p.kind === 'correct') pending.current = null;
      return;
    }
    pending.current = null;
    if (p.resetKey !== resetKey) return; // another page or query since: nothing here took its place
    const beforeId = now[p.index] ?? null;
    focusLanding(list.current, beforeId ?? now[p.index - 1] ?? null, heading.current);
    setSaid({ beforeId, message: p.message, resetKey });
  }, [idList, resetKey, list, heading]);

  const leaving = (id: string, message: string, kind: Pending['kind']): void => {
    pending.current = { id, kind, index: ids.indexOf(id), message, resetKey };
    // Empty the region first, so the same words after the next delete are announced again.
    setSaid(null);
  };
  const current = said?.resetKey === resetKey ? said : null;
  return {
    leaving,
    saidBefore: (id: string): string => (current?.beforeId === id ? current.message : ''),
    saidAfter: current && current.beforeId === null ? current.message : '',
  };
}

/** The story's first control (its "Edit tags"), or the heading when no story is left. */
function focusLanding(list: HTMLUListElement | null, storyId: string | null, heading: HTMLElement | null): void {
  const item = storyId ? list?.querySelector<HTMLElement>(`li[data-story-id="${CSS.escape(storyId)}"]`) : null;
  const control = item?.querySelector<HTMLElement>('button, a[href], input, textarea, select');
  (control ?? heading)?.focus();
}
