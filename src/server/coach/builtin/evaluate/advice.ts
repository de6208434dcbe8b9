/**
 * Advice wording, as data. Advice is keyed by dimension and the scorer's note,
 * fitted to the score and the kind of answer (advice-kinds.ts); personas change
 * only framing (tone, emphasis), never the scores. Follow-up questions are in
 * follow-ups.ts.
 */
import type { DimensionKey, Persona } from '../../../../shared/domain.js';
import { DIMENSION_LABELS } from '../../../../shared/labels.js';
import { type AdviceFit, type Fitter, MISSING_PHASES, SHAPE_FITTERS } from './advice-kinds.js';

export { DIMENSION_LABELS };
export { type AdviceFit, type AnswerShape, shapeOf } from './advice-kinds.js';

/** What to do next, per dimension and reason. `default` covers notes without their own line. */
export const ADVICE: Record<DimensionKey, Record<string, string>> = {
  structure: {
    no_action: 'Say what you did, step by step — the action is most of a good answer.',
    no_result: 'End with the result: what changed because of your actions.',
    no_context: 'Open with one or two sentences of context so the listener knows the stakes.',
    no_impact: 'Close with impact or learning: what it meant for the team, or what you do differently now.',
    missing_phases: MISSING_PHASES,
    complete: 'Keep this shape; trim the context to leave more room for the actions.',
    default: 'Use Situation → Task → Action → Result → Impact, with most of the time on the action.',
  },
  specificity: {
    nothing_concrete: 'Name the system, the people involved, the numbers and the time frame; nothing here can be checked.',
    diluted: 'Cut the general talk that buries your specifics, and keep the named, measured details.',
    buzzwords: 'Frameworks and buzzwords name a method without using it: show one step applied to this case, with what you would look at and what it would tell you.',
    no_numbers: 'Add at least two data points (how many, how long, from what to what).',
    concrete: 'Keep the concrete details; one before/after number would make it stronger still.',
    default: 'Swap generalities for specifics: names, numbers, dates.',
  },
  ownership: {
    no_actor: 'Say who did what — put yourself in the sentences with "I" and a verb.',
    we_only: 'Separate your part from the team’s: "we" hides what you personally did.',
    diluted: 'Replace "helped with"/"was involved in" with the exact thing you did.',
    no_decision: 'Name one decision you made and why; that is what ownership sounds like.',
    clear: 'Clear ownership — keep crediting others while naming your decisions.',
    default: 'Make your own actions and decisions explicit.',
  },
  result_impact: {
    no_result: 'State the outcome. If there was no measurable result, say what you observed and what you learned.',
    unmeasured: 'Measure the result: a before/after number, a time saved, a count of users affected.',
    no_impact: 'Add what the result meant beyond the task — for users, the business, or how you work now.',
    not_yours: 'The outcome you give is someone else’s: end with what changed because of what you did.',
    complete: 'Strong close; keep the number and the meaning together.',
    default: 'End with a measured result and its impact.',
  },
  relevance: {
    off_topic: 'Answer the question that was asked — pick a story where that exact thing was the heart of it.',
    stock_phrases: 'Phrases like "a new challenge" or "room to grow" fit any job. Say what draws you to this role’s work, and show it with something you have already done.',
    missing_disagreement: 'The question asks about a disagreement, and nobody disagrees in this story. Tell one where someone pushed back: what they objected to, how you handled it, how it ended.',
    missing_own_mistake: 'The question asks about a mistake you made, and in this story the mistake is someone else’s. Pick one where you got something wrong: what you did, what it caused, how you fixed it, what you do differently now.',
    missing_setback: 'The question asks about something that went wrong, and this story is a success. Pick a real setback: what went wrong, your part in it, what you did, what you changed.',
    missing_upset_person: 'The question is about someone who was upset, and nobody is upset in this story. Tell one where you handled their frustration: what they said, what you did, how it ended.',
    missing_priority_call: 'The question asks how you decided what came first, and this story has no such choice. Tell one where you had too much: what you ranked first, what you dropped or moved, and why.',
    missing_own_part: 'The question asks what your part was, and this answer never says what you did. Name your own steps: what you decided, what you built or negotiated, and what came of it.',
    generic_plan: 'This plan would fit any question of its kind: use the situation’s own facts — which task, which deadline, who you would tell first — and say what you would do in what order.',
    missing_attribution: 'The question asks how you know it was your change, and this answer never says. Give the evidence: a comparison (another branch, the same season last year, a pilot), what else changed or did not, and what you ruled out.',
    missing_make_safe: 'The scenario has a hazard in it, and this plan never makes it safe. Say first how you would make it safe (isolate it, hold the stock, stop the work, escalate), then the rest.',
    missing_weighing: 'The question asks what you weighed, and this answer tells what was done without the choice behind it. Name the options, what each would have cost, and why you picked the one you did.',
    missing_feedback_change: 'The question asks about changing your plan because of someone’s feedback, and nobody gives any in this story. Tell one where a person told you something: what they said, what you changed because of it, and how it went.',
    missing_refusal: 'The question asks about saying no, and this story never declines anything. Tell one where you turned a request down: why, how you said it, what you offered instead.',
    no_role_tie: 'Tie the example to this role: name the skill from the job description it shows.',
    on_topic: 'On point; one sentence linking it to this role would finish it.',
    default: 'Answer the question directly, then connect it to the role.',
  },
  concision: {
    too_long: 'Cut to about 90 seconds (150–300 words): drop the background that does not change the story.',
    too_short: 'At {words} words this is short: tell the whole story first (about 150–300 words), then trim.',
    filler: 'Remove the filler words; pausing is fine.',
    repetition: 'You repeat a point; say it once.',
    padding: 'Some sentences add words without content — cut them.',
    tight: 'Tight and easy to follow.',
    default: 'Aim for 150–300 words with every sentence doing work.',
  },
  tradeoffs: {
    no_tradeoffs: 'Name at least one alternative and what your choice costs.',
    no_assumptions: 'State the assumptions (scale, constraints) that the design depends on.',
    weighed: 'Good weighing of options; say when your choice would change.',
    default: 'Compare alternatives against explicit assumptions.',
  },
};

