/**
 * Table types for Kysely. Timestamps are ISO-8601 strings and JSON columns are
 * text on every dialect, so the same queries run on SQLite and PostgreSQL.
 */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { AudioTables } from './schema-audio.js';
import type { VoiceTranscriptTable } from './schema-voice.js';
import type { WorkHistoryTables } from './schema-work-history.js';

export interface SessionsTable {
  id: string;
  owner_id: string;
  name: string;
  persona: string;
  difficulty: string;
  question_type: string;
  voice: string | null;
  model: string | null;
  created_at: string;
  updated_at: string;
  /** Bumped on every change; PATCH may send it for optimistic concurrency. */
  version: Generated<number>;
}

export interface DocumentsTable {
  id: string;
  session_id: string;
  owner_id: string;
  kind: string;
  filename: string | null;
  media_type: string;
  bytes: Buffer;
  text: string;
  characters: number;
  pages: number | null;
  /** For a job description: the role title and company read from it (for lists). */
  role_title: string | null;
  company: string | null;
  created_at: string;
}

export interface QuestionsTable {
  id: string;
  session_id: string;
  owner_id: string;
  position: number;
  text: string;
  category: string;
  competency: string;
  rationale: string;
  source_kind: string;
  source_text: string;
  created_at: string;
  /** Which coach generated it ('openai' | 'builtin'); null for the user's own questions and rows older than migration 008. */
  coach_provider: string | null;
  /** The AI model asked (null for the built-in coach). */
  coach_model: string | null;
  /** Set when the AI coach failed and the built-in coach wrote it instead. */
  coach_fallback_reason: string | null;
}

export interface AnswersTable {
  id: string;
  session_id: string;
  owner_id: string;
  question_id: string;
  text: string;
  source: string;
  duration_seconds: number | null;
  created_at: string;
}

export interface FeedbackTable {
  id: string;
  answer_id: string;
  session_id: string;
  owner_id: string;
  overall: number;
  provider: string;
  model: string;
  /** The whole Feedback object as JSON. */
  body: string;
  created_at: string;
}

export interface UsageTable {
  id: string;
  session_id: string;
  owner_id: string;
  model: string;
  prompt_tokens: number;
  completion_tokens: number;
  created_at: string;
}

export interface Database extends WorkHistoryTables, AudioTables {
  voice_transcript: VoiceTranscriptTable;
  sessions: SessionsTable;
  documents: DocumentsTable;
  questions: QuestionsTable;
  answers: AnswersTable;
  feedback: FeedbackTable;
  usage: UsageTable;
}

export type SessionRow = Selectable<SessionsTable>;
export type NewSession = Insertable<SessionsTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type QuestionRow = Selectable<QuestionsTable>;
export type AnswerRow = Selectable<AnswersTable>;
export type FeedbackRow = Selectable<FeedbackTable>;
