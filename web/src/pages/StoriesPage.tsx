/**
 * "My stories": the user's work-history memory. Browse, search (with the
 * matched words highlighted), add, import a file, correct a story's words, edit tags, delete, clear.
 * Opened on one story (#/stories/:id, from a feedback card), that story comes first. A single
 * delete is said beside where focus lands (StoryList, StoryFocus); "Delete all" is said here.
 */
import { useEffect, useRef, useState } from 'react';
import type { SnippetPage } from '../api/types.js';
import { clearSnippets, listSnippets } from '../api/workHistory.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';
import { useLoad } from '../hooks/useLoad.js';
import { useTitle } from '../hooks/useTitle.js';
import { ForgetEverything } from '../stories/ForgetEverything.js';
import { forgetMessage } from '../stories/forget-message.js';
import { StoryAddForm } from '../stories/StoryAddForm.js';
import { StoryBrowser } from '../stories/StoryBrowser.js';
import { StoryFocus } from '../stories/StoryFocus.js';
import { StoryImport } from '../stories/StoryImport.js';
import { StorySearch } from '../stories/StorySearch.js';

const PAGE = 20;
const NO_MATCHES: SnippetPage = { items: [], total: 0 };

export function StoriesPage({ storyId }: { storyId: string | null }) {
  const [offset, setOffset] = useState(0);
  const [query, setQuery] = useState('');
  useTitle('My stories');
  const page = useLoad(() => listSnippets({ limit: PAGE, offset }), [offset]);
  const all = useAllMatches(query);
  const onQuery = (q: string): void => {
    setQuery(q);
    all.reset();
  };
  const showingAll = query !== '' && all.of === query;
  const { heading, notice, setNotice, clear } = useClearAll(async () => {
    setOffset(0);
    await page.reload();
  });
  const added = async (): Promise<void> => {
    setNotice('');
    await page.reload();
  };
  const { listVersion, focusStale, listChanged } = useListVersion(page.reload);
  const total = page.data?.total ?? 0;

  return (
    <div className="stack stories-page">
      <h1 ref={heading} tabIndex={-1}>My stories</h1>
      <p className="lead">
        Your own work stories. The coach uses them to aim questions at your real experience and to build example answers — it never
        invents new ones.
      </p>
      {/* After "Delete all" its section is gone: say so here, where focus lands. */}
      <Status>{notice}</Status>
      {storyId && <StoryFocus key={storyId} id={storyId} version={listVersion} onChanged={page.reload} />}
      <StorySearch storyCount={total} query={query} onQuery={onQuery} onChanged={listChanged} onShowAll={all.show} showingAll={showingAll} />
      {showingAll && all.page.data && (
        <StoryBrowser page={all.page} offset={all.offset} pageSize={PAGE} onOffset={all.setOffset} title={`Every story with “${query}”`} onChanged={listChanged} focusOnShow />
      )}
      <div className="two-col">
        <StoryAddForm onAdded={added} />
        <StoryImport onImported={added} />
      </div>
      {!query && (
        <StoryBrowser page={page} offset={offset} pageSize={PAGE} onOffset={setOffset} onChanged={focusStale} />
      )}
      {total > 0 && <ForgetEverything total={total} busy={clear.busy} error={clear.error} onClear={() => clear.run()} />}
    </div>
  );
}

/**
 * A change made in the lists (delete, correct, tags) must show in the story
 * opened above them too: `listVersion` counts them. `listChanged` also reloads
 * the page's own list (for changes made in the search results).
 */
function useListVersion(reloadList: () => Promise<void>) {
  const [listVersion, setListVersion] = useState(0);
  const focusStale = async (): Promise<void> => setListVersion((v) => v + 1);
  const listChanged = async (): Promise<void> => {
    await focusStale();
    await reloadList();
  };
  return { listVersion, focusStale, listChanged };
}

/** "Delete all": clear, reload the list (`afterClear`), say what went, focus the page heading. */
function useClearAll(afterClear: () => Promise<void>) {
  const { heading, markCleared } = useClearedFocus();
  // What "Delete all" removed; an added story makes it old news.
  const [notice, setNotice] = useState('');
  const clear = useAction(async () => {
    const result = await clearSnippets();
    await afterClear();
    setNotice(forgetMessage(result, true));
    markCleared();
  });
  return { heading, notice, setNotice, clear };
}

/** After "Yes, delete all" the whole section goes: focus the page heading (the status under it says what happened). */
function useClearedFocus() {
  const [cleared, setCleared] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (cleared > 0) heading.current?.focus();
  }, [cleared]);
  return { heading, markCleared: () => setCleared((n) => n + 1) };
}

/** "See all" after a search: every story holding the query's words, paged like the full list. */
function useAllMatches(query: string) {
  const [of, setOf] = useState('');
  const [offset, setOffset] = useState(0);
  const page = useLoad(() => (of ? listSnippets({ limit: PAGE, offset, q: of }) : Promise.resolve(NO_MATCHES)), [of, offset]);
  const reset = (): void => {
    setOf('');
    setOffset(0);
  };
  return { of: query ? of : '', page, offset, setOffset, show: setOf, reset };
}
