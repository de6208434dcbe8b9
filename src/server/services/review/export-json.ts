/**
 * The portable JSON export: everything in a session (settings, documents with
 * their original bytes in base64, questions, answers, feedback) in a
 * versioned format that `import-json.ts` reads back.
 */
import type { Difficulty, Persona, QuestionType } from '../../../shared/domain.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type SessionExport } from '../../../shared/review.js';
import type { SessionBundle } from './data.js';
import type { DocumentKind } from '../../../shared/domain.js';

/** Build the export object of a loaded session. */
export function toExport(bundle: SessionBundle, exportedAt = new Date().toISOString()): SessionExport {
  const { session } = bundle;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
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
  };
}

/** The export as pretty JSON text (what the download contains). */
export function exportJson(bundle: SessionBundle): string {
  return `${JSON.stringify(toExport(bundle), null, 2)}\n`;
}
