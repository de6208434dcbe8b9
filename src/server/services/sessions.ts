/**
 * Practice sessions: create, list with their numbers, read in full, update,
 * delete. Every query filters on the owner; a session of another owner is
 * indistinguishable from one that does not exist.
 */
import { randomUUID } from 'node:crypto';
import { sql, type ExpressionBuilder } from 'kysely';
import type { Session, SessionDetail, SessionSummary } from '../../shared/api.js';
import type { Difficulty, Persona, QuestionType } from '../../shared/domain.js';
import { SESSION_CHANGED_ELSEWHERE } from '../../shared/labels.js';
import { AppError, notFound } from '../errors.js';
import type { Storage } from '../storage/db.js';
import type { Database, SessionRow, SessionsTable } from '../storage/schema.js';
import type { FeedbackStore } from './feedback-store.js';
import { nowIso, toDocumentInfo, toQuestion, toSession } from './mappers.js';
import { retryTransient } from '../storage/retry.js';

export interface NewSessionInput {
  name?: string;
  persona?: Persona;
  difficulty?: Difficulty;
  questionType?: QuestionType;
}

export interface SessionPatch {
  name?: string;
  persona?: Persona;
  difficulty?: Difficulty;
  questionType?: QuestionType;
  model?: string | null;
  voice?: string | null;
  /** When given, the update applies only if the session is still at this version. */
  version?: number;
}

/** `base` if no name in `taken` uses it, else `base (n)` with n one past the highest number in use (2 at least). */
export function nextFreeName(base: string, taken: readonly string[]): string {
  let highest = 0;
  for (const name of taken) {
    if (name === base) highest = Math.max(highest, 1);
    const n = name.startsWith(`${base} (`) ? /^\((\d{1,6})\)$/.exec(name.slice(base.length + 1))?.[1] : undefined;
    if (n) highest = Math.max(highest, Number(n));
  }
  return highest === 0 ? base : `${base} (${highest + 1})`;
}

type ListBuilder = ExpressionBuilder<Database & { s: SessionsTable }, 's'>;

/** Question and answer counts, the average score, and the role and company of the job description. */
function progressColumns(eb: ListBuilder) {
  const jobDescription = () => eb.selectFrom('documents').whereRef('documents.session_id', '=', 's.id').where('kind', '=', 'job_description').limit(1);
  return [
    eb.selectFrom('questions').whereRef('questions.session_id', '=', 's.id').select(sql<number>`count(*)`.as('n')).as('question_count'),
    eb.selectFrom('answers').whereRef('answers.session_id', '=', 's.id').select(sql<number>`count(distinct question_id)`.as('n')).as('answered_count'),
    // Average of each question's latest attempt, as the summary and progress count it.
    eb
      .selectFrom('feedback as f')
      .innerJoin('answers as a', 'a.id', 'f.answer_id')
      .whereRef('f.session_id', '=', 's.id')
      .where(sql<boolean>`a.created_at = (select max(a2.created_at) from answers a2 where a2.question_id = a.question_id)`)
      .select(sql<number | null>`avg(f.overall)`.as('a'))
      .as('average_score'),
    jobDescription().select('role_title').as('role'),
    jobDescription().select('company').as('company'),
  ] as const;
}

/**
 * The latest practice in each table that counts as practice: an answer (typed or
 * spoken), a turn the user spoke in a realtime voice interview, questions added,
 * a document uploaded. Renames and settings changes are not practice: they bump
 * `updated_at`, which stays for optimistic concurrency only. Imports keep these
 * rows' original times, so an imported session sits where its history puts it.
 */
function activityColumns(eb: ListBuilder) {
  return [
    eb.selectFrom('answers').whereRef('answers.session_id', '=', 's.id').select(sql<string | null>`max(created_at)`.as('t')).as('last_answer_at'),
    eb.selectFrom('questions').whereRef('questions.session_id', '=', 's.id').select(sql<string | null>`max(created_at)`.as('t')).as('last_question_at'),
    eb.selectFrom('documents').whereRef('documents.session_id', '=', 's.id').select(sql<string | null>`max(created_at)`.as('t')).as('last_document_at'),
    // `at` is the browser's clock (and an import keeps it); the earlier of it and the
    // server's `created_at` keeps a fast client clock from pinning a session to the top.
    eb
      .selectFrom('voice_transcript')
      .whereRef('voice_transcript.session_id', '=', 's.id')
      .where('role', '=', 'candidate')
      .select(sql<string | null>`max(case when at < created_at then at else created_at end)`.as('t'))
      .as('last_turn_at'),
  ] as const;
}

interface ListRow extends SessionRow {
  question_count: number | null;
  answered_count: number | null;
  average_score: number | null;
  role: string | null;
  company: string | null;
  last_answer_at: string | null;
  last_question_at: string | null;
  last_document_at: string | null;
  last_turn_at: string | null;
}

/** The latest practice time (UTC ISO), or the creation time of a session with no practice yet. */
function lastActiveOf(row: Pick<ListRow, 'created_at' | 'last_answer_at' | 'last_question_at' | 'last_document_at' | 'last_turn_at'>): string {
  // Parsed, not compared as text: an imported file may carry other UTC offsets.
  const times = [row.last_answer_at, row.last_question_at, row.last_document_at, row.last_turn_at]
    .filter((t): t is string => typeof t === 'string')
    .map((t) => Date.parse(t))
    .filter((ms) => !Number.isNaN(ms));
  return new Date(times.length > 0 ? Math.max(...times) : Date.parse(row.created_at)).toISOString();
}

