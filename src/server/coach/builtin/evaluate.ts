/**
 * evaluate: the built-in rubric engine. Scores an answer on the anchored
 * dimensions (see evaluate/rubric.ts for anchors, weights and caps), quotes
 * the answer as evidence, and writes persona-framed feedback. Scores depend
 * only on the question, the answer and the profile — never on the persona.
 */
import { citeStories } from '../citations.js';
import { anchorEvidence } from './evaluate/anchor.js';
import type { Dimension, DimensionKey, Feedback } from '../../../shared/domain.js';
import type { EvaluationRequest } from '../coach.js';
import { scoreConcision, scoreRelevance, scoreSpecificity, scoreTradeoffs } from './evaluate/dims-content.js';
import { type DimContext, type DimResult, scoreOwnership, scoreResult, scoreStructure } from './evaluate/dims-story.js';
import { writeFeedback } from './evaluate/feedback-text.js';
import { isMissingAskNote } from './evaluate/asks-for.js';
import { type AnswerMode, answerMode, CAPS, READER_WEIGHT, weightsFor } from './evaluate/rubric.js';
import { readOverall } from './evaluate/reader.js';
import { computeSignals, type Signals } from './evaluate/signals.js';
import { suggestStories, withStoryLines } from './evaluate/stories.js';

export const BUILTIN_MODEL = 'builtin-rubric-v1';

export interface ScoredDimension extends DimResult {
  key: DimensionKey;
}

export interface Scoring {
  overall: number;
  dimensions: ScoredDimension[];
  signals: Signals;
  /** Which caps lowered the overall, for the summary and for calibration. */
  caps: string[];
}

function isTechnical(req: EvaluationRequest, mode: string): boolean {
  return req.question.category === 'technical' || mode === 'design';
}

/**
 * Score an answer: pure, deterministic, persona-free. `reader` replaces the committed
 * learned reader's 1–5 score (calibration's cross-validation passes a model trained
 * without the split it scores; null scores with the rubric alone).
 */
export function scoreAnswer(req: EvaluationRequest, reader?: number | null): Scoring {
  const sig = computeSignals(req.answer);
  const mode = answerMode(req.question.text, req.question.category);
  const technical = isTechnical(req, mode);
  const ctx: DimContext = { mode, technical };
  const few = sig.wordCount < CAPS.fewWords;
  const judge = (r: DimResult): DimResult => (few ? { score: null, evidence: [], note: 'too_short' } : r);
  const dims: ScoredDimension[] = [
    { key: 'structure', ...judge(scoreStructure(sig, ctx)) },
    { key: 'specificity', ...judge(scoreSpecificity(sig)) },
    { key: 'ownership', ...judge(scoreOwnership(sig, ctx)) },
    { key: 'result_impact', ...judge(scoreResult(sig, ctx)) },
    { key: 'relevance', ...(sig.wordCount === 0 ? { score: null, evidence: [], note: 'too_short' } : scoreRelevance(sig, { ...ctx, question: req.question, profile: req.profile })) },
    { key: 'concision', ...judge(scoreConcision(sig, { ...ctx, durationSeconds: req.durationSeconds })) },
  ];
  if (technical) dims.push({ key: 'tradeoffs', ...judge(scoreTradeoffs(sig)) });
  if (sig.fragmented) applyCeilings(dims, FRAGMENT_CEILINGS, 'keyword_list');
  anchorEvidence(dims, sig);
  const { overall, caps } = combine(dims, sig, mode, technical, reader === undefined ? readOverall(sig.text) : reader);
  return { overall, dimensions: dims, signals: sig, caps };
}

/**
 * Substance: a concrete detail, or an actual example (two narrated events),
 * or — for plans and designs — concrete steps of your own. Beliefs and habits
 * alone ("I always try to listen") are not an answer to a structured question.
 */
function hasSubstance(sig: Signals, mode: ReturnType<typeof answerMode>): boolean {
  if (sig.concreteSentences.length > 0 || sig.events.length >= 2) return true;
  if (mode === 'design' && sig.techTerms.length >= 2) return true;
  const steps = sig.iActions.length + sig.steps.length;
  return (mode === 'plan' || mode === 'design') && steps >= 2 && sig.platitudes.length < steps;
}

/**
 * The candidate's own action arrives only after most of the answer: a long
 * scene-setting and one closing line of what they did. An interviewer has
 * stopped listening by then, and the action is too thin to judge.
 */
function actionArrivesLate(sig: Signals, mode: AnswerMode): boolean {
  // In a plan or design, a step of the plan ("I'd call…") or something once done both count.
  const starts = mode === 'story' ? [sig.firstOwnAction] : [sig.firstOwnAction, sig.firstPlanStep];
  const found = starts.filter((i) => i >= 0);
  const first = found.length > 0 ? Math.min(...found) : mode === 'story' ? -1 : sig.sentences.length;
  if (first <= 0 || sig.wordCount < 100) return false;
  const before = sig.sentences.slice(0, first).reduce((n, s) => n + s.words, 0);
  return before >= sig.wordCount * CAPS.lateActionShare;
}

