/** Search the stories; matched words are highlighted in each hit. */
import { useRef, useState, type FormEvent } from 'react';
import { listSnippets, searchSnippets } from '../api/workHistory.js';
import type { SnippetHit } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Status } from '../components/Status.js';
import { useAction } from '../hooks/useAction.js';
import { SearchModeNote } from './SearchModeNote.js';
import { StoryList } from './StoryList.js';

interface Props {
  /** Changes when stories are added or removed (the search-mode line follows it). */
  storyCount: number;
  query: string;
  onQuery: (q: string) => void;
  onChanged: () => Promise<void>;
  /** List every story holding all of the query's words (paged), beyond the best matches shown here. */
  onShowAll: (q: string) => void;
  /** Every match is listed below (after "See all"): the best matches are not repeated here. */
  showingAll: boolean;
}

/** The best matches shown; how many stories hold every word is counted separately. */
const BEST = 20;

/** What the search found, said honestly: the best matches are not all the matches. */
export function searchStatus(query: string, shown: number, holdingAll: number): string {
  if (shown === 0) return `No story matches “${query}”.`;
  if (holdingAll > shown) return `The ${shown} best matches for “${query}”. ${holdingAll} stories hold all of its words.`;
  return `${shown} ${shown === 1 ? 'story matches' : 'stories match'} “${query}”.`;
}

/** The search's status line, and "See all" when more stories hold the words than are shown. */
function SearchSummary(p: { busy: boolean; query: string; shown: number | null; holdingAll: number; onShowAll: (() => void) | null }) {
  const found = !p.busy && p.shown !== null && p.query !== '';
  return (
    <>
      <Status busy={p.busy}>{p.busy ? 'Searching…' : found ? searchStatus(p.query, p.shown!, p.holdingAll) : ''}</Status>
      {found && p.onShowAll && p.holdingAll > p.shown! && (
        <button type="button" className="button secondary" onClick={p.onShowAll}>
          See all {p.holdingAll} matching stories
        </button>
      )}
    </>
  );
}

/** The best matches for a query, and how many stories hold all of its words. */
function useSearchHits() {
  const [hits, setHits] = useState<SnippetHit[] | null>(null);
  const [holdingAll, setHoldingAll] = useState(0);
  const search = useAction(async (q: string) => {
    const [best, all] = await Promise.all([searchSnippets(q, BEST), listSnippets({ q, limit: 1 })]);
    setHits(best);
    setHoldingAll(all.total);
  });
  return { hits, setHits, holdingAll, search };
}

export function StorySearch({ storyCount, query, onQuery, onChanged, onShowAll, showingAll }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState(query);
  const { hits, setHits, holdingAll, search } = useSearchHits();

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const q = text.trim();
    onQuery(q);
    if (q) void search.run(q);
    else setHits(null);
  };
  const reset = (): void => {
    setText('');
    setHits(null);
    onQuery('');
  };
  const refresh = async (): Promise<void> => {
    await onChanged();
    if (query) await search.run(query);
  };

  return (
    <section className="panel" aria-labelledby="search-heading">
      {/* Focusable by script only: where focus goes when the last result is deleted. */}
      <h2 id="search-heading" ref={heading} tabIndex={-1}>Search</h2>
      <form className="search-form" role="search" onSubmit={submit}>
        <label htmlFor="story-search">Search your stories</label>
        <div className="search-row">
          <input id="story-search" type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. cut cloud costs, mentoring" />
          <button type="submit" className="button primary">Search</button>
          {query && <button type="button" className="button secondary" onClick={reset}>Show all</button>}
        </div>
      </form>
      <SearchModeNote refreshKey={storyCount} />
      <ErrorAlert message={search.error} />
      <SearchSummary busy={search.busy} query={query} shown={hits?.length ?? null} holdingAll={holdingAll} onShowAll={showingAll ? null : () => onShowAll(query)} />
      <StoryList
        label="Search results"
        entries={showingAll ? [] : (hits ?? [])}
        onChanged={refresh}
        heading={heading}
        resetKey={query}
        leftAfterCorrection={`The corrected story no longer matches “${query}”.`}
      />
    </section>
  );
}
