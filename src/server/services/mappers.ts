/** Row → API shape conversions, in one place so every route returns the same shapes. */
import type { Answer, DocumentInfo, Question, Session } from '../../shared/api.js';
import type { AnswerSource, Difficulty, DocumentKind, Persona, QuestionCategory, QuestionSource, QuestionType } from '../../shared/domain.js';
import type { AnswerRow, DocumentRow, QuestionRow, SessionRow } from '../storage/schema.js';

export function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    name: row.name,
    persona: row.persona as Persona,
    difficulty: row.difficulty as Difficulty,
    questionType: row.question_type as QuestionType,
    voice: row.voice,
    model: row.model,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

const PREVIEW_CHARS = 600;

export function previewOf(text: string): string {
  return text.length <= PREVIEW_CHARS ? text : `${text.slice(0, PREVIEW_CHARS).trimEnd()}…`;
}

export function toDocumentInfo(row: Omit<DocumentRow, 'bytes' | 'text'> & { text?: string; preview?: string }): DocumentInfo {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    filename: row.filename,
    mediaType: row.media_type,
    characters: Number(row.characters),
    pages: row.pages === null ? null : Number(row.pages),
    preview: row.preview ?? previewOf(row.text ?? ''),
    createdAt: row.created_at,
  };
}

export function toQuestion(row: QuestionRow): Question {
  return {
    id: row.id,
    position: Number(row.position),
    text: row.text,
    category: row.category as QuestionCategory,
    competency: row.competency,
    rationale: row.rationale,
    source: { kind: row.source_kind as QuestionSource['kind'], text: row.source_text },
    createdAt: row.created_at,
    coach: questionCoach(row),
  };
}

/** The stored coach of a question, or null when none was recorded (the user's own, or older than migration 008). */
function questionCoach(row: QuestionRow): Question['coach'] {
  if (row.coach_provider !== 'openai' && row.coach_provider !== 'builtin') return null;
  const base = { provider: row.coach_provider, model: row.coach_model } as const;
  return row.coach_fallback_reason ? { ...base, fallbackReason: row.coach_fallback_reason } : base;
}

export function toAnswer(row: AnswerRow): Answer {
  return {
    id: row.id,
    questionId: row.question_id,
    text: row.text,
    source: row.source as AnswerSource,
    durationSeconds: row.duration_seconds === null ? null : Number(row.duration_seconds),
    createdAt: row.created_at,
  };
}

export const nowIso = (): string => new Date().toISOString();
