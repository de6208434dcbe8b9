/**
 * Answering a question and getting feedback; example answers. The answer is
 * committed first (callers are told via `onSaved`), then the coach runs with
 * the profile and the owner's most relevant stories, then feedback and usage
 * are stored.
 */
import type { Answer } from '../../shared/api.js';
import type { AnswerSource, ExampleAnswer, Feedback, Persona, QuestionCategory } from '../../shared/domain.js';
import { answerTextProblem } from '../../shared/answer-text.js';
import { citeStories } from '../coach/citations.js';
import { AppError } from '../errors.js';
import type { Coach, CoachCallOptions, GroundingSnippet, QuestionForCoach } from '../coach/coach.js';
import type { SessionRow } from '../storage/schema.js';
import type { DocumentService } from './documents.js';
import type { FeedbackStore } from './feedback-store.js';
import type { Grounding } from './grounding.js';
import type { QuestionService } from './questions.js';

export interface AnswerInput {
  questionId: string;
  text: string;
  source?: AnswerSource;
  durationSeconds?: number;
}

export interface AnswerHooks {
  onSaved?: (answer: Answer) => void;
  onDelta?: (text: string) => void;
  onFallback?: (reason: string) => void;
  signal?: AbortSignal;
}

export interface CoachingDeps {
  coach: Coach;
  documents: DocumentService;
  questions: QuestionService;
  store: FeedbackStore;
  grounding: Grounding;
}

/** Coaches cite stories by id ("snippet:<id>" or the bare id); the user sees the story's opening words. */
export function describeSource(ref: string, snippets: GroundingSnippet[]): string {
  const [cited] = citeStories([ref], snippets);
  return cited ? `Your story: “${cited.excerpt}”` : ref;
}

/** New feedback always says which stories it drew on — only ones that were handed to the coach. */
function withStories(feedback: Feedback, snippets: GroundingSnippet[]): Feedback {
  const ids = (feedback.basedOn ?? []).map((c) => c.snippetId);
  return { ...feedback, basedOn: citeStories(ids, snippets) };
}

export function createCoachingService({ coach, documents, questions, store, grounding }: CoachingDeps) {
  function callOptions(session: SessionRow, hooks: Pick<AnswerHooks, 'onDelta' | 'onFallback' | 'signal'>): CoachCallOptions {
    return {
      model: session.model ?? undefined,
      onDelta: hooks.onDelta,
      onFallback: hooks.onFallback,
      signal: hooks.signal,
      onUsage: (usage) => void store.recordUsage(session.owner_id, session.id, usage),
    };
  }

  async function loadQuestion(session: SessionRow, questionId: string): Promise<QuestionForCoach> {
    const q = await questions.requireQuestion(session.id, questionId);
    return { text: q.text, category: q.category as QuestionCategory, competency: q.competency };
  }

  async function answer(session: SessionRow, input: AnswerInput, hooks: AnswerHooks = {}): Promise<{ answer: Answer; feedback: Feedback }> {
    const question = await loadQuestion(session, input.questionId);
    // The routes refuse these first; this also covers a live interview's transcript, which no route body carries.
    const problem = answerTextProblem(input.text, input.source ?? 'text');
    if (problem) throw new AppError('validation_failed', problem);
    const saved = await store.saveAnswer({
      ownerId: session.owner_id,
      sessionId: session.id,
      questionId: input.questionId,
      text: input.text,
      source: input.source ?? 'text',
      durationSeconds: input.durationSeconds ?? null,
    });
    hooks.onSaved?.(saved);
    const [profile, snippets] = await Promise.all([
      documents.profile(session.id),
      grounding.topForGrounding(session.owner_id, `${question.text} ${input.text}`, 5),
    ]);
    const evaluated = await coach.evaluate(
      { question, answer: input.text, persona: session.persona as Persona, profile, snippets, durationSeconds: input.durationSeconds },
      callOptions(session, hooks),
    );
    const feedback = withStories(evaluated, snippets);
    await store.saveFeedback(saved, session.owner_id, session.id, feedback);
    return { answer: saved, feedback };
  }

  async function exampleAnswer(session: SessionRow, questionId: string): Promise<ExampleAnswer> {
    const question = await loadQuestion(session, questionId);
    const [profile, snippets] = await Promise.all([
      documents.profile(session.id),
      grounding.topForGrounding(session.owner_id, question.text, 5),
    ]);
    const example = await coach.exampleAnswer({ question, persona: session.persona as Persona, profile, snippets }, callOptions(session, {}));
    return { ...example, basedOn: example.basedOn.map((ref) => describeSource(ref, snippets)), stories: citeStories(example.basedOn, snippets) };
  }

  return { answer, exampleAnswer };
}

export type CoachingService = ReturnType<typeof createCoachingService>;
