/**
 * Three concrete next steps, derived only from the stored feedback: the
 * weakest rubric dimensions (with the coach's own advice on the answer that
 * scored lowest there), the weakest answer to retry, then the most repeated
 * improvement. Deterministic: the same feedback gives the same steps.
 */
import type { DimensionKey } from '../../../shared/domain.js';
import type { DimensionAverage } from '../../../shared/review.js';
import { clip, competencyName, DIMENSION_LABELS } from './labels.js';
import type { ScoredAttempt } from './scoring.js';

/** What to do about each dimension, stated as a drill. */
const DRILLS: Record<DimensionKey, string> = {
  structure: 'Tell each story in order: situation and task in two sentences, most of the time on your own actions, then the result and what you learned.',
  specificity: 'Put at least two concrete facts in every answer: a number, a name of a system or tool, a date or a size.',
  ownership: 'Say "I" for what you did yourself; keep "we" for the team, and name your part in it.',
  result_impact: 'End every story with the measured result (before → after, with a number) and why it mattered.',
  relevance: 'Answer the question asked in your first sentence, then tie the story back to what this role needs.',
  concision: 'Aim for about 90 seconds (150–300 words): cut background, keep actions and results.',
  tradeoffs: 'Name the options you weighed, the assumption behind your choice and what you gave up.',
};

/** A score below this is worth a step; at or above it the dimension is a strength. */
const WORTH_WORK = 4;

function dimensionStep(dim: DimensionAverage, attempts: ScoredAttempt[]): string {
  let worst: { attempt: ScoredAttempt; score: number; advice: string } | null = null;
  for (const attempt of attempts) {
    const d = attempt.feedback.dimensions.find((x) => x.key === dim.key);
    if (d?.score != null && (worst === null || d.score < worst.score)) worst = { attempt, score: d.score, advice: d.advice };
  }
  const head = `${DIMENSION_LABELS[dim.key]} averaged ${dim.average}/5. ${DRILLS[dim.key]}`;
  if (!worst || worst.advice.trim() === '') return head;
  return `${head} On "${clip(worst.attempt.question.text, 80)}" (${worst.score}/5): ${clip(worst.advice, 220)}`;
}

/** The first word of a dimension's name, as coaches start an improvement with it ("Specificity (1/5): …"). */
const leadWord = (key: DimensionKey): string => DIMENSION_LABELS[key].split(/[\s(]/)[0]!.toLowerCase();

function retryStep(weakest: ScoredAttempt, covered: DimensionKey[]): string {
  // Prefer advice on something the dimension steps above do not already cover.
  const fresh = weakest.feedback.improvements.find((imp) => !covered.some((k) => imp.toLowerCase().startsWith(leadWord(k))));
  const improvement = fresh ?? weakest.feedback.improvements[0];
  const head = `Retry "${clip(weakest.question.text, 90)}" (${competencyName(weakest.question.competency)}, ${weakest.feedback.overall}/5)`;
  return improvement ? `${head}: ${clip(improvement, 220)}` : `${head} and compare the new score with this one.`;
}

function repeatedImprovement(attempts: ScoredAttempt[]): string | null {
  const counts = new Map<string, number>();
  for (const a of attempts) for (const imp of a.feedback.improvements) counts.set(imp, (counts.get(imp) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = sorted[0];
  return top ? `Across your answers the coach said most often: ${clip(top[0], 240)}` : null;
}

const FALLBACK = [
  'Answer at least three questions so the coach has enough to judge; each answer gets scores and quotes.',
  'Practise again with fresh questions aimed at your weakest competency.',
  'Read the example answer for your lowest-scoring question, then answer it again in your own words.',
];

/** Exactly three steps, most important first. */
export function nextSteps(dimensions: DimensionAverage[], attempts: ScoredAttempt[], weakest: ScoredAttempt | null): string[] {
  const weakDims = dimensions
    .filter((d): d is DimensionAverage & { average: number } => d.average !== null && d.average < WORTH_WORK)
    .sort((a, b) => a.average - b.average);
  const steps: string[] = [];
  const covered = weakDims.slice(0, 2);
  for (const d of covered) steps.push(dimensionStep(d, attempts));
  if (weakest && weakest.feedback.overall < WORTH_WORK + 0.5) steps.push(retryStep(weakest, covered.map((d) => d.key)));
  const repeated = repeatedImprovement(attempts);
  if (repeated) steps.push(repeated);
  for (const f of attempts.length === 0 ? FALLBACK : FALLBACK.slice(1)) steps.push(f);
  return [...new Set(steps)].slice(0, 3);
}
