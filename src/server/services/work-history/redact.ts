/**
 * Rewriting what the app stored so it no longer holds a deleted story's words
 * (or the words a correction removed from it): a question keeps its shape with
 * the quote replaced ("You noted: “a story you have since deleted” Tell me the
 * full story…"); stored feedback loses the lines and sentences that quote the
 * story and, on a delete, its citations of it. Scores and everything else in
 * the feedback stay as they were.
 */
import type { StoryWords } from './quotes.js';

export const DELETED_STORY = 'a story you have since deleted';
/** When a question's text quotes the story outside quotation marks too. */
export const QUESTION_FALLBACK = `Tell me about ${DELETED_STORY}: what you did and what came of it.`;
export const RATIONALE_FALLBACK = `Built on ${DELETED_STORY}.`;
/** A summary every sentence of which quoted the story. */
export const SUMMARY_FALLBACK = `This feedback quoted ${DELETED_STORY}; those words were removed.`;

/** What stands where a story's words were taken out: inside quotation marks, and for a whole question, rationale or summary. */
export interface Wording {
  story: string;
  question: string;
  rationale: string;
  summary: string;
}

export const DELETED_WORDING: Wording = { story: DELETED_STORY, question: QUESTION_FALLBACK, rationale: RATIONALE_FALLBACK, summary: SUMMARY_FALLBACK };

const CORRECTED_STORY = 'a story you have since corrected';
/** After a correction: the story is still there, only the words it no longer holds are gone. */
export const CORRECTED_WORDING: Wording = {
  story: CORRECTED_STORY,
  question: `Tell me about ${CORRECTED_STORY}: what you did and what came of it.`,
  rationale: `Built on ${CORRECTED_STORY}.`,
  summary: 'This feedback quoted words you have since corrected in your story; they were removed.',
};

/** A span in curly or straight double quotes (nested curly quotes end at the first close). */
export const QUOTED_SPAN = /“[^”]*”|"[^"\n]*"/g;
const SENTENCE_END = /(?<=[.!?…”])\s+/;

/**
 * Quoted spans holding the story's words become “a story you have since
 * deleted” (`story`); `fallback` when its words remain outside quotation marks.
 * Words found in `kept` (normalised) are not the story's.
 */
export function redactQuoted(text: string, words: StoryWords, fallback = QUESTION_FALLBACK, kept: readonly string[] = [], story = DELETED_STORY): string {
  if (!words.quotedIn(text, kept)) return text;
  const replaced = text.replace(QUOTED_SPAN, (span) => (words.quotedIn(span, kept) ? `“${story}”` : span));
  return words.quotedIn(replaced, kept) ? fallback : replaced;
}

/** What decides, for one stored feedback, which words and citations go. */
export interface FeedbackRedaction {
  words: StoryWords;
  /** Normalised texts whose words stay even where a deleted story has them too: the attempt's answer, stories still kept. */
  kept: readonly string[];
  /** Whether a cited story id is one being deleted (a correction deletes none: the citation stays). */
  isDeleted(snippetId: string): boolean;
  /** What a summary becomes when every sentence of it quoted the story (default SUMMARY_FALLBACK). */
  summary?: string;
}

type Json = Record<string, unknown>;

const isJson = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The text without its sentences that quote the story; `fallback` when what is left still does. */
function dropSentences(text: string, r: FeedbackRedaction, fallback: string): string {
  if (!r.words.quotedIn(text, r.kept)) return text;
  const left = text.split(SENTENCE_END).filter((s) => !r.words.quotedIn(s, r.kept)).join(' ');
  return left && !r.words.quotedIn(left, r.kept) ? left : fallback;
}

/** Set `body[key]` to `next` when it differs; says whether it did. */
function put(body: Json, key: string, next: unknown, before: unknown): boolean {
  const same = Array.isArray(next) && Array.isArray(before) ? next.length === before.length : next === before;
  if (!same) body[key] = next;
  return !same;
}

function redactLines(body: Json, key: string, r: FeedbackRedaction): boolean {
  const lines = body[key];
  if (!Array.isArray(lines)) return false;
  return put(body, key, lines.filter((l) => typeof l !== 'string' || !r.words.quotedIn(l, r.kept)), lines);
}

function redactText(body: Json, key: string, r: FeedbackRedaction, fallback: string): boolean {
  const text = body[key];
  return typeof text === 'string' && put(body, key, dropSentences(text, r, fallback), text);
}

function redactCitations(body: Json, r: FeedbackRedaction): boolean {
  const cited = body.basedOn;
  if (!Array.isArray(cited)) return false;
  return put(body, 'basedOn', cited.filter((c) => !(isJson(c) && typeof c.snippetId === 'string' && r.isDeleted(c.snippetId))), cited);
}

function redactDimensions(body: Json, r: FeedbackRedaction): boolean {
  const dims = body.dimensions;
  if (!Array.isArray(dims)) return false;
  let changed = false;
  for (const d of dims.filter(isJson)) {
    changed = redactLines(d, 'evidence', r) || changed;
    changed = redactText(d, 'advice', r, '') || changed;
  }
  return changed;
}

/** Every string in a JSON value, one per line. */
function allText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(allText).join('\n');
  return isJson(value) ? Object.values(value).map(allText).join('\n') : '';
}

/**
 * Take a deleted story out of one stored feedback (parsed JSON, changed in
 * place): its citations, the lines that quote it (strengths, improvements,
 * evidence) and the sentences that do (summary, advice, follow-up). Returns
 * whether anything changed. Scores are never touched.
 */
export function redactFeedback(body: Json, r: FeedbackRedaction): boolean {
  const cited = redactCitations(body, r);
  // Most feedback never quoted the story: one look at all its text at once settles that.
  if (!r.words.quotedIn(allText(body), r.kept)) return cited;
  const changes = [
    cited,
    redactLines(body, 'strengths', r),
    redactLines(body, 'improvements', r),
    redactDimensions(body, r),
    redactText(body, 'summary', r, r.summary ?? SUMMARY_FALLBACK),
    redactText(body, 'followUpQuestion', r, ''),
  ];
  return changes.includes(true);
}

/**
 * Point one stored feedback's citations of a story at its current opening
 * words (`excerpt`), after a correction: the citation stays, its old words do
 * not. Returns whether anything changed.
 */
export function reciteStory(body: Json, snippetId: string, excerpt: string): boolean {
  if (!Array.isArray(body.basedOn)) return false;
  let changed = false;
  for (const c of body.basedOn.filter(isJson)) {
    if (c.snippetId !== snippetId || c.excerpt === excerpt) continue;
    c.excerpt = excerpt;
    changed = true;
  }
  return changed;
}
