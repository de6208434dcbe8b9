/**
 * The rows where the app copied a story's words (questions built on it, any
 * question's rationale, stored feedback), read and written for one owner. Both
 * deleting a story (forget.ts) and correcting it (correct.ts) go through here:
 * which questions are built on a story, which of them have an attempt (locked
 * on PostgreSQL), and the words beside each feedback that are not the story's.
 */
import type { Dialect } from '../../storage/dialect.js';
import { contentHash } from '../../text/tokens.js';
import { normalForQuotes, QUOTE_CHARS, type StoryWords } from './quotes.js';
import { DELETED_WORDING, redactQuoted, type Wording } from './redact.js';
import type { WorkHistoryDb } from './repository.js';

/** A story whose copies are looked for: its text, and the hash of its text before its first correction. */
export interface StoryRef {
  id: string;
  text: string;
  originalHash: string | null;
}

export interface QuestionCopy {
  id: string;
  text: string;
  rationale: string;
  source_kind: string;
  source_text: string;
}

export interface FeedbackCopy {
  id: string;
  body: Record<string, unknown>;
  /** The attempt's answer, its question and the cited stories that stay, normalised: their words are not the story's. */
  kept: string[];
  changed: boolean;
}

const IN_LIST = 500;

/** A coach asked to copy its source word for word may prefix the note's id, as notes are shown to it ("[id] text"). */
export function splitSource(sourceText: string): { id: string | null; text: string } {
  const m = /^\s*\[([^\]\n]{1,80})\]\s*/.exec(sourceText);
  return m ? { id: m[1]!.trim(), text: sourceText.slice(m[0].length).trim() } : { id: null, text: sourceText.trim() };
}

/**
 * Whether a work_history question's source is this story: its id, its text
 * (now or before its first correction), or a word-for-word part of it of at
 * least QUOTE_CHARS characters (the AI coach copies its source word for word).
 */
export function builtOn(sourceText: string, story: StoryRef): boolean {
  const src = splitSource(sourceText);
  if (src.id === story.id || src.text === story.text.trim()) return true;
  if (story.originalHash !== null && contentHash(src.text) === story.originalHash) return true;
  const part = normalForQuotes(src.text);
  return part.length >= QUOTE_CHARS && normalForQuotes(story.text).includes(part);
}

export async function inChunks<T>(ids: string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_LIST) out.push(...(await run(ids.slice(i, i + IN_LIST))));
  return out;
}

/**
 * Of these questions, the ones with an attempt: a typed or spoken answer, or
 * voice-interview lines linked to it. On PostgreSQL the questions are locked
 * first: an answer being saved right now holds a key-share lock on its
 * question, so this waits for it and then sees it (and one saved after waits
 * for this transaction) — a question is never removed, with its answer by
 * cascade, between this look and the delete. SQLite runs one transaction at a time.
 */
export async function answeredIds(db: WorkHistoryDb, ownerId: string, ids: string[], dialect: Dialect): Promise<Set<string>> {
  if (dialect === 'postgres') await inChunks(ids, (chunk) => db.selectFrom('questions').select('id').where('owner_id', '=', ownerId).where('id', 'in', chunk).forUpdate().execute());
  const rows = await inChunks(ids, async (chunk) => [
    ...(await db.selectFrom('answers').select('question_id').where('owner_id', '=', ownerId).where('question_id', 'in', chunk).execute()),
    ...(await db.selectFrom('voice_transcript').select('question_id').where('owner_id', '=', ownerId).where('question_id', 'in', chunk).execute()),
  ]);
  return new Set(rows.flatMap((r) => (r.question_id ? [r.question_id] : [])));
}

/** The owner's questions, with the fields that may hold a story's words. */
export function loadQuestions(db: WorkHistoryDb, ownerId: string): Promise<QuestionCopy[]> {
  return db.selectFrom('questions').select(['id', 'text', 'rationale', 'source_kind', 'source_text']).where('owner_id', '=', ownerId).execute();
}

export async function removeQuestions(db: WorkHistoryDb, ownerId: string, ids: string[]): Promise<number> {
  const res = await inChunks(ids, (chunk) => db.deleteFrom('questions').where('owner_id', '=', ownerId).where('id', 'in', chunk).execute());
  return res.reduce((n, r) => n + Number(r.numDeletedRows), 0);
}

/**
 * The owner's stored feedback with the words beside it that stay even where
 * the story has them too: the attempt's answer, its question (unless built on
 * the story: a remembered answer starts with the question it answered) and the
 * other stories it cites — all of them when `deleted` is null (a clear keeps none).
 */
export async function loadFeedback(db: WorkHistoryDb, ownerId: string, deleted: ReadonlySet<string> | null, builtOnStory: ReadonlySet<string>): Promise<FeedbackCopy[]> {
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
    kept: [f.answer, builtOnStory.has(f.questionId) ? '' : f.question, ...citedIds(f.body).flatMap((id) => stays.get(id) ?? [])].map(normalForQuotes),
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

/**
 * A question's rationale (any question: a follow-up's quotes its parent) and,
 * when built on the story, its text, without these words. Words a question
 * took from its own resume or job line are that document's; `kept` (normalised)
 * holds more words that stay (a correction's new text).
 */
export function scanQuestion(q: QuestionCopy, words: StoryWords, isBuiltOn: boolean, say: Wording = DELETED_WORDING, kept: readonly string[] = []): QuestionCopy {
  const own = q.source_kind === 'work_history' ? kept : [...kept, normalForQuotes(q.source_text)];
  const rationale = redactQuoted(q.rationale, words, say.rationale, own, say.story);
  const text = isBuiltOn ? redactQuoted(q.text, words, say.question, kept, say.story) : q.text;
  return rationale === q.rationale && text === q.text ? q : { ...q, rationale, text };
}

export const sameQuestion = (a: QuestionCopy, b: QuestionCopy | undefined): boolean => a.text === b?.text && a.rationale === b.rationale && a.source_text === b.source_text;

export async function saveQuestions(db: WorkHistoryDb, ownerId: string, edited: QuestionCopy[]): Promise<void> {
  for (const q of edited) {
    await db.updateTable('questions').set({ text: q.text, rationale: q.rationale, source_text: q.source_text }).where('owner_id', '=', ownerId).where('id', '=', q.id).execute();
  }
}

export async function saveFeedback(db: WorkHistoryDb, ownerId: string, changed: FeedbackCopy[]): Promise<void> {
  for (const f of changed) await db.updateTable('feedback').set({ body: JSON.stringify(f.body) }).where('owner_id', '=', ownerId).where('id', '=', f.id).execute();
}
