/**
 * A question's earlier attempts in the default study guide: one line of scores instead of every
 * answer and its feedback in full. A heavy user's guide (60 answers, many questions retried) ran
 * to 60+ pages of superseded answers; what is worth reading the night before is the latest
 * attempt, and from the earlier ones only how the score moved.
 */
import type { AnswerWithFeedback } from '../../../../shared/api.js';
import { SOURCE_WORDS } from '../labels.js';
import type { Block } from './blocks.js';

const day = (iso: string): string => iso.slice(0, 10);

/**
 * Where the attempts printed in full start: at the latest scored attempt — the one the guide's
 * scores count ("Average score (latest attempt of each question)") — so its feedback is always
 * there; attempts after it have no feedback (the coach failed) and are printed too, being the
 * newest text. With no scored attempt, only the last one is printed in full.
 */
export function fullFrom(attempts: AnswerWithFeedback[]): number {
  const scored = attempts.findLastIndex((a) => a.feedback !== null);
  return scored >= 0 ? scored : Math.max(0, attempts.length - 1);
}

/** "2/5 (2025-03-01, spoken)"; the day only where it changes (retries are mostly the same day). */
function entry(a: AnswerWithFeedback, score: string, previous: AnswerWithFeedback | undefined): string {
  const when = previous && day(previous.createdAt) === day(a.createdAt) ? null : day(a.createdAt);
  const notes = [when, SOURCE_WORDS[a.source]].filter(Boolean);
  return notes.length > 0 ? `${score} (${notes.join(', ')})` : score;
}

const scoreOf = (a: AnswerWithFeedback): string => (a.feedback ? `${a.feedback.overall}/5` : 'not scored');

/**
 * "Earlier attempts: 1/5 (2025-03-01) → 2/5 (spoken) → now 4/5 (2025-03-04)": the score move up to
 * the attempt printed in full below. Kept with what follows in the PDF, like the category line.
 */
export function earlierAttemptsLine(earlier: AnswerWithFeedback[], now: AnswerWithFeedback | undefined): Block {
  const steps = earlier.map((a, i) => entry(a, scoreOf(a), earlier[i - 1]));
  if (now?.feedback) steps.push(entry(now, `now ${scoreOf(now)}`, earlier.at(-1)));
  return { kind: 'paragraph', tone: 'muted', keepWithNext: true, text: `Earlier attempts: ${steps.join(' → ')}` };
}

/** Said once under "Questions and answers" when some question's earlier attempts are summed up in a line. */
export const HISTORY_NOTE: Block = {
  kind: 'paragraph',
  tone: 'muted',
  text: 'Each question shows your latest attempt in full; earlier attempts are one line of scores. To print every attempt in full, tick "Include every attempt in full" beside the study guide links.',
};