/** Shared advice when an answer is a list of labels or keywords rather than a story. */
const KEYWORD_LIST_ADVICE = 'Tell one real example in full sentences; labels, buzzwords and percentages without a story earn nothing.';

/** At 5 there is nothing to ask for: say what works. */
const PRAISE: Record<DimensionKey, string> = {
  structure: 'A complete shape: every part is there, in an order that is easy to follow.',
  specificity: 'Concrete throughout: names, numbers and time frames an interviewer could check.',
  ownership: 'Clear ownership: your decisions are named, and others get their credit.',
  result_impact: 'Strong close: a measured result and what it meant.',
  relevance: 'Answers exactly what was asked, with a fitting example.',
  concision: 'Tight and easy to follow.',
  tradeoffs: 'Options weighed against stated assumptions.',
};

/** Below 4, a note that names what works still needs an action. */
const BELOW_FOUR: Partial<Record<DimensionKey, Record<string, string>>> = {
  specificity: { concrete: 'Add more checkable details: which system or people, how many, and when.' },
  ownership: { clear: 'Say more of what you did yourself: the steps you took, not only the decision.' },
  tradeoffs: { weighed: 'Say when your choice would change, and which assumption (scale, constraints) it rests on.' },
};

/** Relevance advice that agrees with the score and with whether the answer already ties to the role. */
function relevanceAdvice(note: string, fit: AdviceFit): string | undefined {
  if (note !== 'on_topic' && note !== 'no_role_tie') return undefined;
  const high = (fit.score ?? 0) >= 4;
  if (high) return fit.roleTied || note === 'on_topic' ? 'Answers the question directly with a fitting example; keep the link to the question in your first sentence.' : ADVICE.relevance.no_role_tie;
  const loose = 'It answers the question loosely: say in your first sentence how this example answers it';
  return fit.roleTied ? `${loose}.` : `${loose}, then which part of this role it shows.`;
}

