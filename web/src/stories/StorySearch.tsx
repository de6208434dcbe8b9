/** Search the stories; matched words are highlighted in each hit. */
import { useRef, useState, type FormEvent } from 'react';
import { searchSnippets } from '../api/workHistory.js';
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
}

export function StorySearch({ storyCount, query, onQuery, onChanged }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState(query);
  const [hits, setHits] = useState<SnippetHit[] | null>(null);
  const search = useAction(async (q: string) => setHits(await searchSnippets(q, 20)));

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
      <Status busy={search.busy}>
        {search.busy ? 'Searching…' : hits && query ? `${hits.length} ${hits.length === 1 ? 'story matches' : 'stories match'} “${query}”.` : ''}
      </Status>
      <StoryList label="Search results" entries={hits ?? []} onChanged={refresh} heading={heading} resetKey={query} />
    </section>
  );
}
