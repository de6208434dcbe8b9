/**
 * Citing the user's stories: how a work-history snippet is shown when a coach
 * drew on it (a short verbatim opening), and turning the ids a coach cites into
 * citations — only ids that were really handed to the coach survive, so a
 * coach can never point at a story the user does not have.
 */
import type { StoryCitation } from '../../shared/domain.js';
import type { GroundingSnippet } from './coach.js';
import { userWords } from './story-text.js';

const EXCERPT_CHARS = 90;
/** A word longer than this share of the limit is cut mid-word rather than dropped (40 of 90). */
const MIN_CUT_SHARE = 0.45;

/** The opening words of a story, whitespace collapsed, cut on a word boundary with "…" when long. */
export function storyExcerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(max * MIN_CUT_SHARE))).trimEnd()}…`;
}

/** Accepts "snippet:<id>", "[<id>]" (as the notes are shown to a model) or the bare id. */
function bareId(ref: string): string {
  const t = ref.trim().replace(/^\[(.*)\]$/, '$1').trim();
  return t.startsWith('snippet:') ? t.slice('snippet:'.length).trim() : t;
}

/**
 * Citations for the cited ids, in citation order, without repeats; ids that
 * were not among `snippets` (invented or mistyped) are dropped.
 */
export function citeStories(ids: readonly string[], snippets: readonly GroundingSnippet[]): StoryCitation[] {
  const out: StoryCitation[] = [];
  for (const ref of ids) {
    const snippet = snippets.find((s) => s.id === bareId(ref));
    if (!snippet || out.some((c) => c.snippetId === snippet.id)) continue;
    out.push({ snippetId: snippet.id, excerpt: storyExcerpt(userWords(snippet.text)) });
  }
  return out;
}
