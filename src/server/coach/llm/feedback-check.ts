/**
 * The written parts of LLM feedback (summary, strengths, improvements, each
 * dimension's advice) checked for words and figures the user never gave. An
 * offending sentence or list item is dropped when the rest stands; when the
 * verdict itself rests on invention the whole reply is refused, which sends it
 * to retry and then to the labelled built-in coach.
 */
import type { DimensionKey } from '../../../shared/domain.js';
import type { EvaluationRequest } from '../coach.js';
import { countWords, jobText, resumeText } from './context.js';
import { normaliseForMatch } from './evidence.js';
import { figureValues } from './figures.js';
import { checkProse, checkSentence, type Material } from './quotes-check.js';
import type { LlmFeedback } from './schemas.js';

/** Invented items across the whole reply from which it is a pattern, not a slip. */
export const MAX_INVENTED_ITEMS = 3;

/** What quotes and figures in feedback on `req` may come from. */
export function feedbackMaterial(req: EvaluationRequest): Material {
  const own = [req.answer, resumeText(req.profile), ...req.snippets.map((s) => s.text), req.question.text].join('\n');
  const counts = new Set([countWords(req.answer)]);
  if (req.durationSeconds !== undefined) counts.add(Math.round(req.durationSeconds));
  return { quotable: normaliseForMatch(`${own}\n${jobText(req.profile)}`), figures: figureValues(own), promptCounts: counts };
}

function checkList(items: string[], m: Material): { kept: string[]; dropped: number } {
  const trimmed = items.map((x) => x.trim()).filter(Boolean);
  const kept = trimmed.map((x) => checkSentence(x, m)).filter((x): x is string => x !== null);
  return { kept, dropped: trimmed.length - kept.length };
}

type Dims = LlmFeedback['dimensions'];

function checkAdvice(dims: Dims, m: Material): { dimensions: Dims; dropped: number } {
  let dropped = 0;
  const entries = Object.entries(dims).map(([key, d]) => {
    const advice = checkProse(d.advice, m);
    dropped += advice.dropped;
    return [key, { ...d, advice: advice.text }];
  });
  return { dimensions: Object.fromEntries(entries) as Record<DimensionKey, Dims[DimensionKey]>, dropped };
}

export interface CheckedWords {
  summary: string;
  strengths: string[];
  improvements: string[];
  dimensions: Dims;
}

/**
 * The reply's prose with invented sentences and items removed, or undefined
 * when the core is invented: half or more of the summary's sentences (the
 * headline verdict), more than half of the strengths (the praise behind the
 * score), or MAX_INVENTED_ITEMS or more items in all.
 */
export function checkFeedbackWords(raw: LlmFeedback, m: Material): CheckedWords | undefined {
  const summary = checkProse(raw.summary.trim(), m);
  const strengths = checkList(raw.strengths, m);
  const improvements = checkList(raw.improvements, m);
  const advice = checkAdvice(raw.dimensions, m);
  const invented = summary.dropped + strengths.dropped + improvements.dropped + advice.dropped;
  const coreInvented = summary.dropped > 0 && summary.dropped * 2 >= summary.total;
  const praiseInvented = strengths.dropped * 2 > strengths.dropped + strengths.kept.length;
  if (coreInvented || praiseInvented || invented >= MAX_INVENTED_ITEMS) return undefined;
  return { summary: summary.text, strengths: strengths.kept, improvements: improvements.kept, dimensions: advice.dimensions };
}
