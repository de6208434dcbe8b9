/**
 * A list of stories (all of them, or search results) that keeps keyboard and
 * screen-reader users in place when a story leaves it — deleted, or corrected so
 * that it no longer matches the search: focus goes to the story that took its
 * place (the one before it when it was the last, the section's heading when none
 * is left), and what happened is said in the live region just above that story
 * (under the list when it was the last).
 */
import { useRef, type RefObject } from 'react';
import type { HighlightSegment, Snippet } from '../api/types.js';
import { Status } from '../components/Status.js';
import { useLeaveLanding } from '../hooks/useLeaveLanding.js';
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
  const { leaving, saidBefore, saidAfter } = useLeaveLanding({ ids, list, itemAttr: 'data-story-id', heading, resetKey });
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
                onDeleted={(r) => leaving(snippet.id, forgetMessage(r, false))}
                onCorrected={(message) => leaving(snippet.id, `${message} ${leftAfterCorrection}`, true)}
              />
            </li>
          ))}
        </ul>
      )}
      <Status>{saidAfter}</Status>
    </>
  );
}
