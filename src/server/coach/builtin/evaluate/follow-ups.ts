/**
 * The follow-up question: it probes the answer's weakest dimension, in the
 * persona's style and the answer's shape. Personas change only how the
 * question is put, never which dimension it probes.
 */
import type { DimensionKey, Persona } from '../../../../shared/domain.js';
import type { EvaluationRequest } from '../../coach.js';
import type { ScoredDimension } from '../evaluate.js';
import type { AnswerShape } from './advice-kinds.js';
import { answerMode, weightsFor } from './rubric.js';

/** Follow-up question that probes the weakest dimension, in the persona's style. */
const FOLLOW_UPS: Record<Persona, Record<DimensionKey, string>> = {
  ruthless: {
    structure: 'Give it to me again in four sentences: situation, what you did, the result, what you learned.',
    specificity: 'Which system, which numbers, which week? Give me two facts I could verify.',
    ownership: 'Strip out the team. What did you personally decide, and what did you personally do?',
    result_impact: 'So what happened? Give me the measurable result, or admit there wasn’t one.',
    relevance: 'That wasn’t the question. Answer this one: {question}',
    concision: 'You have 60 seconds. Same story — go.',
    tradeoffs: 'What does your design cost you, and what would make you choose the other option?',
  },
  helpful: {
    structure: 'Could you walk me through it in order — the situation, what you did, and how it turned out?',
    specificity: 'Can you add a couple of concrete details, like the numbers or the names of the systems involved?',
    ownership: 'Which part of that was yours? I’d love to hear a decision you made yourself.',
    result_impact: 'How did it turn out? Is there a number that shows the difference your work made?',
    relevance: 'Can you think of an example that fits this question more closely: {question}',
    concision: 'If you had to tell this in about a minute, which parts would you keep?',
    tradeoffs: 'What alternatives did you consider, and what made you pick this one?',
  },
  discovery: {
    structure: 'If you told this as a story with a beginning, middle and end, where would it start?',
    specificity: 'When you picture that moment, what do you see — which people, which tools, which numbers?',
    ownership: 'What were you thinking at the point where it could have gone either way — and what did you choose?',
    result_impact: 'What was different afterwards, for you or for the people around you?',
    relevance: 'What other moment from your work comes to mind when you hear: {question}',
    concision: 'What is the one thing you most want the interviewer to remember from this answer?',
    tradeoffs: 'What other way could this have been built, and what would that have made easier or harder?',
  },
};

/** How-it-went follow-ups that ask for no number: used when the answer's specifics are already strong. */
const RESULT_FOLLOW_UPS: Record<Persona, string> = {
  ruthless: 'So what happened in the end, and what did it change for the people involved?',
  helpful: 'How did it turn out, and what did it change for the people involved?',
  discovery: 'What was different afterwards, for you or for the people around you?',
};

/** For a plan or design there is no outcome yet: the result follow-up asks how you would know. */
const PLAN_RESULT_FOLLOW_UPS: Record<Persona, string> = {
  ruthless: 'How would you know it worked? Name the signal you would watch.',
  helpful: 'How would you know it had worked — what would you watch?',
  discovery: 'What would tell you, a week later, that it had worked?',
};

/** Structure follow-ups for answers that are not stories: the order their parts come in. */
const SHAPE_FOLLOW_UPS: Record<Exclude<AnswerShape, 'story'>, Record<Persona, string>> = {
  design: {
    ruthless: 'Start again: what are you assuming, what do you build, and where does it break?',
    helpful: 'Could you take it from the top: what you would assume, what you would build, and how it would hold up?',
    discovery: 'Before any design, what would you want to know about the problem?',
  },
  situational: {
    ruthless: 'What exactly do you do first, and what do you check before the next step?',
    helpful: 'What would you do first, and what would you check before taking the next step?',
    discovery: 'Picture the first hour: what would you do, and what would you want to find out?',
  },
  gap: {
    ruthless: 'What is the closest thing you have actually done, and what is your first step to close the gap?',
    helpful: 'What is the nearest thing you have done, and what would you do first to close the gap?',
    discovery: 'What have you done that comes closest, and what would you want to learn first?',
  },
  motivation: {
    ruthless: 'Why this role and not any other? Give me one thing you have done that proves the fit.',
    helpful: 'What have you done that shows you would be good at this role?',
    discovery: 'What is it about this role that connects with work you have enjoyed?',
  },
};

