/** A paged list of stories: all of them newest first, or every story holding a search's words. */
import { useEffect, useRef } from 'react';
import type { SnippetPage } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import type { Loaded } from '../hooks/useLoad.js';
import { StoryList } from './StoryList.js';

interface Props {
  page: Loaded<SnippetPage>;
  offset: number;
  pageSize: number;
  onOffset: (offset: number) => void;
  /** The list's heading (default "All stories"). */
  title?: string;
  /** Reloads whatever else a delete changes (the page's story count). */
  onChanged?: () => Promise<void>;
  /** Focus the heading when shown (it replaces the button that asked for it). */
  focusOnShow?: boolean;
}

export function StoryBrowser({ page, offset, pageSize, onOffset, title = 'All stories', onChanged, focusOnShow = false }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the list first shows
  useEffect(() => void (focusOnShow && heading.current?.focus()), []);
  const items = page.data?.items ?? [];
  const total = page.data?.total ?? 0;
  const last = Math.min(offset + items.length, total);
  return (
    <section className="panel" aria-labelledby="all-stories-heading">
      {/* Focusable by script only: where focus goes when the last story on the page is deleted. */}
      <h2 id="all-stories-heading" ref={heading} tabIndex={-1}>{title}{total > 0 ? ` (${total})` : ''}</h2>
      <ErrorAlert message={page.error} />
      {page.loading && !page.data ? <Status busy>Loading stories…</Status> : null}
      {page.data && total === 0 && <p className="muted">No stories yet. Add one above, import a file, or remember an answer from a session.</p>}
      <StoryList label="Stories" entries={items.map((snippet) => ({ snippet }))} onChanged={async () => { await page.reload(); await onChanged?.(); }} heading={heading} resetKey={String(offset)} />
      {total > pageSize && (
        <nav className="pager" aria-label="Story pages">
          <button type="button" className="button secondary" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - pageSize))}>
            Newer
          </button>
          <span>{offset + 1}–{last} of {total}</span>
          <button type="button" className="button secondary" disabled={last >= total} onClick={() => onOffset(offset + pageSize)}>
            Older
          </button>
        </nav>
      )}
    </section>
  );
}
