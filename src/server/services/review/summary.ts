/**
 * The session summary: per-dimension averages, the best and weakest answers
 * with a verbatim quote, and three next steps. Computed on demand from the
 * stored feedback (no extra table, always in step with retries).
 */
import type { SessionReview, AnswerHighlight } from '../../../shared/review.js';
import type { SessionBundle } from './data.js';
import { quoteFrom } from './quote.js';
import { nextSteps } from './next-steps.js';
import { competencyAverages, dimensionAverages, latestAttempts, overallAverage, type ScoredAttempt } from './scoring.js';

/** Evidence this short is a fragment ("for a week"); the answer's opening says more. */
const MIN_QUOTE = 40;

/** The first sentence (or so) of the answer. */
function opening(text: string): string {
  const m = /^(.{40,}?[.!?])(\s|$)/s.exec(text.trim());
  return m ? m[1]! : text;
}

/**
 * A verbatim quote from the answer: the longest useful evidence of its
 * strongest (best) or weakest (weakest) scored dimension, else its opening;
 * completed to the end of its sentence, or marked "…" where it is cut.
 */
function quoteOf(attempt: ScoredAttempt, prefer: 'high' | 'low'): string {
  const dims = attempt.feedback.dimensions.filter((d) => d.score !== null && d.evidence.some((e) => e.trim().length >= MIN_QUOTE));
  dims.sort((a, b) => (prefer === 'high' ? b.score! - a.score! : a.score! - b.score!));
  const evidence = dims[0]?.evidence.filter((e) => e.trim().length >= MIN_QUOTE).sort((a, b) => b.length - a.length)[0];
  return quoteFrom(attempt.answer.text, evidence ?? opening(attempt.answer.text), 240);
}

function highlight(attempt: ScoredAttempt, prefer: 'high' | 'low'): AnswerHighlight {
  return {
    questionId: attempt.question.id,
    questionText: attempt.question.text,
    competency: attempt.question.competency,
    answerId: attempt.answer.id,
    overall: attempt.feedback.overall,
    quote: quoteOf(attempt, prefer),
    summary: attempt.feedback.summary,
  };
}

/** Best and weakest by overall score; ties go to the earlier question. */
function extremes(attempts: ScoredAttempt[]): { best: ScoredAttempt | null; weakest: ScoredAttempt | null } {
  let best: ScoredAttempt | null = null;
  let weakest: ScoredAttempt | null = null;
  for (const a of attempts) {
    if (!best || a.feedback.overall > best.feedback.overall) best = a;
    if (!weakest || a.feedback.overall < weakest.feedback.overall) weakest = a;
  }
  // With one answer there is nothing to compare: it is shown as the best only.
  return { best, weakest: attempts.length > 1 ? weakest : null };
}

/** Summarise a loaded session. */
export function summarise(bundle: SessionBundle): SessionReview {
  const attempts = latestAttempts(bundle.questions, bundle.answers);
  const dimensions = dimensionAverages(attempts);
  const { best, weakest } = extremes(attempts);
  return {
    sessionId: bundle.session.id,
    sessionName: bundle.session.name,
    questionCount: bundle.questions.length,
    answeredCount: new Set(bundle.answers.map((a) => a.questionId)).size,
    average: overallAverage(attempts),
    dimensions,
    competencies: competencyAverages(attempts),
    best: best ? highlight(best, 'high') : null,
    weakest: weakest ? highlight(weakest, 'low') : null,
    nextSteps: nextSteps(dimensions, attempts, weakest ?? best),
  };
}
