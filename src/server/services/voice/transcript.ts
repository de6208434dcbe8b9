/**
 * The voice transcript of a session: both sides of a realtime conversation,
 * one entry per completed item. Saving is idempotent on the realtime item id
 * (a retried or replayed save returns the entry already stored), and reading
 * returns conversation order — by `at`, then by the item's position — never
 * by arrival, because a candidate's transcription often completes after the
 * coach has already started replying.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../storage/schema.js';
import type { VoiceTables, VoiceTranscriptRow } from '../../storage/schema-voice.js';

export type VoiceDb = Kysely<Database & VoiceTables>;

export const TRANSCRIPT_ROLES = ['candidate', 'coach'] as const;
export type TranscriptRole = (typeof TRANSCRIPT_ROLES)[number];

export interface TranscriptEntry {
  id: string;
  itemId: string;
  role: TranscriptRole;
  text: string;
  questionId: string | null;
  at: string;
  seq: number;
  createdAt: string;
}

export interface NewTranscriptEntry {
  itemId: string;
  role: TranscriptRole;
  text: string;
  questionId?: string | null;
  /** ISO-8601 time the item started in the conversation. */
  at: string;
  /** The item's position in the client's conversation; defaults to arrival order. */
  seq?: number;
}

function toEntry(row: VoiceTranscriptRow): TranscriptEntry {
  return {
    id: row.id,
    itemId: row.item_id,
    role: row.role as TranscriptRole,
    text: row.text,
    questionId: row.question_id,
    at: row.at,
    seq: Number(row.seq),
    createdAt: row.created_at,
  };
}

/** Normalise a client time to ISO-8601 UTC so string order equals time order. */
function isoAt(at: string): string {
  return new Date(at).toISOString();
}

export function createTranscriptStore(db: VoiceDb) {
  async function find(sessionId: string, itemId: string): Promise<TranscriptEntry | undefined> {
    const row = await db.selectFrom('voice_transcript').selectAll().where('session_id', '=', sessionId).where('item_id', '=', itemId).executeTakeFirst();
    return row ? toEntry(row) : undefined;
  }

  async function nextSeq(sessionId: string): Promise<number> {
    const r = await db.selectFrom('voice_transcript').select(sql<number | null>`max(seq)`.as('m')).where('session_id', '=', sessionId).executeTakeFirst();
    return r?.m === null || r?.m === undefined ? 0 : Number(r.m) + 1;
  }

  /**
   * Store one entry. `created` is false when the item id was already stored:
   * the first write wins and is returned unchanged.
   */
  async function add(ownerId: string, sessionId: string, input: NewTranscriptEntry): Promise<{ entry: TranscriptEntry; created: boolean }> {
    const existing = await find(sessionId, input.itemId);
    if (existing) return { entry: existing, created: false };
    const row = {
      id: randomUUID(),
      owner_id: ownerId,
      session_id: sessionId,
      item_id: input.itemId,
      role: input.role,
      text: input.text,
      question_id: input.questionId ?? null,
      at: isoAt(input.at),
      seq: input.seq ?? (await nextSeq(sessionId)),
      created_at: new Date().toISOString(),
    };
    // Two concurrent saves of one item: the unique (session_id, item_id) key keeps one.
    const result = await db
      .insertInto('voice_transcript')
      .values(row)
      .onConflict((oc) => oc.columns(['session_id', 'item_id']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0n) === 0) {
      const winner = await find(sessionId, input.itemId);
      if (winner) return { entry: winner, created: false };
    }
    return { entry: toEntry(row), created: true };
  }

  /** All entries of a session in conversation order. */
  async function list(sessionId: string): Promise<TranscriptEntry[]> {
    const rows = await db
      .selectFrom('voice_transcript')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('at')
      .orderBy('seq')
      .orderBy('created_at')
      .execute();
    return rows.map(toEntry);
  }

  /** The candidate's turns for one question, in conversation order. */
  async function candidateTurns(sessionId: string, questionId: string): Promise<TranscriptEntry[]> {
    return (await list(sessionId)).filter((e) => e.role === 'candidate' && e.questionId === questionId);
  }

  /** Entries by item id (for "remember this"), in conversation order; unknown ids are skipped. */
  async function byItemIds(sessionId: string, itemIds: string[]): Promise<TranscriptEntry[]> {
    if (itemIds.length === 0) return [];
    const wanted = new Set(itemIds);
    return (await list(sessionId)).filter((e) => wanted.has(e.itemId));
  }

  return { add, list, candidateTurns, byItemIds };
}

export type TranscriptStore = ReturnType<typeof createTranscriptStore>;

/** Markdown export: a heading, then one paragraph per turn with its speaker and time. */
export function transcriptMarkdown(sessionName: string, entries: TranscriptEntry[]): string {
  const lines = [`# Voice interview transcript — ${sessionName.replace(/\s+/g, ' ').trim()}`, ''];
  if (entries.length === 0) lines.push('_No voice conversation recorded yet._', '');
  for (const e of entries) {
    const who = e.role === 'coach' ? 'Coach' : 'You';
    const time = e.at.slice(11, 19);
    lines.push(`**${who}** (${time} UTC): ${e.text.replace(/\r?\n+/g, ' ').trim()}`, '');
  }
  return lines.join('\n');
}

/** Picked candidate turns that answer one question, with the interviewer's words that asked it. */
export interface AnsweredGroup {
  questionId: string | null;
  /** The nearest coach line before the group's first turn (what the interviewer actually said), or null. */
  askedAs: string | null;
  /** The candidate's turns, in conversation order, one per line. */
  text: string;
}

/**
 * "Remember this" on voice turns: the picked candidate turns (coach turns are
 * not the user's story) grouped by the question they answer, in order of
 * first appearance, so each story is stored with its own question.
 */
export function answeredGroups(entries: TranscriptEntry[], itemIds: readonly string[]): AnsweredGroup[] {
  const wanted = new Set(itemIds);
  const groups = new Map<string, AnsweredGroup & { lines: string[] }>();
  let lastCoach: string | null = null;
  for (const e of entries) {
    if (e.role === 'coach') lastCoach = e.text.trim() || lastCoach;
    if (e.role !== 'candidate' || !wanted.has(e.itemId) || !e.text.trim()) continue;
    const key = e.questionId ?? '';
    const group = groups.get(key) ?? { questionId: e.questionId, askedAs: lastCoach, text: '', lines: [] };
    group.lines.push(e.text.trim());
    groups.set(key, group);
  }
  return [...groups.values()].map(({ lines, ...g }) => ({ ...g, text: lines.join('\n') }));
}
