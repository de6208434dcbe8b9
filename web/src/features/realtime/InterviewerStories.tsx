/**
 * "The interviewer knows these of your stories": the stories that went into the
 * live interviewer's instructions for this call, each a link to correct or
 * delete it on My stories. The interviewer may mention any of them, so the user
 * should be able to see which.
 */
import type { StoryCitation } from './api.js';
import { StoryLinks } from '../../session/StoryLinks.js';

export function InterviewerStories({ stories }: { stories: readonly StoryCitation[] | null }) {
  if (!stories) return null;
  if (stories.length === 0) return <p className="hint">The interviewer was given none of your stories (add some on My stories to hear it ask about them).</p>;
  return (
    <aside className="based-on-stories" aria-label="Stories the interviewer knows">
      <h3>The interviewer knows these of your stories</h3>
      <StoryLinks stories={stories} />
    </aside>
  );
}
