/**
 * One story, opened from "Based on your stories" on a feedback card: shown
 * first, with its tags and delete, so the user can correct or remove exactly
 * what the coach drew on. A story deleted since says so instead of failing.
 * Deleted here, focus goes to this section's heading and the result is said
 * just under it: the section stays, and it is where the user was.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { ApiError } from '../api/client.js';
import type { ForgetResult, Snippet } from '../api/types.js';
import { getSnippet } from '../api/workHistory.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useLoad } from '../hooks/useLoad.js';
import { forgetMessage } from './forget-message.js';
import { StoryItem } from './StoryItem.js';

/** The story, or null when it no longer exists (deleted here or elsewhere). */
async function loadStory(id: string): Promise<Snippet | null> {
  try {
    return await getSnippet(id);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

interface Props {
  id: string;
  /** Changes when the lists below change a story (delete, correct, tags): the story is loaded again. */
  version?: number;
  onChanged: () => void | Promise<void>;
}

export function StoryFocus({ id, version = 0, onChanged }: Props) {
  const story = useLoad(() => loadStory(id), [id, version]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving from a link, keyboard and screen-reader users start at the story, not the page top.
  useEffect(() => heading.current?.focus(), []);
  const { said, deletedRef, markDeleted } = useDeletedHere(heading);
  const changed = async (): Promise<void> => {
    if (!deletedRef.current) await story.reload();
    await onChanged();
  };
  const deleted = said !== '';
  const gone = deleted || (!story.loading && !story.error && !story.data);
  return (
    <section className="panel story-focus" aria-labelledby="story-focus-heading">
      <h2 id="story-focus-heading" ref={heading} tabIndex={-1}>
        The story the coach used
      </h2>
      <ErrorAlert message={story.error} />
      {story.loading && !story.data ? <Status busy>Loading the story…</Status> : null}
      {/* Empty until deleted here: a region already in the page is one screen readers announce. */}
      <Status>{said}</Status>
      {story.data && !deleted && <StoryItem snippet={story.data} onChanged={changed} onDeleted={markDeleted} />}
      {gone && <p className="muted">This story is no longer in your memory: it has been deleted.</p>}
      <p>
        <a href="#/stories">Show all stories</a>
      </p>
    </section>
  );
}

/**
 * Deleted here: say what else forgot it, and put focus on the heading before the
 * story's own clean-up runs. (A ref as well as state: `changed` runs right after
 * the delete, before a re-render, and must not ask the server for the story.)
 */
function useDeletedHere(heading: RefObject<HTMLHeadingElement | null>) {
  const [said, setSaid] = useState('');
  const deletedRef = useRef(false);
  useLayoutEffect(() => {
    if (said) heading.current?.focus();
  }, [said, heading]);
  const markDeleted = (result: ForgetResult): void => {
    deletedRef.current = true;
    setSaid(forgetMessage(result, false));
  };
  return { said, deletedRef, markDeleted };
}
