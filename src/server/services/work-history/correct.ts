/**
 * Correcting a story corrects the copies the app made of it (issue #5), in the
 * same transaction as the new text. The words a correction removed are the
 * runs of the old text (25+ characters, quotes.ts) that the new text does not
 * hold; what both hold is still the story's and stays.
 * - An unanswered question built on the story: its quote of the story is
 *   rewritten to the new text when that quote is the story's opening, whole or
 *   cut short (the built-in coach's "You noted: “…”"); when it quoted removed
 *   words from elsewhere in the story, the question is removed (generated
 *   material nobody answered; which new words match an old middle part would be
 *   a guess). Its source becomes the new text.
 * - An answered question built on the story keeps its answers; removed words
 *   in it are replaced as a delete replaces them ("a story you have since
 *   corrected") and its source becomes the new text: it still cites the story.
 * - Any question's rationale quoting removed words: replaced likewise.
 * - Stored feedback: lines and sentences quoting removed words go as on a
 *   delete; its citation of the story stays, with the new opening words.
 * Scores, answers and voice transcripts never change. Only the owner's rows.
 */
import { storyExcerpt } from '../../coach/citations.js';
import { userWords } from '../../coach/story-text.js';
import type { Dialect } from '../../storage/dialect.js';
import { answeredIds, builtOn, loadFeedback, loadQuestions, removeQuestions, sameQuestion, saveFeedback, saveQuestions, scanQuestion, splitSource, type QuestionCopy } from './copies.js';
import { normalForQuotes, storyWords, type StoryWords } from './quotes.js';
import { CORRECTED_WORDING, QUOTED_SPAN, reciteStory, redactFeedback } from './redact.js';
import type { WorkHistoryDb } from './repository.js';
import type { CorrectCounts } from './types.js';

export interface CorrectedStory {
  id: string;
  /** Its text before this correction. */
  before: string;
  /** Its text now, already saved in the transaction. */
  after: string;
  /** The hash of its text before its first correction. */
  originalHash: string | null;
}

export const NOTHING_CORRECTED: CorrectCounts = { questionsRewritten: 0, questionsRemoved: 0, questionsRedacted: 0, feedbackRedacted: 0 };

/** A rewritten quote may be as long as the one it replaces, or as the built-in coach's quotes (110 characters). */
const QUOTE_MAX = 110;
const ELLIPSIS = /…\s*$/;

interface QuestionContext {
  story: CorrectedStory;
  /** The old text: its runs the new text lacks are the removed words. */
  words: StoryWords;
  /** The new text, normalised: its words stay. */
  kept: string[];
  linked: ReadonlySet<string>;
  answered: ReadonlySet<string>;
}

/**
 * On PostgreSQL, lock the story's row before reading it: a correction another
 * instance is making at this moment is waited for, so the text read is the one
 * being replaced and its copies are found. SQLite runs one transaction at a time.
 */
export async function lockStory(db: WorkHistoryDb, ownerId: string, id: string, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await db.selectFrom('work_history_snippets').select('seq').where('owner_id', '=', ownerId).where('id', '=', id).forUpdate().execute();
}

/** The source naming the story, now with its new text (a coach's "[id] " prefix kept). */
function newSource(source: string, after: string): string {
  const { id } = splitSource(source);
  return id === null ? after : `[${id}] ${after}`;
}

/**
 * The question text with its quotes of removed words rewritten to the new
 * text's opening, or null when such a quote is not the old text's opening or
 * removed words stand outside quotation marks.
 */
function rewriteQuote(text: string, { story, words, kept }: QuestionContext): string | null {
  // Questions and citations quote the user's own words (no question line, no STAR labels).
  const before = normalForQuotes(userWords(story.before));
  let lost = false;
  const next = text.replace(QUOTED_SPAN, (span) => {
    if (!words.quotedIn(span, kept)) return span;
    const inner = normalForQuotes(span.slice(1, -1).replace(ELLIPSIS, ''));
    lost ||= !before.startsWith(inner);
    return `${span[0]}${storyExcerpt(userWords(story.after), Math.max(inner.length, QUOTE_MAX))}${span.at(-1)}`;
  });
  return lost || words.quotedIn(next, kept) ? null : next;
}

/** One question after the correction; null when it goes. */
function correctQuestion(q: QuestionCopy, ctx: QuestionContext): QuestionCopy | null {
  if (!ctx.linked.has(q.id)) return scanQuestion(q, ctx.words, false, CORRECTED_WORDING, ctx.kept);
  // Its own source is what it quotes, even when that is the text before an earlier correction.
  const words = storyWords([splitSource(q.source_text).text, ctx.story.before]);
  const cited = { ...q, source_text: newSource(q.source_text, ctx.story.after) };
  if (ctx.answered.has(q.id)) return scanQuestion(cited, words, true, CORRECTED_WORDING, ctx.kept);
  const text = rewriteQuote(q.text, { ...ctx, words });
  return text === null ? null : scanQuestion({ ...cited, text }, words, false, CORRECTED_WORDING, ctx.kept);
}

async function correctQuestions(db: WorkHistoryDb, ownerId: string, story: CorrectedStory, dialect: Dialect) {
  const all = await loadQuestions(db, ownerId);
  const old = { id: story.id, text: story.before, originalHash: story.originalHash };
  const linked = new Set(all.filter((q) => q.source_kind === 'work_history' && builtOn(q.source_text, old)).map((q) => q.id));
  const answered = await answeredIds(db, ownerId, [...linked], dialect);
  const ctx: QuestionContext = { story, words: storyWords([story.before]), kept: [normalForQuotes(story.after)], linked, answered };
  const next = all.map((q) => ({ q, now: correctQuestion(q, ctx) }));
  const removed = await removeQuestions(db, ownerId, next.filter((n) => n.now === null).map((n) => n.q.id));
  const edited = next.flatMap(({ q, now }) => (now && !sameQuestion(now, q) ? [now] : []));
  await saveQuestions(db, ownerId, edited);
  const rewritten = edited.filter((q) => linked.has(q.id) && !answered.has(q.id)).length;
  return { linked, counts: { questionsRewritten: rewritten, questionsRemoved: removed, questionsRedacted: edited.length - rewritten } };
}

/**
 * Stored feedback without the removed words, its citations of the story
 * showing the new opening. Read after the story's row is saved, so a feedback
 * citing the story counts the new text's words as ones that stay.
 */
async function correctFeedback(db: WorkHistoryDb, ownerId: string, story: CorrectedStory, linked: ReadonlySet<string>): Promise<number> {
  const feedback = await loadFeedback(db, ownerId, new Set(), linked);
  const words = storyWords([story.before]);
  const after = normalForQuotes(story.after);
  const excerpt = storyExcerpt(userWords(story.after));
  const changed = feedback.filter((f) => {
    const recited = reciteStory(f.body, story.id, excerpt);
    return redactFeedback(f.body, { words, kept: [...f.kept, after], isDeleted: () => false, summary: CORRECTED_WORDING.summary }) || recited;
  });
  await saveFeedback(db, ownerId, changed);
  return changed.length;
}

/** Correct the owner's copies of a story whose new text is already saved in `db` (a transaction). */
export async function correctCopies(db: WorkHistoryDb, ownerId: string, story: CorrectedStory, dialect: Dialect): Promise<CorrectCounts> {
  const { linked, counts } = await correctQuestions(db, ownerId, story, dialect);
  return { ...counts, feedbackRedacted: await correctFeedback(db, ownerId, story, linked) };
}
