/** The user's stories as their opening words, each a link to that story on My stories. */
import { storyHref } from '../lib/routes.js';

export function StoryLinks({ stories }: { stories: ReadonlyArray<{ snippetId: string; excerpt: string }> }) {
  return (
    <ul>
      {stories.map((s) => (
        <li key={s.snippetId} className="story-quote">
          <a href={storyHref(s.snippetId)}>“{s.excerpt}”</a>
        </li>
      ))}
    </ul>
  );
}
