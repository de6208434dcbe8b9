/**
 * Where an example answer's "Based on" entry links. The server writes a story
 * as `Your story: “excerpt”` (services/coaching.ts describeSource); resume
 * lines are plain text. DOM-free (tested in Node).
 */
import type { Feedback } from '../api/types.js';
import { storyHref } from '../lib/routes.js';

export type Citation = NonNullable<Feedback['basedOn']>[number];

export const STORY_PREFIX = 'Your story: ';

/** The story itself when `stories` names it, else My stories; null for a resume line. */
export function basedOnHref(entry: string, stories: readonly Citation[] = []): string | null {
  if (!entry.startsWith(STORY_PREFIX)) return null;
  const cited = stories.find((c) => entry === `${STORY_PREFIX}“${c.excerpt}”`);
  return cited ? storyHref(cited.snippetId) : '#/stories';
}