/** A list of keywords tells no story: the story dimensions cannot score above these. */
const FRAGMENT_CEILINGS: Partial<Record<DimensionKey, number>> = { structure: 1, specificity: 2, ownership: 2, result_impact: 2, relevance: 2 };

function applyCeilings(dims: ScoredDimension[], ceilings: Partial<Record<DimensionKey, number>>, note: string): void {
  for (const d of dims) {
    const max = ceilings[d.key];
    if (max !== undefined && d.score !== null && d.score > max) Object.assign(d, { score: max, note });
  }
}

/** The rubric's weighted mean of the dimension scores (a null dimension counts as 1). */
function weightedMean(dims: ScoredDimension[], mode: AnswerMode, technical: boolean): number {
  const weights = weightsFor(mode, technical);
  let sum = 0;
  let total = 0;
  for (const d of dims) {
    const w = weights[d.key] ?? 0;
    sum += w * (d.score ?? 1);
    total += w;
  }
  return total > 0 ? sum / total : 1;
}

function combine(dims: ScoredDimension[], sig: Signals, mode: AnswerMode, technical: boolean, reader: number | null): { overall: number; caps: string[] } {
  const rubric = weightedMean(dims, mode, technical);
  // The learned reader's score is blended in before the caps, so no cap can be read past.
  let overall = reader === null ? rubric : (1 - READER_WEIGHT) * rubric + READER_WEIGHT * reader;
  const caps: string[] = [];
  const cap = (max: number, why: string): void => {
    if (overall > max) {
      overall = max;
      caps.push(why);
    }
  };
  const relevanceDim = dims.find((d) => d.key === 'relevance');
  const relevance = relevanceDim?.score ?? 1;
  if (sig.wordCount < CAPS.fewWords) cap(CAPS.fewWordsMax, 'few_words');
  if (sig.fragmented) cap(CAPS.keywordListMax, 'keyword_list');
  if (sig.wordCount < CAPS.thinWords) cap(CAPS.thinMax, 'thin');
  if (relevance <= 1) cap(CAPS.relevance1Max, 'off_topic');
  else if (relevance <= 2) cap(relevanceDim && isMissingAskNote(relevanceDim.note) ? CAPS.missingAskMax : CAPS.relevance2Max, 'mostly_off_topic');
  const ownership = dims.find((d) => d.key === 'ownership')?.score ?? 1;
  const concision = dims.find((d) => d.key === 'concision')?.score ?? 5;
  const specificity = dims.find((d) => d.key === 'specificity')?.score ?? 1;
  // Thin specifics by our count are a ramble only in an answer that also talks in general: a long
  // answer of nothing but its own steps in a trade's words ("oil analysis, SCADA temperatures") has
  // specifics the count cannot see (holdout8's first read: a strong wind-farm answer capped at 2.2).
  const talksInGeneral = sig.generalShare >= CAPS.rambleGeneralShare || sig.platitudes.length > 0;
  const vagueAtLength = talksInGeneral && ((specificity <= 1 && sig.wordCount > CAPS.vagueRambleWords) || (specificity <= 2 && sig.wordCount > CAPS.longVagueWords));
  if ((concision <= 2 && specificity <= 2) || vagueAtLength) cap(CAPS.rambleMax, 'ramble');
  if (sig.buzzwords.length >= CAPS.buzzwords) cap(CAPS.buzzwordsMax, 'buzzwords');
  if (sig.generalShare >= CAPS.generalShare) cap(sig.wordCount > CAPS.vagueRambleWords ? CAPS.rambleMax : CAPS.generalitiesMax, 'generalities');
  if (mode === 'story' && sig.events.length === 0 && sig.firstOwnAction < 0 && sig.wordCount >= CAPS.fewWords) cap(CAPS.noStoryMax, 'no_story');
  if (mode !== 'motivation' && actionArrivesLate(sig, mode)) cap(CAPS.lateActionMax, 'late_action');
  if (mode === 'story' && ownership <= 2) cap(CAPS.noOwnershipMax, 'no_ownership');
  if (!hasSubstance(sig, mode) && sig.wordCount >= CAPS.fewWords) cap(CAPS.noSubstanceMax, 'no_substance');
  return { overall: Math.round(Math.max(1, overall) * 10) / 10, caps };
}

/**
 * Full feedback for an answer, framed for the persona. Where the answer lacks
 * a result or specifics that one of the user's relevant stories has, the
 * improvements point at that story and `basedOn` cites it (scores unchanged).
 */
export function evaluate(req: EvaluationRequest): Feedback {
  const scoring = scoreAnswer(req);
  const text = writeFeedback(scoring, req);
  const stories = suggestStories(req, scoring);
  const dimensions: Dimension[] = scoring.dimensions.map((d) => ({
    key: d.key,
    score: d.score,
    evidence: d.evidence,
    advice: text.advice[d.key] ?? '',
  }));
  return {
    overall: scoring.overall,
    summary: text.summary,
    dimensions,
    strengths: text.strengths,
    improvements: withStoryLines(text.improvements, stories, req.persona),
    followUpQuestion: text.followUp,
    coach: { persona: req.persona, provider: 'builtin', model: BUILTIN_MODEL },
    basedOn: citeStories(stories.map((s) => s.snippetId), req.snippets),
  };
}
