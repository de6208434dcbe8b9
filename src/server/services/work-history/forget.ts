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
 */
import type { Dialect } from '../../storage/dialect.js';
import { contentHash } from '../../text/tokens.js';
import { normalForQuotes, QUOTE_CHARS, storyWords, type StoryWords } from './quotes.js';
import { RATIONALE_FALLBACK, redactFeedback, redactQuoted } from './redact.js';
import type { WorkHistoryDb } from './repository.js';

/** A story being deleted: its text, and the hash of its text before its first correction. */
export interface ForgottenStory {
  id: string;
  text: string;
  originalHash: string | null;
}

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

interface QuestionCopy {
  id: string;
  text: string;
  rationale: string;
  source_kind: string;
  source_text: string;
}

interface FeedbackCopy {
  id: string;
  body: Record<string, unknown>;
  /** The attempt's answer, its question and the cited stories that stay, normalised: their words are not the deleted story's. */
  kept: string[];
  changed: boolean;
}

/** Stories are matched a batch at a time, so clearing thousands holds a bounded index. */
const BATCH_CHARS = 2_000_000;
const IN_LIST = 500;

/** A coach asked to copy its source word for word may prefix the note's id, as notes are shown to it ("[id] text"). */
function splitSource(sourceText: string): { id: string | null; text: string } {
  const m = /^\s*\[([^\]\n]{1,80})\]\s*/.exec(sourceText);
  return m ? { id: m[1]!.trim(), text: sourceText.slice(m[0].length).trim() } : { id: null, text: sourceText.trim() };
}

/**
 * Whether a work_history question's source is this story: its id, its text
 * (now or before its first correction), or a word-for-word part of it of at
 * least QUOTE_CHARS characters (the AI coach copies its source word for word).
 */
function builtOn(sourceText: string, story: ForgottenStory): boolean {
  const src = splitSource(sourceText);
  if (src.id === story.id || src.text === story.text.trim()) return true;
  if (story.originalHash !== null && contentHash(src.text) === story.originalHash) return true;
  const part = normalForQuotes(src.text);
  return part.length >= QUOTE_CHARS && normalForQuotes(story.text).includes(part);
}

async function inChunks<T>(ids: string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_LIST) out.push(...(await run(ids.slice(i, i + IN_LIST))));
  return out;
}

/**
 * Of these questions, the ones with an attempt: a typed or spoken answer, or
 * voice-interview lines linked to it. On PostgreSQL the questions are locked
 * first: an answer being saved right now holds a key-share lock on its
 * question, so this waits for it and then sees it (and one saved after waits
 * for this delete) — a question is never removed, with its answer by cascade,
 * between this look and the delete. SQLite runs one transaction at a time.
 */
async function answeredIds(db: WorkHistoryDb, ownerId: string, ids: string[], dialect: Dialect): Promise<Set<string>> {
  if (dialect === 'postgres') await inChunks(ids, (chunk) => db.selectFrom('questions').select('id').where('owner_id', '=', ownerId).where('id', 'in', chunk).forUpdate().execute());
  const rows = await inChunks(ids, async (chunk) => [
    ...(await db.selectFrom('answers').select('question_id').where('owner_id', '=', ownerId).where('question_id', 'in', chunk).execute()),
    ...(await db.selectFrom('voice_transcript').select('question_id').where('owner_id', '=', ownerId).where('question_id', 'in', chunk).execute()),
  ]);
  return new Set(rows.flatMap((r) => (r.question_id ? [r.question_id] : [])));
}

async function removeQuestions(db: WorkHistoryDb, ownerId: string, ids: string[]): Promise<number> {
  const res = await inChunks(ids, (chunk) => db.deleteFrom('questions').where('owner_id', '=', ownerId).where('id', 'in', chunk).execute());
  return res.reduce((n, r) => n + Number(r.numDeletedRows), 0);
}

/**
 * The owner's stored feedback with the words beside it that stay even where a
 * deleted story has them too: the attempt's answer, its question (unless built
 * on a deleted story: a remembered answer starts with the question it
 * answered) and the other stories it cites.
 */
