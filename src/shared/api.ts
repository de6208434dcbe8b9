/**
 * Response shapes of the HTTP API, shared by the routes (as response schemas)
 * and the browser (as types). Request bodies live beside their routes.
 */
import { z } from 'zod';
import {
  AnswerSource,
  CoachProvider,
  Difficulty,
  DocumentKind,
  Feedback,
  Persona,
  QuestionCategory,
  QuestionSource,
  QuestionType,
} from './domain.js';

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Session = z.object({
  id: z.string(),
  name: z.string(),
  persona: Persona,
  difficulty: Difficulty,
  questionType: QuestionType,
  voice: z.string().nullable(),
  model: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Session = z.infer<typeof Session>;

/** A session in the list, with the numbers the sessions page shows. */
export const SessionSummary = Session.extend({
  /**
   * When the user last practised in it (UTC ISO): the latest answer, spoken voice-interview
   * turn, question added or document uploaded; its creation time until then. Renames and
   * settings changes do not count (they only move `updatedAt`). The list is ordered by it.
   */
  lastActiveAt: z.string(),
  role: z.string().nullable(),
  company: z.string().nullable(),
  questionCount: z.number().int(),
  answeredCount: z.number().int(),
  averageScore: z.number().nullable(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const DocumentInfo = z.object({
  id: z.string(),
  kind: DocumentKind,
  filename: z.string().nullable(),
  mediaType: z.string(),
  characters: z.number().int(),
  pages: z.number().int().nullable(),
  preview: z.string(),
  createdAt: z.string(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const DocumentWithText = DocumentInfo.extend({ text: z.string() });
export type DocumentWithText = z.infer<typeof DocumentWithText>;

/** Which coach generated a question (on `Question.coach`: null or absent for the user's own questions and older rows). */
export const QuestionCoach = z.object({
  provider: CoachProvider,
  /** The AI model asked; null for the built-in coach. */
  model: z.string().nullable(),
  /** Set when the AI coach failed and the built-in coach wrote the question instead. */
  fallbackReason: z.string().optional(),
});
export type QuestionCoach = z.infer<typeof QuestionCoach>;

export const Question = z.object({
  id: z.string(),
  position: z.number().int(),
  text: z.string(),
  category: QuestionCategory,
  competency: z.string(),
  rationale: z.string(),
  source: QuestionSource,
  createdAt: z.string(),
  coach: QuestionCoach.nullable().optional(),
});
export type Question = z.infer<typeof Question>;

export const Answer = z.object({
  id: z.string(),
  questionId: z.string(),
  text: z.string(),
  source: AnswerSource,
  durationSeconds: z.number().nullable(),
  createdAt: z.string(),
});
export type Answer = z.infer<typeof Answer>;

export const AnswerWithFeedback = Answer.extend({ feedback: Feedback.nullable() });
export type AnswerWithFeedback = z.infer<typeof AnswerWithFeedback>;

export const UsageTotals = z.object({
  promptTokens: z.number().int(),
  completionTokens: z.number().int(),
  byModel: z.array(z.object({ model: z.string(), promptTokens: z.number().int(), completionTokens: z.number().int() })),
});
export type UsageTotals = z.infer<typeof UsageTotals>;

export const SessionDetail = Session.extend({
  documents: z.array(DocumentInfo),
  questions: z.array(Question),
  answers: z.array(AnswerWithFeedback),
  usage: UsageTotals,
});
export type SessionDetail = z.infer<typeof SessionDetail>;

export const AnswerResult = z.object({ answer: Answer, feedback: Feedback });
export type AnswerResult = z.infer<typeof AnswerResult>;

export const PersonaInfo = z.object({ id: Persona, name: z.string(), description: z.string() });
export type PersonaInfo = z.infer<typeof PersonaInfo>;

export const Health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  coach: z.object({ provider: z.string(), model: z.string(), models: z.array(z.string()), timeoutMs: z.number().int().positive().optional() }),
  storage: z.string(),
});
export type Health = z.infer<typeof Health>;
