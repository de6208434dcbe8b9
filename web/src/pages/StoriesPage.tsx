/**
 * "My stories": the user's work-history memory. Browse, search (with the
 * matched words highlighted), add, import a file, correct a story's words, edit tags, delete, clear.
 * Opened on one story (#/stories/:id, from a feedback card), that story comes first.
 */
import { useState } from 'react';
import { clearSnippets, listSnippets } from '../api/workHistory.js';
import { ConfirmButton } from '../components/ConfirmButton.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useAction } from '../hooks/useAction.js';
import { useLoad } from '../hooks/useLoad.js';
import { useTitle } from '../hooks/useTitle.js';
import { StoryAddForm } from '../stories/StoryAddForm.js';
import { StoryBrowser } from '../stories/StoryBrowser.js';
import { StoryFocus } from '../stories/StoryFocus.js';
import { StoryImport } from '../stories/StoryImport.js';
import { StorySearch } from '../stories/StorySearch.js';

const PAGE = 20;

export function StoriesPage({ storyId }: { storyId: string | null }) {
  const [offset, setOffset] = useState(0);
  const [query, setQuery] = useState('');
  useTitle('My stories');
  const page = useLoad(() => listSnippets({ limit: PAGE, offset }), [offset]);
  const clear = useAction(async () => {
    await clearSnippets();
    setOffset(0);
    await page.reload();
  });
  const total = page.data?.total ?? 0;

  return (
    <div className="stack">
      <h1>My stories</h1>
      <p className="lead">
        Your own work stories. The coach uses them to aim questions at your real experience and to build example answers — it never
        invents new ones.
      </p>
      {storyId && <StoryFocus id={storyId} onChanged={page.reload} />}
      <StorySearch storyCount={total} query={query} onQuery={setQuery} onChanged={page.reload} />
      <div className="two-col">
        <StoryAddForm onAdded={page.reload} />
        <StoryImport onImported={page.reload} />
      </div>
      {!query && (
        <StoryBrowser page={page} offset={offset} pageSize={PAGE} onOffset={setOffset} />
      )}
      {total > 0 && (
        <section className="panel danger-zone" aria-labelledby="clear-heading">
          <h2 id="clear-heading">Forget everything</h2>
          <p>
            Delete {total === 1 ? 'your one story' : `all ${total} stories`}. New questions, feedback and example answers will no longer draw on{' '}
            {total === 1 ? 'it' : 'them'}. Your sessions and answers stay, and feedback and study guides you already have keep the quotes they made
            from your stories.
          </p>
          <ConfirmButton
            label="Delete all stories"
            question={`Delete ${total === 1 ? 'your one story' : `all ${total} stories`}? This cannot be undone. Past feedback and study guides keep the quotes they already made.`}
            confirmLabel="Yes, delete all"
            onConfirm={() => clear.run()}
            disabled={clear.busy}
          />
          <ErrorAlert message={clear.error} />
        </section>
      )}
    </div>
  );
}
