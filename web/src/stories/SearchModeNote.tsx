/**
 * One quiet line under the search box saying how stories are found: by their
 * words, or also by meaning (an embedding model). While stories are still
 * getting vectors it shows progress and keeps asking every few seconds (and
 * slowly while the embedding service is down, which also lets the server retry);
 * keyword search works meanwhile, and the line says so.
 */
import { useEffect } from 'react';
import { getSearchStatus } from '../api/workHistory.js';
import type { SearchStatus } from '../api/types.js';
import { useLoad } from '../hooks/useLoad.js';

/** How often to ask again while stories are getting vectors, and while that is paused (the server paces its retries). */
const POLL_MS = { preparing: 2_000, paused: 15_000 } as const;

/** `refreshKey` changes when stories are added or removed, so the counts follow. */
export function SearchModeNote({ refreshKey }: { refreshKey: number }) {
  const status = useLoad(getSearchStatus, [refreshKey]);
  const s = status.data;
  const pending = s !== null && s.embeddingModel !== null && s.withVectors < s.stories;
  const { reload } = status;
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => void reload(), s.stalled ? POLL_MS.paused : POLL_MS.preparing);
    return () => clearTimeout(timer);
  }, [pending, s, reload]);
  if (!s) return null;
  return (
    <div className="search-mode muted small" role="status" aria-live="polite">
      <SearchModeText s={s} />
      {pending && !s.stalled && <progress max={s.stories} value={s.withVectors} aria-label="Stories prepared for search by meaning" />}
    </div>
  );
}

function SearchModeText({ s }: { s: SearchStatus }) {
  if (s.embeddingModel === null) return <p>Search matches your words, related words and common interview synonyms.</p>;
  if (s.withVectors >= s.stories) return <p>Search matches your words and their meaning.</p>;
  if (s.stalled) {
    return <p>Search by meaning is paused: the embedding service is not answering. Keyword search works meanwhile, and it retries on its own.</p>;
  }
  return (
    <p>
      Preparing search by meaning: {s.withVectors} of {s.stories} stories ready. Keyword search works meanwhile.
    </p>
  );
}
