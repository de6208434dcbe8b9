/**
 * What makes an answer's text acceptable, in one place: the server refuses with
 * these messages, and the browser's counter measures the same way (words, and
 * characters against the limit). Zod-free for the bundle.
 */
import { ANSWER_MAX_CHARS, ANSWER_MIN_WORDS } from './limits.js';

/** "20,000": counts in messages use the same grouping everywhere. */
export const formatCount = (n: number): string => n.toLocaleString('en');

/** Past this many characters the counter also shows the characters against the limit. */
export const ANSWER_NEAR_CHARS = Math.round(ANSWER_MAX_CHARS * 0.8);

/** A word is a run of letters or digits; punctuation and emoji alone are not words. */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words in the text. Word boundaries come from the platform's segmenter, so
 * Chinese or Japanese written without spaces still counts word by word.
 */
export function wordsIn(text: string): number {
  let n = 0;
  if (typeof Intl.Segmenter === 'function') {
    for (const s of new Intl.Segmenter('en', { granularity: 'word' }).segment(text)) if (s.isWordLike && HAS_LETTER_OR_DIGIT.test(s.segment)) n++;
    return n;
  }
  for (const token of text.split(/\s+/)) if (HAS_LETTER_OR_DIGIT.test(token)) n++;
  return n;
}

/** The length the limit applies to: the trimmed text, as the server stores it. */
export const answerLength = (text: string): number => text.trim().length;

export const TOO_FEW_WORDS =
  `Write your answer before asking for feedback: at least ${ANSWER_MIN_WORDS} words, and a few sentences give the coach something to score. ` +
  'Punctuation or emoji alone is not an answer.';
/** The same for each way of answering: a recording's transcript can be corrected; a live interview's cannot. */
const TOO_FEW_WORDS_BY_SOURCE = {
  text: TOO_FEW_WORDS,
  voice: `The transcript has fewer than ${ANSWER_MIN_WORDS} words for the coach to score: type or correct what you said, then submit it again.`,
  realtime: `What you said for this question has fewer than ${ANSWER_MIN_WORDS} words for the coach to score: answer it in the voice interview, then ask for feedback again.`,
} as const;

/** "This answer is 23,456 characters; the limit is 20,000. Shorten it by 3,456 characters, then ask for feedback." */
export function tooLongMessage(length: number): string {
  return `This answer is ${formatCount(length)} characters; the limit is ${formatCount(ANSWER_MAX_CHARS)}. Shorten it by ${formatCount(length - ANSWER_MAX_CHARS)} characters, then ask for feedback.`;
}

/** Why the coach cannot score this text, or null when it can; `source` is how it was answered (typed by default). */
export function answerTextProblem(text: string, source: keyof typeof TOO_FEW_WORDS_BY_SOURCE = 'text'): string | null {
  const length = answerLength(text);
  if (length > ANSWER_MAX_CHARS) return tooLongMessage(length);
  return wordsIn(text) >= ANSWER_MIN_WORDS ? null : TOO_FEW_WORDS_BY_SOURCE[source];
}
