/**
 * Advice that depends on the kind of answer a question asks for. A story is
 * told in the past (situation, action, result); a plan, a design, a gap plan
 * or a motivation has other parts and no outcome yet, so the structure,
 * result and length advice written for stories would ask for the wrong thing.
 */
import type { DimensionKey, QuestionCategory } from '../../../../shared/domain.js';
import type { AnswerMode } from './rubric.js';

/** What kind of answer the question asks for: advice and follow-ups differ by kind. */
export type AnswerShape = 'story' | 'design' | 'situational' | 'gap' | 'motivation';

/** The shape of an answer from its rubric mode; a plan is a gap plan when the question is about a gap. */
export function shapeOf(mode: AnswerMode, category: QuestionCategory): AnswerShape {
  if (mode === 'plan') return category === 'gap' ? 'gap' : 'situational';
  return mode;
}

/** What the advice may know about the answer besides the scorer's note. */
export interface AdviceFit {
  score: number | null;
  shape: AnswerShape;
  wordCount: number;
  /** The answer as scored: advice never asks for what is already in it. */
  text: string;
  /** The answer shows something the job description asks for (a named skill, or the competency the JD lists). */
  roleTied: boolean;
}

/** Advice for one dimension given the scorer's note, or undefined when the plain table fits. */
export type Fitter = (note: string, fit: AdviceFit) => string | undefined;

/** The parts a design answer needs; also the structure table's `missing_phases` line, so both read the same. */
export const MISSING_PHASES = 'Give the answer a shape: assumptions first, then the approach, then how it holds up (failures, scale, follow-up).';

/** Structure advice for shapes other than a story or design: the parts their answers need, in order. */
const SHAPE_STRUCTURE: Record<Exclude<AnswerShape, 'story' | 'design'>, string> = {
  situational: 'Say what you would do first and why, then what you would check, who you would involve, and how you would know it worked.',
  gap: 'Name the nearest thing you have done and what it taught you, then how you would close the gap: what you would learn or build first, and by when.',
  motivation: 'Say why this role, with evidence: something you have done that shows the fit, then what you would bring to the team.',
};

const OPENS_WITH_ASSUMPTIONS = /\b(?:assum\w*|requirements?|constraints?|clarif\w*|depends on|let's say|say we have|given (?:that|a|an)|(?:i'd|i would) (?:first )?(?:ask|confirm|check))\b/i;
const GIVES_REASONS = /\b(?:because|so that|which means|this gives|that way|the reason)\b|\bif\b[^.;]{3,80},\s*(?:then|it'?s|that|we|i|the|so)\b/i;
const HOLDS_UP = /\b(?:monitor\w*|alert\w*|fail\w*|roll(?:ed)? ?back|scale|scaling|retr(?:y|ies)|watch|edge cases?|what happens|abort\w*|load)\b/i;

/** Design advice that names only the parts the answer lacks; an answer that opens with assumptions is not told to. */
function designStructure(text: string): string {
  const opening = text.split(/(?<=[.!?])\s+/).slice(0, 2).join(' ');
  if (!OPENS_WITH_ASSUMPTIONS.test(opening)) return MISSING_PHASES;
  const missing = [GIVES_REASONS.test(text) ? '' : 'the reason for each step (because…, so that…)', HOLDS_UP.test(text) ? '' : 'how it holds up (failures, scale, what you would watch)'].filter(Boolean);
  return missing.length > 0
    ? `You open with your assumptions; now add ${missing.join(' and ')}.`
    : 'You open with your assumptions; make the approach itself explicit: the parts, and how data moves between them.';
}

const NEAREST_THING = /\b(?:nearest|closest|similar|the same kind of)\b|\bI\s+(?:have\s+)?(?:[a-z]+ed|led|built|ran|ran|wrote|owned|taught|did)\b/i;
const LESSON = /\b(?:taught me|learn(?:ed|t)|lessons?|showed me|what i took)\b/i;
const CLOSING_PLAN = /\b(?:i would|i'd|i will|i'll|i plan|i am (?:now )?(?:taking|doing|reading|learning)|i'm (?:taking|doing|reading|learning)|my first)\b/i;
const BY_WHEN = /\b(?:by (?:the )?(?:end|month|week|day|\d)|within|in (?:my )?(?:the )?first (?:\w+ )?(?:days?|weeks?|months?)|(?:first|next) (?:30|60|90|three|six) (?:days|months)|by (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter))\b/i;

/** Gap advice that names only the parts the answer lacks: an answer that names its nearest thing is not told to. */
function gapStructure(text: string): string {
  const missing = [
    NEAREST_THING.test(text) ? '' : 'the nearest thing you have done',
    LESSON.test(text) ? '' : 'what it taught you',
    CLOSING_PLAN.test(text) ? '' : 'how you would close the gap (what you would learn or build first)',
    BY_WHEN.test(text) ? '' : 'by when',
  ].filter(Boolean);
  if (missing.length === 0) return 'The parts are there; make the link explicit: say in one sentence how the nearest thing you did covers part of what the job asks.';
  return missing.length === 4 ? SHAPE_STRUCTURE.gap : `Add ${missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0]}.`;
}

/** Structure: the general shape notes are replaced by the parts this kind of answer needs; a story keeps the table. */
const shapedStructure: Fitter = (note, fit) => {
  if (note !== 'missing_phases' && note !== 'default') return undefined;
  if (fit.shape === 'design') return designStructure(fit.text);
  if (fit.shape === 'gap') return gapStructure(fit.text);
  return fit.shape === 'story' ? undefined : SHAPE_STRUCTURE[fit.shape];
};

/** Result advice for a plan or design: there is no outcome yet, only how you would know. */
const PLAN_RESULT = 'Say how you would know it worked: the number you would watch, and what good would look like.';
/** The shapes that describe what would be done, so their result is how you would know it worked. */
const PLANNED: ReadonlySet<AnswerShape> = new Set(['situational', 'gap', 'design']);
/** The result notes that ask for an outcome a plan cannot have yet. */
const ASKS_FOR_OUTCOME: ReadonlySet<string> = new Set(['no_result', 'unmeasured', 'default']);

const plannedResult: Fitter = (note, fit) => (PLANNED.has(fit.shape) && ASKS_FOR_OUTCOME.has(note) ? PLAN_RESULT : undefined);

/** A short answer that is not a story is asked for the whole answer, not "the whole story". */
const shortAnswer: Fitter = (note, fit) =>
  note === 'too_short' && fit.shape !== 'story' ? 'At {words} words this is short: give the whole answer first (about 150–300 words), then trim.' : undefined;

/** The dimensions whose advice depends on the kind of answer, and how. */
export const SHAPE_FITTERS: Partial<Record<DimensionKey, Fitter>> = {
  structure: shapedStructure,
  result_impact: plannedResult,
  concision: shortAnswer,
};
