/**
 * The study guide as plain data: a list of blocks that every renderer
 * (Markdown, PDF) draws the same way. Sections are built by small functions;
 * adding a section (e.g. voice transcripts) is one builder, no renderer change.
 */
import type { AnswerWithFeedback, Question } from '../../../../shared/api.js';
import type { ExampleAnswer, Profile } from '../../../../shared/domain.js';
import type { SessionReview } from '../../../../shared/review.js';
import type { SessionBundle } from '../data.js';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** `keepWithNext`: a line that belongs with what follows (a question's category line), kept on its page in the PDF. */
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'strong'; keepWithNext?: boolean }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'scores'; rows: ScoreRow[] };

/** One row of a score table: a label, the score as shown, and the reasons. */
export interface ScoreRow {
  label: string;
  score: string;
  detail: string;
}

/**
 * Content that is not in the core tables but may be shown when a feature
 * stores it: example answers (per question) and voice transcripts (per answer).
 */
export interface GuideExtras {
  exampleAnswers: Map<string, ExampleAnswer>;
  /** A transcript per answer id (e.g. what speech-to-text heard for a spoken answer). */
  transcripts: Map<string, string>;
  /** A realtime voice conversation of the session, in conversation order. */
  conversation: ConversationTurn[];
}

export interface ConversationTurn {
  role: 'candidate' | 'coach';
  text: string;
  questionId: string | null;
  /** ISO-8601 time of the turn. */
  at: string;
}

/**
 * How much of each question's history the guide prints: `latest` (the default) prints the latest
 * attempt in full and earlier ones as one line of scores — what to read before the interview;
 * `all` prints every attempt in full. The JSON export is always complete.
 */
export const GUIDE_ATTEMPTS = ['latest', 'all'] as const;
export type GuideAttempts = (typeof GUIDE_ATTEMPTS)[number];

/** Everything a section builder may read. */
export interface GuideContext {
  bundle: SessionBundle;
  review: SessionReview;
  profile: Profile;
  extras: GuideExtras;
  /** The time printed on the guide (ISO). */
  generatedAt: string;
  attempts: GuideAttempts;
}

/** Extra blocks shown under one attempt (transcript, …) or one question (example answer, …). */
export type AttemptAddon = (ctx: GuideContext, question: Question, answer: AnswerWithFeedback) => Block[];
export type QuestionAddon = (ctx: GuideContext, question: Question) => Block[];

export type SectionBuilder = (ctx: GuideContext) => Block[];

export const emptyExtras = (): GuideExtras => ({ exampleAnswers: new Map(), transcripts: new Map(), conversation: [] });
