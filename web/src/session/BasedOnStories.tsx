/**
 * "Based on your stories": which of the user's own stories shaped this
 * feedback, as their opening words, each a link to that story on "My
 * stories", where it can be corrected or deleted. Shown only when the coach
 * drew on one.
 */
import type { Feedback } from '../api/types.js';
import { StoryLinks } from './StoryLinks.js';

type Citations = NonNullable<Feedback['basedOn']>;

export function BasedOnStories({ stories }: { stories: Citations | undefined }) {
  if (!stories || stories.length === 0) return null;
  return (
    <aside className="based-on-stories" aria-label="Based on your stories">
      <h4>Based on your stories</h4>
      <StoryLinks stories={stories} />
      <p className="based-on-note">
        From <a href="#/stories">My stories</a>. Open a story to correct or delete what the coach remembers.
      </p>
    </aside>
  );
}
