/**
 * Deleting a story forgets it everywhere the app copied it (issue #5), in the
 * same transaction as the delete:
 * - questions built on it: removed when never answered (generated material,
 *   nothing the user saved); when answered, kept with every attempt, their
 *   quote of the story replaced and their source text blanked;
 * - stored feedback: its citations of the story and the lines that quote it
 *   go; scores stay;
 * - any question's rationale that quotes it (a follow-up quotes its parent).
 * The user's own answers and voice transcripts are never changed: a story
 * remembered from an answer has the answer's words, and the answer stays —
 * so do feedback lines quoting that answer. Only the owner's rows are read.
 * Reading and writing the copies is shared with corrections (copies.ts, correct.ts).
 */
import type { Dialect } from '../../storage/dialect.js';
import { answeredIds, builtOn, loadFeedback, loadQuestions, removeQuestions, sameQuestion, saveFeedback, saveQuestions, scanQuestion, splitSource, type QuestionCopy, type StoryRef } from './copies.js';
import { storyWords } from './quotes.js';
import { RATIONALE_FALLBACK, redactFeedback, redactQuoted } from './redact.js';
import type { WorkHistoryDb } from './repository.js';

/** A story being deleted: its text, and the hash of its text before its first correction. */
export type ForgottenStory = StoryRef;

export interface ForgetCounts {
  questionsRemoved: number;
  questionsRedacted: number;
  feedbackRedacted: number;
}

export interface ForgetScope {
  /**
   * The owner's whole memory is being cleared: every question built on any
   * story goes and every story citation is dropped, including those of stories
   * deleted before this existed.
   */
  everything: boolean;
  dialect: Dialect;
}

/** Stories are matched a batch at a time, so clearing thousands holds a bounded index. */
const BATCH_CHARS = 2_000_000;

/** Story texts in batches of about BATCH_CHARS characters. */
function batches(stories: readonly ForgottenStory[]): string[][] {
  const out: string[][] = [];
  let size = Infinity;
  for (const s of stories) {
    if (size + s.text.length > BATCH_CHARS) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1]!.push(s.text);
    size += s.text.length;
  }
  return out;
}

/** A kept question built on a deleted story: its quote of the story replaced, its source text blanked. */
function unlink(q: QuestionCopy, stories: readonly ForgottenStory[], everything: boolean): QuestionCopy {
  // Its own source text is what it quotes, even when the story has been corrected since.
  const sources = everything ? [] : stories.filter((s) => builtOn(q.source_text, s)).map((s) => s.text);
  const words = storyWords([splitSource(q.source_text).text, ...sources]);
  return { ...q, text: redactQuoted(q.text, words), rationale: redactQuoted(q.rationale, words, RATIONALE_FALLBACK), source_text: '' };
}

/** The owner's questions built on the stories: the unanswered removed, the answered unlinked (not yet saved). */
async function handleBuiltOn(db: WorkHistoryDb, ownerId: string, stories: readonly ForgottenStory[], { everything, dialect }: ForgetScope) {
  const all = await loadQuestions(db, ownerId);
  const linked = all.filter((q) => q.source_kind === 'work_history' && (everything || stories.some((s) => builtOn(q.source_text, s))));
  const answered = await answeredIds(db, ownerId, linked.map((q) => q.id), dialect);
  const gone = new Set(linked.filter((q) => !answered.has(q.id)).map((q) => q.id));
  const removed = await removeQuestions(db, ownerId, [...gone]);
  const questions = all.filter((q) => !gone.has(q.id)).map((q) => (answered.has(q.id) ? unlink(q, stories, everything) : q));
  return { removed, questions, before: new Map(all.map((q) => [q.id, q])), builtOnDeleted: answered };
}

/** Forget these stories (already deleted in `db`, a transaction) in the owner's questions and stored feedback. */
export async function forgetCopies(db: WorkHistoryDb, ownerId: string, stories: readonly ForgottenStory[], scope: ForgetScope): Promise<ForgetCounts> {
  const { everything } = scope;
  const { removed, questions, before, builtOnDeleted } = await handleBuiltOn(db, ownerId, stories, scope);
  const deletedIds = new Set(stories.map((s) => s.id));
  const feedback = await loadFeedback(db, ownerId, everything ? null : deletedIds, builtOnDeleted);
  const isDeleted = (id: string): boolean => everything || deletedIds.has(id);
  let current = questions;
  // No stories left to match (a clear with none) still drops every citation.
  for (const texts of batches(stories).concat(stories.length ? [] : [[]])) {
    const words = storyWords(texts);
    current = current.map((q) => scanQuestion(q, words, builtOnDeleted.has(q.id)));
    for (const f of feedback) f.changed = redactFeedback(f.body, { words, kept: f.kept, isDeleted }) || f.changed;
  }
  const edited = current.filter((q) => !sameQuestion(q, before.get(q.id)));
  await saveQuestions(db, ownerId, edited);
  const changed = feedback.filter((f) => f.changed);
  await saveFeedback(db, ownerId, changed);
  return { questionsRemoved: removed, questionsRedacted: edited.length, feedbackRedacted: changed.length };
}