async function loadFeedback(db: WorkHistoryDb, ownerId: string, deleted: ReadonlySet<string> | null, builtOnDeleted: ReadonlySet<string>): Promise<FeedbackCopy[]> {
  const rows = await db
    .selectFrom('feedback as f')
    .innerJoin('answers as a', 'a.id', 'f.answer_id')
    .innerJoin('questions as q', 'q.id', 'a.question_id')
    .select(['f.id', 'f.body', 'a.text as answer', 'q.id as questionId', 'q.text as question'])
    .where('f.owner_id', '=', ownerId)
    .execute();
  const parsed = rows.map((r) => ({ ...r, body: JSON.parse(r.body) as Record<string, unknown> }));
  const stays = deleted ? await citedStories(db, ownerId, parsed.flatMap((f) => citedIds(f.body)).filter((id) => !deleted.has(id))) : new Map<string, string>();
  return parsed.map((f) => ({
    id: f.id,
    body: f.body,
    kept: [f.answer, builtOnDeleted.has(f.questionId) ? '' : f.question, ...citedIds(f.body).flatMap((id) => stays.get(id) ?? [])].map(normalForQuotes),
    changed: false,
  }));
}

function citedIds(body: Record<string, unknown>): string[] {
  const cited = Array.isArray(body.basedOn) ? (body.basedOn as unknown[]) : [];
  return cited.flatMap((c) => (c && typeof c === 'object' && typeof (c as { snippetId?: unknown }).snippetId === 'string' ? [(c as { snippetId: string }).snippetId] : []));
}

/** Texts of the owner's stories with these ids (the ones that stay). */
async function citedStories(db: WorkHistoryDb, ownerId: string, ids: string[]): Promise<Map<string, string>> {
  const rows = await inChunks([...new Set(ids)], (chunk) => db.selectFrom('work_history_snippets').select(['id', 'text']).where('owner_id', '=', ownerId).where('id', 'in', chunk).execute());
  return new Map(rows.map((r) => [r.id, r.text]));
}

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

/**
 * A question's rationale (any question: a follow-up's quotes its parent) and,
 * when built on a deleted story, its text, without these stories' words.
 * Words a question took from its own resume or job line are that document's.
 */
function scanQuestion(q: QuestionCopy, words: StoryWords, builtOnDeleted: boolean): QuestionCopy {
  const kept = q.source_kind === 'work_history' ? [] : [normalForQuotes(q.source_text)];
  const rationale = redactQuoted(q.rationale, words, RATIONALE_FALLBACK, kept);
  const text = builtOnDeleted ? redactQuoted(q.text, words) : q.text;
  return rationale === q.rationale && text === q.text ? q : { ...q, rationale, text };
}

const same = (a: QuestionCopy, b: QuestionCopy | undefined): boolean => a.text === b?.text && a.rationale === b.rationale && a.source_text === b.source_text;

async function saveQuestions(db: WorkHistoryDb, ownerId: string, edited: QuestionCopy[]): Promise<void> {
  for (const q of edited) {
    await db.updateTable('questions').set({ text: q.text, rationale: q.rationale, source_text: q.source_text }).where('owner_id', '=', ownerId).where('id', '=', q.id).execute();
  }
}

async function saveFeedback(db: WorkHistoryDb, ownerId: string, changed: FeedbackCopy[]): Promise<void> {
  for (const f of changed) await db.updateTable('feedback').set({ body: JSON.stringify(f.body) }).where('owner_id', '=', ownerId).where('id', '=', f.id).execute();
}

/** The owner's questions built on the stories: the unanswered removed, the answered unlinked (not yet saved). */
async function handleBuiltOn(db: WorkHistoryDb, ownerId: string, stories: readonly ForgottenStory[], { everything, dialect }: ForgetScope) {
  const all: QuestionCopy[] = await db.selectFrom('questions').select(['id', 'text', 'rationale', 'source_kind', 'source_text']).where('owner_id', '=', ownerId).execute();
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
  const edited = current.filter((q) => !same(q, before.get(q.id)));
  await saveQuestions(db, ownerId, edited);
  const changed = feedback.filter((f) => f.changed);
  await saveFeedback(db, ownerId, changed);
  return { questionsRemoved: removed, questionsRedacted: edited.length, feedbackRedacted: changed.length };
}
