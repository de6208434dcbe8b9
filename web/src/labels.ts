/** Human words for the API's enums and codes, kept in one place. */
import { DIMENSION_LABELS } from '../../src/shared/labels.js';
import type { Difficulty, DimensionKey, Persona, QuestionCategory, QuestionType } from './api/types.js';

export const CATEGORY_LABEL: Record<QuestionCategory, string> = {
  behavioral: 'Behavioral',
  technical: 'Technical',
  resume_deep_dive: 'Resume deep-dive',
  role_fit: 'Role fit & motivation',
  situational: 'Situational',
  gap: 'Gap',
};

/**
 * The tip under the answer box, by question kind: a technical question wants
 * assumptions, approach and trade-offs, not a STAR story; a situational one,
 * what you would do first and why; a role-fit one, why this role, with evidence.
 */
export const ANSWER_HINT: Record<QuestionCategory, string> = {
  behavioral: 'Tell one story: the situation, your task, what you did, the result (with a number), and what you learned.',
  resume_deep_dive: 'Pick the one project or line they asked about: what it was, what you did yourself, the result (with a number), and what you learned.',
  technical: 'State your assumptions, walk through your approach, then name the trade-offs and when you would choose differently.',
  situational: 'Say what you would do first and why, what you would check next, and how you would know it worked.',
  role_fit: 'Say why this role, and back it with evidence: something you did that matches what the job asks for.',
  gap: 'Name the nearest thing you have done, be honest about what is missing, and say how you would close the gap.',
};

/** Dimension names, shared with the server's feedback text. */
export const DIMENSION_LABEL = DIMENSION_LABELS;

export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];
export const DIFFICULTY_LABEL: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

export const QUESTION_TYPES: readonly QuestionType[] = ['mixed', 'behavioral', 'technical'];
export const QUESTION_TYPE_LABEL: Record<QuestionType, string> = {
  behavioral: 'Behavioral',
  technical: 'Technical',
  mixed: 'Mixed',
};

/** Used only until /api/personas answers (or if it fails). */
export const PERSONA_FALLBACK: Record<Persona, string> = {
  helpful: 'Helpful',
  ruthless: 'Ruthless',
  discovery: 'Discovery',
};

/** "3.4" for a score, or the words the design asks for when there is none. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? 'not enough evidence' : score.toFixed(1).replace(/\.0$/, '');
}

/** A short local date like "26 Nov 2025". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** A short local date and time like "26 Nov 2025, 14:05" (two sessions of one day stay apart). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${formatDate(iso)}, ${formatTime(iso)}`;
}

/** A short local time like "14:05" (or "2:05 PM", as the browser's locale writes it). */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}

/** Words as the server counts them for its two-word minimum (src/shared/answer-text.ts), so the counter and a refusal agree. */
export { wordsIn as countWords } from '../../src/shared/answer-text.js';

/** "system_design" → "System design" (competency ids from the coach); other text is kept. */
export function humanize(id: string): string {
  const spaced = id.replace(/[_-]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * Quotes are verbatim pieces of the answer, and long ones are often cut on a
 * word boundary: a sentence-length quote that does not end a sentence gets an
 * ellipsis so it does not read as complete. Short quotes (a figure, a name,
 * "a lot") are whole as they stand and are left alone.
 */
export function excerpt(quote: string): string {
  const text = quote.trimEnd();
  if (text.split(/\s+/).length < CUT_QUOTE_MIN_WORDS || /[.!?]['"’”)]?$/.test(text)) return quote;
  return `${text}…`;
}

/** Below this many words a quote is a phrase, not a cut sentence. */
const CUT_QUOTE_MIN_WORDS = 8;
