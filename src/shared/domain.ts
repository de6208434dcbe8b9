/**
 * The domain vocabulary shared by server and browser: single-source enums and
 * the zod schemas of what the API returns. One `as const` array gives both the
 * union type and the zod enum, so a new persona or category is one edit.
 */
import { z } from 'zod';
import { Delivery } from './delivery.js';

export const PERSONAS = ['ruthless', 'helpful', 'discovery'] as const;
export const Persona = z.enum(PERSONAS);
export type Persona = z.infer<typeof Persona>;

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const Difficulty = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof Difficulty>;

export const QUESTION_TYPES = ['behavioral', 'technical', 'mixed'] as const;
export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionType>;

export const QUESTION_CATEGORIES = [
  'behavioral',
  'technical',
  'resume_deep_dive',
  'role_fit',
  'situational',
  'gap',
] as const;
export const QuestionCategory = z.enum(QUESTION_CATEGORIES);
export type QuestionCategory = z.infer<typeof QuestionCategory>;

/** Rubric dimensions. `tradeoffs` applies to technical/design questions only. */
export const DIMENSION_KEYS = [
  'structure',
  'specificity',
  'ownership',
  'result_impact',
  'relevance',
  'concision',
  'tradeoffs',
] as const;
export const DimensionKey = z.enum(DIMENSION_KEYS);
export type DimensionKey = z.infer<typeof DimensionKey>;

export const DOCUMENT_KINDS = ['resume', 'job_description'] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const ANSWER_SOURCES = ['text', 'voice', 'realtime'] as const;
export const AnswerSource = z.enum(ANSWER_SOURCES);
export type AnswerSource = z.infer<typeof AnswerSource>;

export const COACH_PROVIDERS = ['builtin', 'openai'] as const;
export const CoachProvider = z.enum(COACH_PROVIDERS);
export type CoachProvider = z.infer<typeof CoachProvider>;

/** Where a question came from: a resume line, a JD requirement, the bank, the user. */
export const QuestionSource = z.object({
  kind: z.enum(['resume', 'job_description', 'bank', 'custom', 'work_history']),
  text: z.string(),
});
export type QuestionSource = z.infer<typeof QuestionSource>;

/** A question as a coach produces it (before it is stored and gets an id). */
export const GeneratedQuestion = z.object({
  text: z.string().min(1),
  category: QuestionCategory,
  competency: z.string().min(1),
  rationale: z.string(),
  source: QuestionSource,
});
export type GeneratedQuestion = z.infer<typeof GeneratedQuestion>;

export const Dimension = z.object({
  key: DimensionKey,
  /** 1–5 on the anchored scale, or null = not enough evidence to judge. */
  score: z.number().min(1).max(5).nullable(),
  /** Verbatim quotes from the answer that earned the score. */
  evidence: z.array(z.string()),
  advice: z.string(),
});
export type Dimension = z.infer<typeof Dimension>;

export const CoachInfo = z.object({
  persona: Persona,
  provider: CoachProvider,
  model: z.string(),
  /** Set when a configured LLM coach failed and the built-in coach answered instead. */
  fallbackReason: z.string().optional(),
});
export type CoachInfo = z.infer<typeof CoachInfo>;

/** A story (work-history snippet) that shaped a piece of feedback, shown as "Based on your stories". */
export const StoryCitation = z.object({
  snippetId: z.string(),
  /** A short verbatim start of the story's text. */
  excerpt: z.string(),
});
export type StoryCitation = z.infer<typeof StoryCitation>;

export const Feedback = z.object({
  overall: z.number().min(1).max(5),
  summary: z.string(),
  dimensions: z.array(Dimension),
  strengths: z.array(z.string()),
  improvements: z.array(z.string()),
  followUpQuestion: z.string(),
  coach: CoachInfo,
  /** Delivery analytics, on spoken answers only. */
  delivery: Delivery.optional(),
  /**
   * The user's stories this feedback drew on; empty when none shaped it. Always
   * set by the coaches; optional only so feedback stored before it still parses.
   */
  basedOn: z.array(StoryCitation).optional(),
});
export type Feedback = z.infer<typeof Feedback>;

/** A dated role on a resume. */
export const Role = z.object({
  title: z.string(),
  employer: z.string(),
  dates: z.string(),
  lines: z.array(z.string()),
});
export type Role = z.infer<typeof Role>;

export const Requirement = z.object({
  text: z.string(),
  /** Skills or keywords this requirement is about, lower-case. */
  skills: z.array(z.string()),
  required: z.boolean(),
});
export type Requirement = z.infer<typeof Requirement>;

export const GapEntry = z.object({
  requirement: z.string(),
  required: z.boolean(),
  covered: z.boolean(),
  /** The resume lines that show evidence for it (empty when nothing of it is shown). */
  evidence: z.array(z.string()),
  /**
   * For a requirement shown only in part (not covered, with evidence): what the resume shows
   * and what it lacks, e.g. "your resume shows Terraform but not Kubernetes".
   */
  partly: z.string().optional(),
});
export type GapEntry = z.infer<typeof GapEntry>;

/** Something the reader tells the user about a document: e.g. that it does not read as English, so the built-in reader may miss things. */
export const ProfileNotice = z.object({
  document: DocumentKind,
  code: z.enum(['not_english']),
  /** The language it reads as, when the reader can tell ("German"). */
  language: z.string().nullable(),
  /** What to show the user, in plain words. */
  message: z.string(),
});
export type ProfileNotice = z.infer<typeof ProfileNotice>;

/** What the coach reads out of the documents. */
export const Profile = z.object({
  candidateName: z.string().nullable(),
  resume: z.object({
    roles: z.array(Role),
    skills: z.array(z.string()),
    tools: z.array(z.string()),
    projects: z.array(z.string()),
    achievements: z.array(z.string()),
  }),
  job: z.object({
    title: z.string().nullable(),
    company: z.string().nullable(),
    seniority: z.string().nullable(),
    responsibilities: z.array(z.string()),
    requirements: z.array(Requirement),
  }),
  gaps: z.array(GapEntry),
  /** Notices about the documents (the built-in coach always sets it; optional so profiles stored before it still parse). */
  notices: z.array(ProfileNotice).optional(),
});
export type Profile = z.infer<typeof Profile>;

export const ExampleAnswer = z.object({
  text: z.string(),
  /** Placeholders like "[number of users]" left where a fact is missing. */
  placeholders: z.array(z.string()),
  /** What the example was built from (resume lines, snippet ids). */
  basedOn: z.array(z.string()),
  /** The user's stories among `basedOn`, with their ids, so the UI can open each one (absent on older examples). */
  stories: z.array(StoryCitation).optional(),
  coach: CoachInfo,
});
export type ExampleAnswer = z.infer<typeof ExampleAnswer>;
