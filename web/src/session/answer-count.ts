/**
 * The line under the answer box: words (what people think in), with a length
 * tip, and — near or over the limit, which is in characters — the characters
 * against it, counted as the server counts them (see src/shared/answer-text.ts).
 */
import { ANSWER_NEAR_CHARS, answerLength, formatCount } from '../../../src/shared/answer-text.js';
import { ANSWER_MAX_CHARS } from '../../../src/shared/limits.js';
import { countWords } from '../labels.js';

function wordTip(words: number): string {
  if (words > 0 && words < 60) return ' — most strong answers run 150–300 words';
  return words > 350 ? ' — consider trimming; about 300 words is plenty' : '';
}

/** What the counter shows, and whether the answer is over the limit (too long to send). */
export function answerCount(text: string): { line: string; over: boolean } {
  const words = countWords(text);
  const head = `${formatCount(words)} word${words === 1 ? '' : 's'}`;
  const chars = answerLength(text);
  if (chars > ANSWER_MAX_CHARS) {
    return { line: `${head} · ${formatCount(chars)} of ${formatCount(ANSWER_MAX_CHARS)} characters — too long to send: shorten it by ${formatCount(chars - ANSWER_MAX_CHARS)} characters`, over: true };
  }
  if (chars >= ANSWER_NEAR_CHARS) return { line: `${head} · ${formatCount(chars)} of ${formatCount(ANSWER_MAX_CHARS)} characters allowed`, over: false };
  return { line: `${head}${wordTip(words)}`, over: false };
}