/** A before/after figure already in the answer ("from 2.4 seconds to 310 milliseconds", "40 → 0"). */
const BEFORE_AFTER = /\bfrom\s+\S*\d[^.;]{0,40}?\bto\s+\S*\d|\d\S*\s*(?:→|->)\s*\S*\d|\b(?:halved|doubled|tripled)\b/i;

/** Concrete at 4 (or unscored): an answer that already has before/after figures is not asked for one. */
const concreteSpecifics: Fitter = (note, fit) =>
  note === 'concrete' && (fit.score ?? 4) >= 4 && BEFORE_AFTER.test(fit.text)
    ? 'Keep the concrete details, before/after figures included; make every step as checkable as your numbers.'
    : undefined;

/** Per dimension, the advice fitted to the kind of answer and to what the answer already has. */
const FITTERS: Partial<Record<DimensionKey, Fitter>> = { ...SHAPE_FITTERS, relevance: relevanceAdvice, specificity: concreteSpecifics };

/** The advice that fits this dimension's score, note and the kind of answer, or undefined for the plain table. */
function fitted(key: DimensionKey, note: string, fit: AdviceFit): string | undefined {
  if (fit.score !== null && fit.score >= 5) return PRAISE[key];
  const fitter = FITTERS[key]?.(note, fit);
  // Below 4, a note that praises what is there (concrete, clear, weighed) still needs an action.
  return fitter ?? (fit.score !== null && fit.score < 4 ? BELOW_FOUR[key]?.[note] : undefined);
}

/**
 * Advice for a dimension given the scorer's reason and, when known, the score and the
 * kind of answer: a 5 is praised, never nudged; a note that praises is an action below 4.
 */
export function adviceFor(key: DimensionKey, note: string, fit?: AdviceFit): string {
  if (note === 'keyword_list') return KEYWORD_LIST_ADVICE;
  const text = (fit && fitted(key, note, fit)) ?? ADVICE[key][note] ?? ADVICE[key].default!;
  return fit ? text.replace('{words}', String(fit.wordCount)) : text.replace('At {words} words this', 'This');
}

/** What to do for a dimension with nothing in the answer to judge, in the shape the question asks for. */
export function nextStep(key: DimensionKey, fit: AdviceFit): string {
  const shaped = key === 'structure' || key === 'result_impact' ? fitted(key, 'default', { ...fit, score: null }) : undefined;
  return shaped ?? ADVICE[key].default!;
}

/** How each persona frames the summary (tone and emphasis only). */
export const SUMMARY_FRAMES: Record<Persona, { band: Record<'weak' | 'mid' | 'strong', string>; strength: string; fix: string }> = {
  ruthless: {
    band: {
      weak: 'This would not get you through a structured interview.',
      mid: 'Passable, not memorable — an interviewer would score this in the middle.',
      strong: 'Solid answer. Now make it airtight.',
    },
    strength: 'What works: {x}.',
    fix: 'Fix first: {x}.',
  },
  helpful: {
    band: {
      weak: 'There is a real answer to build here, but it isn’t on the page yet.',
      mid: 'A good foundation — a couple of changes would lift it noticeably.',
      strong: 'This is a strong answer — well done.',
    },
    strength: 'You did well on {x}.',
    fix: 'The change that would help most: {x}.',
  },
  discovery: {
    band: {
      weak: 'It sounds like there is a story here that hasn’t surfaced yet.',
      mid: 'The story is partly there; some of it is still in your head rather than in the answer.',
      strong: 'The story comes through clearly.',
    },
    strength: 'What comes through: {x}.',
    fix: 'Worth exploring next: {x}.',
  },
};
