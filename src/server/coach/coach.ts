/**
 * The Coach interface: every coach (built-in rubric engine, LLM) implements it
 * and returns exactly these shapes, so routes and the UI never know which one
 * answered.
 */
import type {
  Difficulty,
  ExampleAnswer,
  Feedback,
  GeneratedQuestion,
  Persona,
  Profile,
  QuestionCategory,
  QuestionSource,
  QuestionType,
} from '../../shared/domain.js';

/** A work-history snippet handed to a coach for grounding (untrusted user data). */
export interface GroundingSnippet {
  id: string;
  text: string;
}

/** The question being answered, as stored. */
export interface QuestionForCoach {
  text: string;
  category: QuestionCategory;
  competency: string;
}

/** How the owner's latest answer to a recently asked question went. */
export type RecentOutcome = 'well' | 'weak' | 'asked';

/** A question from the owner's recent sessions (not this one), for variety across sessions. */
export interface RecentQuestion {
  text: string;
  /** `well`: latest answer scored overall ≥ 4; `weak`: answered below that; `asked`: never answered. */
  outcome: RecentOutcome;
  /** How many of those sessions asked it: a question asked again and again sinks further. */
  times: number;
  /** Its category and source, when known: a tailored question on the same line counts as a repeat in other words too. */
  category?: QuestionCategory;
  source?: QuestionSource;
}

export interface QuestionRequest {
  profile: Profile;
  persona: Persona;
  questionType: QuestionType;
  difficulty: Difficulty;
  count: number;
  hint?: string;
  /** Texts already in the session: never repeat or near-repeat them. */
  existing: string[];
  /**
   * Questions of the owner's recent sessions, bounded by the caller: asked ones are
   * down-weighted, ones answered well avoided while fresh ones remain, weak ones still
   * come back. None for "Practise your weakest", which picks its retries itself.
   */
  recent?: RecentQuestion[];
  snippets: GroundingSnippet[];
}

export interface EvaluationRequest {
  question: QuestionForCoach;
  answer: string;
  persona: Persona;
  profile: Profile;
  snippets: GroundingSnippet[];
  durationSeconds?: number;
}

export interface ExampleRequest {
  question: QuestionForCoach;
  persona: Persona;
  profile: Profile;
  snippets: GroundingSnippet[];
}

/** Token usage an LLM coach reports; the built-in coach reports none. */
export interface Usage {
  model: string;
  promptTokens: number;
  completionTokens: number;
}

/** Optional hooks a caller passes in: progress text for streaming, usage accounting. */
export interface CoachCallOptions {
  onDelta?: (text: string) => void;
  onUsage?: (usage: Usage) => void;
  /** Per-session model override (LLM coach only; validated against the allow-list). */
  model?: string;
  signal?: AbortSignal;
  /** Told when a configured LLM coach failed and the built-in coach answered instead. */
  onFallback?: (reason: string) => void;
}

export interface Coach {
  readonly provider: 'builtin' | 'openai';
  readonly model: string;
  generateQuestions(req: QuestionRequest, opts?: CoachCallOptions): Promise<GeneratedQuestion[]>;
  evaluate(req: EvaluationRequest, opts?: CoachCallOptions): Promise<Feedback>;
  exampleAnswer(req: ExampleRequest, opts?: CoachCallOptions): Promise<ExampleAnswer>;
}
