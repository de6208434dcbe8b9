/**
 * Writes a whole new session — settings, documents (with their original
 * bytes), questions, and optionally answers with feedback and a voice
 * interview transcript — in one
 * transaction with fresh ids, so a copy or an import is all there or not at
 * all. Practice-again, practise-your-weakest and import all go through here.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Session } from '../../../shared/api.js';
import type { AnswerSource, Feedback, GeneratedQuestion } from '../../../shared/domain.js';
import type { Usage } from '../../coach/coach.js';
import type { Storage } from '../../storage/db.js';
import type { Database, SessionRow } from '../../storage/schema.js';
import { nowIso, toSession } from '../mappers.js';

export interface SessionSettings {
  name: string;
  persona: string;
  difficulty: string;
  question_type: string;
  voice: string | null;
  model: string | null;
}

export interface PlannedDocument {
  kind: string;
  filename: string | null;
  media_type: string;
  bytes: Buffer;
  text: string;
  pages: number | null;
  role_title: string | null;
  company: string | null;
  created_at?: string;
}

export interface PlannedQuestion extends GeneratedQuestion {
  /** How answers in the same plan refer to this question. */
  ref?: string;
  created_at?: string;
}

export interface PlannedAnswer {
  questionRef: string;
  text: string;
  source: AnswerSource;
  durationSeconds: number | null;
  created_at: string;
  feedback: Feedback | null;
}

/** One turn of a realtime voice interview (an import brings them back). */
export interface PlannedTurn {
  role: 'candidate' | 'coach';
  text: string;
  questionRef: string | null;
  at: string;
}

export interface SessionPlan {
  ownerId: string;
  settings: SessionSettings;
  /** Defaults to now; an import keeps the original date so progress stays in order. */
  createdAt?: string;
  documents: PlannedDocument[];
  questions: PlannedQuestion[];
  answers?: PlannedAnswer[];
  /** The voice interview's turns, in conversation order. */
  transcript?: PlannedTurn[];
  /** Model usage spent building the plan (an LLM coach's question generation). */
  usage?: Usage[];
}

/** SQLite caps bound variables per statement; insert rows in slices. */
const CHUNK = 100;

async function insertChunked<T extends keyof Database>(trx: Kysely<Database>, table: T, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // Rows are built below from the table's own column names.
    await trx.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
  }
}

function answerRows(trx: { sessionId: string; ownerId: string }, answers: PlannedAnswer[], ids: Map<string, string>) {
  const answersOut: object[] = [];
  const feedbackOut: object[] = [];
  for (const a of answers) {
    const questionId = ids.get(a.questionRef);
    if (!questionId) throw new Error(`answer refers to unknown question ${a.questionRef}`);
    const id = randomUUID();
    const base = { session_id: trx.sessionId, owner_id: trx.ownerId };
    answersOut.push({ id, ...base, question_id: questionId, text: a.text, source: a.source, duration_seconds: a.durationSeconds, created_at: a.created_at });
    if (a.feedback) {
      const f = a.feedback;
      feedbackOut.push({ id: randomUUID(), answer_id: id, ...base, overall: f.overall, provider: f.coach.provider, model: f.coach.model, body: JSON.stringify(f), created_at: a.created_at });
    }
  }
  return { answersOut, feedbackOut };
}

/** Transcript rows: the item id only has to be unique in the session; `seq` keeps the conversation order. */
function turnRows(base: { session_id: string; owner_id: string }, turns: PlannedTurn[], ids: Map<string, string>, now: string): object[] {
  return turns.map((t, seq) => {
    const questionId = t.questionRef === null ? null : ids.get(t.questionRef);
    if (questionId === undefined) throw new Error(`transcript turn refers to unknown question ${t.questionRef}`);
    return { id: randomUUID(), ...base, item_id: `imported_${seq}`, role: t.role, text: t.text, question_id: questionId, at: t.at, seq, created_at: now };
  });
}

async function writeAll(trx: Transaction<Database>, plan: SessionPlan, sessionRow: SessionRow) {
  const now = sessionRow.updated_at;
  const base = { session_id: sessionRow.id, owner_id: plan.ownerId };
  await trx.insertInto('sessions').values(sessionRow).execute();
  const docs = plan.documents.map((d) => ({ id: randomUUID(), ...base, ...d, characters: d.text.length, created_at: d.created_at ?? now }));
  await insertChunked(trx, 'documents', docs);
  const ids = new Map<string, string>();
  const questions = plan.questions.map((q, i) => {
    const id = randomUUID();
    if (q.ref) ids.set(q.ref, id);
    return {
      id, ...base, position: i + 1, text: q.text, category: q.category, competency: q.competency, rationale: q.rationale,
      source_kind: q.source.kind, source_text: q.source.text, created_at: q.created_at ?? now,
    };
  });
  await insertChunked(trx, 'questions', questions);
  const { answersOut, feedbackOut } = answerRows({ sessionId: sessionRow.id, ownerId: plan.ownerId }, plan.answers ?? [], ids);
  await insertChunked(trx, 'answers', answersOut);
  await insertChunked(trx, 'feedback', feedbackOut);
  await insertChunked(trx, 'voice_transcript', turnRows(base, plan.transcript ?? [], ids, now));
  const usage = (plan.usage ?? []).map((u) => ({
    id: randomUUID(), ...base, model: u.model, prompt_tokens: u.promptTokens, completion_tokens: u.completionTokens, created_at: now,
  }));
  await insertChunked(trx, 'usage', usage);
}

/** Create the planned session in one transaction; returns it as the API shows it. */
export async function writeSession(storage: Storage, plan: SessionPlan): Promise<Session> {
  const now = nowIso();
  const row: SessionRow = { id: randomUUID(), owner_id: plan.ownerId, ...plan.settings, created_at: plan.createdAt ?? now, updated_at: now, version: 1 };
  await storage.db.transaction().execute((trx) => writeAll(trx, plan, row));
  return toSession(row);
}
