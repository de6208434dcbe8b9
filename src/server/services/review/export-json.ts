/**
 * The portable JSON export: everything in a session (settings, documents with
 * their original bytes in base64, questions, answers with feedback — spoken
 * answers' delivery analytics included in `feedback.delivery` — and the realtime
 * voice interview transcript) in a versioned format that `import-json.ts` reads back.
 */
import type { Difficulty, DocumentKind, Persona, QuestionType } from '../../../shared/domain.js';
import { EXPORT_FORMAT } from '../../../shared/review.js';
import type { SessionBundle } from './data.js';
import type { ConversationTurn } from './guide/blocks.js';
import { CURRENT_EXPORT_VERSION, type ExportedTurn, type SessionExportV2 } from '../../../shared/review-report.js';

/** Turns keep their question link when the question is in the file (a deleted question's turns keep none). */
function turns(bundle: SessionBundle, conversation: ConversationTurn[]): ExportedTurn[] {
  const refs = new Set(bundle.questions.map((q) => q.id));
  return conversation
    .filter((t) => t.text.trim() !== '')
    .map((t) => ({ role: t.role, text: t.text, questionRef: t.questionId !== null && refs.has(t.questionId) ? t.questionId : null, at: t.at }));
}

/** Build the export object of a loaded session and its voice conversation (in conversation order). */
export function toExport(bundle: SessionBundle, conversation: ConversationTurn[] = [], exportedAt = new Date().toISOString()): SessionExportV2 {
  const { session } = bundle;
  return {
    format: EXPORT_FORMAT,
    version: CURRENT_EXPORT_VERSION,
    exportedAt,
    session: {
      name: session.name,
      persona: session.persona as Persona,
      difficulty: session.difficulty as Difficulty,
      questionType: session.question_type as QuestionType,
      voice: session.voice,
      model: session.model,
      createdAt: session.created_at,
    },
    documents: bundle.documents.map((d) => ({
      kind: d.kind as DocumentKind,
      filename: d.filename,
      mediaType: d.media_type,
      pages: d.pages === null ? null : Number(d.pages),
      text: d.text,
      bytesBase64: Buffer.from(d.bytes).toString('base64'),
      createdAt: d.created_at,
    })),
    questions: bundle.questions.map((q) => ({
      ref: q.id,
      position: q.position,
      text: q.text,
      category: q.category,
      competency: q.competency,
      rationale: q.rationale,
      source: q.source,
      createdAt: q.createdAt,
    })),
    answers: bundle.answers.map((a) => ({
      questionRef: a.questionId,
      text: a.text,
      source: a.source,
      durationSeconds: a.durationSeconds,
      createdAt: a.createdAt,
      feedback: a.feedback,
    })),
    voiceTranscript: turns(bundle, conversation),
  };
}

/** The export as pretty JSON text (what the download contains). */
export function exportJson(bundle: SessionBundle, conversation: ConversationTurn[] = []): string {
  return `${JSON.stringify(toExport(bundle, conversation), null, 2)}\n`;
}