function toSummary(r: ListRow): SessionSummary {
  return {
    ...toSession(r),
    lastActiveAt: lastActiveOf(r),
    role: r.role ?? null,
    company: r.company ?? null,
    questionCount: Number(r.question_count ?? 0),
    answeredCount: Number(r.answered_count ?? 0),
    averageScore: r.average_score === null || r.average_score === undefined ? null : Math.round(Number(r.average_score) * 10) / 10,
  };
}

/** Most recent practice first; ties (sessions never practised on the same instant) by newest creation, then id, so the order is stable. */
function byLastActive(a: SessionSummary, b: SessionSummary): number {
  return b.lastActiveAt.localeCompare(a.lastActiveAt) || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
}

export function createSessionService(storage: Storage, feedback: FeedbackStore, opts: { allowedModels: string[] }) {
  const { db } = storage;

  async function requireOwned(ownerId: string, id: string): Promise<SessionRow> {
    const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).where('owner_id', '=', ownerId).executeTakeFirst();
    if (!row) throw notFound('session');
    return row;
  }

  /** "Practice 2026-11-27", or "Practice 2026-11-27 (2)" when the owner already has one of that day: names tell sessions apart. */
  async function defaultName(ownerId: string, now: string): Promise<string> {
    const base = `Practice ${now.slice(0, 10)}`;
    const rows = await db
      .selectFrom('sessions')
      .select('name')
      .where('owner_id', '=', ownerId)
      .where((eb) => eb.or([eb('name', '=', base), eb('name', 'like', `${base} (%)`)]))
      .execute();
    return nextFreeName(base, rows.map((r) => r.name));
  }

  async function create(ownerId: string, input: NewSessionInput): Promise<Session> {
    const now = nowIso();
    const row = {
      id: randomUUID(),
      owner_id: ownerId,
      name: input.name?.trim() || (await defaultName(ownerId, now)),
      persona: input.persona ?? 'helpful',
      difficulty: input.difficulty ?? 'medium',
      question_type: input.questionType ?? 'mixed',
      voice: null,
      model: null,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await db.insertInto('sessions').values(row).execute();
    return toSession(row);
  }

  async function list(ownerId: string): Promise<SessionSummary[]> {
    const rows = await db
      .selectFrom('sessions as s')
      .selectAll('s')
      .select((eb) => [...progressColumns(eb), ...activityColumns(eb)])
      .where('s.owner_id', '=', ownerId)
      .execute();
    return rows.map(toSummary).sort(byLastActive);
  }

  async function detail(ownerId: string, id: string): Promise<SessionDetail> {
    const session = await requireOwned(ownerId, id);
    const [documents, questions, answers, usage] = await Promise.all([
      db
        .selectFrom('documents')
        .select(['id', 'session_id', 'owner_id', 'kind', 'filename', 'media_type', 'characters', 'pages', 'role_title', 'company', 'created_at'])
        .select(sql<string>`substr(text, 1, 600)`.as('preview'))
        .where('session_id', '=', id)
        .orderBy('created_at')
        .execute(),
      db.selectFrom('questions').selectAll().where('session_id', '=', id).orderBy('position').execute(),
      feedback.answersWithFeedback(id),
      feedback.usageTotals(id),
    ]);
    return {
      ...toSession(session),
      documents: documents.map((d) => toDocumentInfo(d)),
      questions: questions.map(toQuestion),
      answers,
      usage,
    };
  }

  function assertModelAllowed(model: string | null | undefined): void {
    if (model === null || model === undefined || opts.allowedModels.includes(model)) return;
    const list = opts.allowedModels.length > 0 ? opts.allowedModels.join(', ') : 'none (no AI coach is configured)';
    throw new AppError('model_not_allowed', `The model "${model}" is not offered here. Choose one of: ${list}.`);
  }

  async function update(ownerId: string, id: string, patch: SessionPatch): Promise<Session> {
    await requireOwned(ownerId, id);
    assertModelAllowed(patch.model);
    const values: Record<string, unknown> = {};
    if (patch.name !== undefined) values.name = patch.name.trim();
    if (patch.persona !== undefined) values.persona = patch.persona;
    if (patch.difficulty !== undefined) values.difficulty = patch.difficulty;
    if (patch.questionType !== undefined) values.question_type = patch.questionType;
    if (patch.model !== undefined) values.model = patch.model;
    if (patch.voice !== undefined) values.voice = patch.voice;
    let q = db
      .updateTable('sessions')
      .set({ ...values, updated_at: nowIso(), version: sql`version + 1` })
      .where('id', '=', id)
      .where('owner_id', '=', ownerId);
    if (patch.version !== undefined) q = q.where('version', '=', patch.version);
    const result = await q.executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      throw new AppError('conflict', SESSION_CHANGED_ELSEWHERE);
    }
    return toSession(await requireOwned(ownerId, id));
  }

  async function touch(id: string): Promise<void> {
    await db.updateTable('sessions').set({ updated_at: nowIso(), version: sql`version + 1` }).where('id', '=', id).execute();
  }

  async function remove(ownerId: string, id: string): Promise<void> {
    // Retried: on PostgreSQL the cascade can deadlock with an answer being saved in another tab.
    const result = await retryTransient(() => db.deleteFrom('sessions').where('id', '=', id).where('owner_id', '=', ownerId).executeTakeFirst());
    if (Number(result.numDeletedRows) === 0) throw notFound('session');
  }

  return { requireOwned, create, list, detail, update, touch, remove };
}

export type SessionService = ReturnType<typeof createSessionService>;
