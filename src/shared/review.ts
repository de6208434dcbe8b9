/**
 * Response shapes of the review routes (summary, progress) and the versioned
 * session export file, shared by the server (schemas) and the browser (types).
 */
import { z } from 'zod';
import { SESSION_NAME_MAX } from './limits.js';
import {
  AnswerSource,
  Difficulty,
  DimensionKey,
  DocumentKind,
  Feedback,
  Persona,
  QuestionCategory,
  QuestionSource,
  QuestionType,
} from './domain.js';

/** One answer picked out for the summary: its question, score and a quote from it. */
export const AnswerHighlight = z.object({
  questionId: z.string(),
  questionText: z.string(),
  competency: z.string(),
  answerId: z.string(),
  overall: z.number(),
  /** Verbatim words from the answer (the evidence the coach quoted, else its opening). */
  quote: z.string(),
  summary: z.string(),
});
export type AnswerHighlight = z.infer<typeof AnswerHighlight>;

export const DimensionAverage = z.object({
  key: DimensionKey,
  /** Mean of the non-null scores; null when no answer gave evidence for it. */
  average: z.number().nullable(),
  /** How many answers had a score for this dimension. */
  scored: z.number().int(),
});
export type DimensionAverage = z.infer<typeof DimensionAverage>;

export const CompetencyAverage = z.object({
  competency: z.string(),
  average: z.number(),
  answers: z.number().int(),
});
export type CompetencyAverage = z.infer<typeof CompetencyAverage>;

/** The session summary. Scores use each question's latest attempt. */
export const SessionReview = z.object({
  sessionId: z.string(),
  sessionName: z.string(),
  questionCount: z.number().int(),
  answeredCount: z.number().int(),
  /** Mean overall score of the latest attempts, or null before any feedback. */
  average: z.number().nullable(),
  dimensions: z.array(DimensionAverage),
  competencies: z.array(CompetencyAverage),
  best: AnswerHighlight.nullable(),
  weakest: AnswerHighlight.nullable(),
  /** Exactly three concrete next steps, most important first. */
  nextSteps: z.array(z.string()),
});
export type SessionReview = z.infer<typeof SessionReview>;

/** One session's value on a progress line. */
export const ProgressPoint = z.object({
  sessionId: z.string(),
  /** As the user named it; an imported copy carries "(imported)", so it can be told from its original. */
  sessionName: z.string(),
  date: z.string(),
  average: z.number(),
  /** How many scored answers (latest attempts) the average covers. */
  answers: z.number().int(),
});
export type ProgressPoint = z.infer<typeof ProgressPoint>;

export const ProgressSeries = z.object({
  key: z.string(),
  points: z.array(ProgressPoint),
  /** Last point minus first point (null with fewer than two points). */
  change: z.number().nullable(),
});
export type ProgressSeries = z.infer<typeof ProgressSeries>;

export const Progress = z.object({
  /** Every session with at least one scored answer, oldest first. */
  sessions: z.array(ProgressPoint),
  competencies: z.array(ProgressSeries),
  dimensions: z.array(ProgressSeries),
  /**
   * The lowest-scoring competencies across all sessions (at most 3): weakest
   * first among those with MIN_ANSWERS_TO_RANK (labels.ts) answers or more, then the rest.
   */
  weakest: z.array(CompetencyAverage),
});
export type Progress = z.infer<typeof Progress>;

export const EXPORT_FORMAT = 'interview-practice/session';
export const EXPORT_VERSION = 1;

const MAX_TEXT = 2_000_000;
const Timestamp = z.iso.datetime({ offset: true });

export const ExportedDocument = z.object({
  kind: DocumentKind,
  filename: z.string().max(300).nullable(),
  mediaType: z.string().min(1).max(200),
  pages: z.number().int().min(0).nullable(),
  text: z.string().max(MAX_TEXT),
  /** The original uploaded file, base64. */
  bytesBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'bytesBase64 must be base64'),
  createdAt: Timestamp,
});
export type ExportedDocument = z.infer<typeof ExportedDocument>;

export const ExportedQuestion = z.object({
  /** The question's id in the exporting app; answers refer to it. Not reused on import. */
  ref: z.string().min(1).max(64),
  position: z.number().int().min(0),
  text: z.string().min(1).max(5000),
  category: QuestionCategory,
  competency: z.string().min(1).max(200),
  rationale: z.string().max(5000),
  source: z.object({ kind: QuestionSource.shape.kind, text: z.string().max(5000) }),
  createdAt: Timestamp,
});
export type ExportedQuestion = z.infer<typeof ExportedQuestion>;

export const ExportedAnswer = z.object({
  questionRef: z.string().min(1).max(64),
  text: z.string().min(1).max(50_000),
  source: AnswerSource,
  durationSeconds: z.number().min(0).max(36_000).nullable(),
  createdAt: Timestamp,
  feedback: Feedback.nullable(),
});
export type ExportedAnswer = z.infer<typeof ExportedAnswer>;

/** The whole session as a portable file. New sections are added as optional keys. */
export const SessionExport = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: Timestamp,
  session: z.object({
    name: z.string().trim().min(1).max(SESSION_NAME_MAX),
    persona: Persona,
    difficulty: Difficulty,
    questionType: QuestionType,
    voice: z.string().max(100).nullable(),
    model: z.string().max(100).nullable(),
    createdAt: Timestamp,
  }),
  documents: z.array(ExportedDocument).max(2),
  questions: z.array(ExportedQuestion).max(1000),
  answers: z.array(ExportedAnswer).max(5000),
});
export type SessionExport = z.infer<typeof SessionExport>;

export const EXPORT_FORMATS = ['pdf', 'md', 'json'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;
