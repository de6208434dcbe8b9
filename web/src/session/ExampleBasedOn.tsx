/**
 * "Based on" under an example answer: resume lines as text, and each of the
 * user's stories as a link to My stories (as feedback's "Based on your
 * stories" does), where it can be corrected or deleted. A story links to
 * itself when the example carries its id (`stories`, see the lead's report),
 * else to the list.
 */
import type { ExampleAnswer } from '../api/types.js';
import { basedOnHref, STORY_PREFIX, type Citation } from './based-on.js';

/** `stories` is optional: examples stored before it, or a server without it, still render. */
type WithStories = ExampleAnswer & { stories?: Citation[] };

export function ExampleBasedOn({ example }: { example: WithStories }) {
  if (example.basedOn.length === 0) return null;
  return (
    <div className="based-on">
      <h4>Based on</h4>
      <ul>
        {example.basedOn.map((b, i) => {
          const href = basedOnHref(b, example.stories);
          return <li key={i}>{href ? <a href={href}>{b}</a> : b}</li>;
        })}
      </ul>
      {example.basedOn.some((b) => b.startsWith(STORY_PREFIX)) && (
        <p className="based-on-note">
          From <a href="#/stories">My stories</a>. Open a story to correct or delete what the coach remembers.
        </p>
      )}
    </div>
  );
}
