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

/** Count words the way a reader would (runs of non-space). */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

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
