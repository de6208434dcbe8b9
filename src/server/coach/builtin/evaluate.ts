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
import { type AnswerMode, answerMode, CAPS, readerShare, weightsFor } from './evaluate/rubric.js';
import { type Reading, readAnswer } from './evaluate/reader.js';
import { isClaimList } from './evaluate/template-talk.js';
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
  // An explicit reader score (cross-validation's model trained without the split) is taken as a full reading.
  const reading = reader === undefined ? readAnswer(sig.text) : reader === null ? null : { score: reader, coverage: 1 };
  const { overall, caps } = combine(dims, sig, mode, technical, reading);
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

type Cap = readonly [max: number, why: string];
const scoreOf = (dims: ScoredDimension[], key: ScoredDimension['key'], fallback: number): number => dims.find((d) => d.key === key)?.score ?? fallback;

/** Off topic, or mostly: a missing asked-for moment caps a little higher than a plain miss. */
function topicCap(dims: ScoredDimension[]): Cap | null {
  const relevanceDim = dims.find((d) => d.key === 'relevance');
  const relevance = relevanceDim?.score ?? 1;
  if (relevance <= 1) return [CAPS.relevance1Max, 'off_topic'];
  if (relevance > 2) return null;
  return [relevanceDim && isMissingAskNote(relevanceDim.note) ? CAPS.missingAskMax : CAPS.relevance2Max, 'mostly_off_topic'];
}

/**
 * Long and vague. Thin specifics by our count are a ramble only in an answer that also talks in
 * general: a long answer of nothing but its own steps in a trade's words ("oil analysis, SCADA
 * temperatures") has specifics the count cannot see (holdout8's first read: a strong wind-farm answer capped at 2.2).
 */
function rambleCap(dims: ScoredDimension[], sig: Signals): Cap | null {
  const concision = scoreOf(dims, 'concision', 5);
  const specificity = scoreOf(dims, 'specificity', 1);
  const talksInGeneral = sig.generalShare >= CAPS.rambleGeneralShare || sig.platitudes.length > 0;
  const vagueAtLength = talksInGeneral && ((specificity <= 1 && sig.wordCount > CAPS.vagueRambleWords) || (specificity <= 2 && sig.wordCount > CAPS.longVagueWords));
  return (concision <= 2 && specificity <= 2) || vagueAtLength ? [CAPS.rambleMax, 'ramble'] : null;
}

/** Slogans, and general talk instead of this case. */
function talkCaps(sig: Signals): Cap[] {
  const out: Cap[] = [];
  if (sig.buzzwords.length >= CAPS.buzzwords) out.push([CAPS.buzzwordsMax, 'buzzwords']);
  if (isClaimList(sig.claimLists)) out.push([CAPS.claimListMax, 'claim_list']);
  if (sig.generalShare >= CAPS.generalShare) out.push([sig.wordCount > CAPS.vagueRambleWords ? CAPS.rambleMax : CAPS.generalitiesMax, 'generalities']);
  return out;
}

/** For story questions: no moment told at all, or no own part in it. */
function storyOnlyCaps(dims: ScoredDimension[], sig: Signals): Cap[] {
  const out: Cap[] = [];
  if (sig.events.length === 0 && sig.firstOwnAction < 0 && sig.wordCount >= CAPS.fewWords) out.push([CAPS.noStoryMax, 'no_story']);
  if (scoreOf(dims, 'ownership', 1) <= 2) out.push([CAPS.noOwnershipMax, 'no_ownership']);
  return out;
}

/** No moment told, the own action arriving last, no own part, nothing concrete. */
function storyCaps(dims: ScoredDimension[], sig: Signals, mode: AnswerMode): Cap[] {
  const out: Cap[] = mode === 'story' ? storyOnlyCaps(dims, sig) : [];
  if (mode !== 'motivation' && actionArrivesLate(sig, mode)) out.push([CAPS.lateActionMax, 'late_action']);
  if (!hasSubstance(sig, mode) && sig.wordCount >= CAPS.fewWords) out.push([CAPS.noSubstanceMax, 'no_substance']);
  return out;
}

/** The judgement caps that hold for this answer, in order. */
function judgementCaps(dims: ScoredDimension[], sig: Signals, mode: AnswerMode): Cap[] {
  return [topicCap(dims), rambleCap(dims, sig), ...talkCaps(sig), ...storyCaps(dims, sig, mode)].filter((c): c is Cap => c !== null);
}

function combine(dims: ScoredDimension[], sig: Signals, mode: AnswerMode, technical: boolean, reading: Reading | null): { overall: number; caps: string[] } {
  const caps: string[] = [];
  // The judgement caps (off topic, no story, late action…) bound the rubric's part, before the
  // learned reader is blended in: bounding the blend let one misfiring rule sink a strong answer
  // the reader scored well (holdout12's first read: 23 of 36 answers capped, a strong non-native
  // failure story at 2.0). Cross-validated over holdout2–12, this ranks better on every split
  // (docs/coach.md). The thin caps bound the blend: nothing the reader likes lifts a few words.
  let rubric = weightedMean(dims, mode, technical);
  for (const [max, why] of judgementCaps(dims, sig, mode)) {
    if (rubric > max) {
      rubric = max;
      caps.push(why);
    }
  }
  const share = reading === null ? 0 : readerShare(reading.coverage);
  let overall = reading === null ? rubric : (1 - share) * rubric + share * reading.score;
  for (const [max, why] of blendCaps(sig, mode)) {
    if (overall > max) {
      overall = max;
      caps.push(why);
    }
  }
  return { overall: Math.round(Math.max(1, overall) * 10) / 10, caps };
}

/** The caps that bound the blend, whatever the reader says: a few words, a template, a match report. */
function blendCaps(sig: Signals, mode: AnswerMode): Cap[] {
  const out: Cap[] = [];
  if (sig.wordCount < CAPS.fewWords) out.push([CAPS.fewWordsMax, 'few_words']);
  if (sig.fragmented) out.push([CAPS.keywordListMax, 'keyword_list']);
  if (sig.placeholders.length > 0) out.push([CAPS.templateMax, 'unfilled_template']);
  // Nothing the reader likes in a match report makes it the candidate's own story.
  if (mode === 'story' && sig.onlooking) out.push([CAPS.onlookerMax, 'onlooker']);
  if (sig.wordCount < CAPS.thinWords) out.push([CAPS.thinMax, 'thin']);
  return out;
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
