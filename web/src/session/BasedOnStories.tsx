/**
 * "Based on your stories": which of the user's own stories shaped this
 * feedback, as their opening words. Shown only when the coach drew on one;
 * stories have no per-story address, so the list is text with one link to
 * the page where they can be corrected or deleted.
 */
import type { Feedback } from '../api/types.js';

type Citations = NonNullable<Feedback['basedOn']>;

export function BasedOnStories({ stories }: { stories: Citations | undefined }) {
  if (!stories || stories.length === 0) return null;
  return (
    <aside className="based-on-stories" aria-label="Based on your stories">
      <h4>Based on your stories</h4>
      <ul>
        {stories.map((s) => (
          <li key={s.snippetId} className="story-quote">“{s.excerpt}”</li>
        ))}
      </ul>
      <p className="based-on-note">
        From <a href="#/stories">My stories</a>, where you can correct or delete what the coach remembers.
      </p>
    </aside>
  );
}
