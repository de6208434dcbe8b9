/**
 * A remembered answer is stored headed by the interviewer's question it answered,
 * on a line of its own: `Question: “…”` (work-history star-note.ts writes it). The
 * line gives the story its context on My stories, but it is the interviewer's
 * words, not the user's: a story is never quoted, cited or titled by it ("You
 * noted: “Question: …”" read as if the user had said it).
 */
export const QUESTION_LABEL = 'Question: ';
export const QUESTION_OPEN = `${QUESTION_LABEL}“`;
export const QUESTION_CLOSE = '”';

/** The question line at the start of a remembered story (its own curly quotes were made straight when stored). */
const QUESTION_LINE = /^\s*Question: “[^”\n]*”[ \t]*(?:\n|$)/;

/** The story in the user's own words: without the question line it may start with. */
export function storyBody(text: string): string {
  return text.replace(QUESTION_LINE, '');
}

/** The STAR labels a remembered story's lines carry ("Situation: …"): the outliner's, not the user's words. */
const STAR_LINE_LABEL = /^(?:Situation|Task|Action|Result|Impact): /gm;

/** Only the user's own words: without the question line and the STAR line labels, for quoting and titling. */
export function userWords(text: string): string {
  return storyBody(text).replace(STAR_LINE_LABEL, '');
}