/** When every dimension is strong, the follow-up goes deeper instead of asking for what is there. */
const STRETCH_FOLLOW_UPS: Record<AnswerShape, Record<Persona, string>> = {
  story: {
    ruthless: 'What would you have done if your first approach had not worked?',
    helpful: 'If the same situation came up tomorrow, what would you do differently, and why?',
    discovery: 'Looking back, what would you tell yourself at the start of that?',
  },
  design: {
    ruthless: 'Where does this design break first at ten times the load, and what do you do then?',
    helpful: 'What would change in your design at ten times the load?',
    discovery: 'What would make you choose a different design?',
  },
  situational: {
    ruthless: 'Your first step fails. What next?',
    helpful: 'What would you do if your first step did not work?',
    discovery: 'What would tell you early that your plan was not working?',
  },
  gap: {
    ruthless: 'How would your manager know, three months in, that the gap is closed?',
    helpful: 'How would you and your manager know the gap was closed?',
    discovery: 'What would closing the gap look like for you, three months in?',
  },
  motivation: {
    ruthless: 'What will you have delivered in your first six months?',
    helpful: 'What would you want to have achieved after your first six months here?',
    discovery: 'What would make this role feel like the right move a year from now?',
  },
};

/** The weakest dimension; among equals, the one the rubric weighs most for this question. */
function weakest(dims: ScoredDimension[], req: EvaluationRequest): ScoredDimension {
  const w = weightsFor(answerMode(req.question.text, req.question.category), dims.some((d) => d.key === 'tradeoffs'));
  return [...dims].sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || (w[b.key] ?? 0) - (w[a.key] ?? 0))[0]!;
}

/** Shapes with no outcome yet: a plan or design is asked how you would know it worked. */
const PLANNED: ReadonlySet<AnswerShape> = new Set(['situational', 'gap', 'design']);

/** What the choice of a shaped follow-up may look at. */
interface Probe {
  shape: AnswerShape;
  persona: Persona;
  /** Specifics scored 4+: the result question then asks for no number. */
  specific: boolean;
}

/** Follow-ups that replace the plain table for a target dimension, or undefined when the table fits. */
const SHAPED: Partial<Record<DimensionKey, (p: Probe) => string | undefined>> = {
  result_impact: (p) => (PLANNED.has(p.shape) ? PLAN_RESULT_FOLLOW_UPS[p.persona] : p.specific ? RESULT_FOLLOW_UPS[p.persona] : undefined),
  structure: (p) => (p.shape === 'story' ? undefined : SHAPE_FOLLOW_UPS[p.shape][p.persona]),
};

/**
 * The follow-up probes the weakest dimension, in the persona's style and the answer's shape.
 * When even the weakest is strong (4+), it goes deeper instead of asking for what is there;
 * with specifics at 4–5 it never asks for numbers.
 */
export function followUpFor(dims: ScoredDimension[], req: EvaluationRequest, shape: AnswerShape): string {
  const target = weakest(dims, req);
  const persona = req.persona;
  if ((target.score ?? 0) >= 4) return STRETCH_FOLLOW_UPS[shape][persona];
  const specific = (dims.find((d) => d.key === 'specificity')?.score ?? 0) >= 4;
  return SHAPED[target.key]?.({ shape, persona, specific }) ?? FOLLOW_UPS[persona][target.key].replace('{question}', req.question.text);
}
