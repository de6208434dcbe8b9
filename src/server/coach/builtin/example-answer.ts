/**
 * exampleAnswer: an example built only from the user's own resume lines, work-history
 * notes and the job description, shaped like the question (`answerMode`): a STAR+I
 * story, a design outline, a plan in steps or a motivation answer
 * (example-shapes.ts). Every fact comes from those texts; anything missing is a
 * visible placeholder such as "[number of users]". No employer, number or result is
 * ever invented, and unrelated facts are never stitched together: a story tells one
 * story, the best match for the question's topic (example-match.ts), and when nothing
 * of the user's is about the topic the story is all placeholders rather than
 * somebody else's subject. A question in two halves ("…the nearest thing you've
 * done, and how you would close the gap") gets both.
 */
import type { ExampleAnswer } from '../../../shared/domain.js';
import type { ExampleRequest } from '../coach.js';
import { BUILTIN_MODEL } from './evaluate.js';
import { answerMode } from './evaluate/rubric.js';
import { gather, questionTopic, quotedRequirement, type Material } from './example-match.js';
import { motivationAnswer, planAnswer, type Shaped } from './example-shapes.js';
import { roleScene, splitLine, toldStory } from './example-story.js';
import { STAR_LABEL, type StarOutline } from './star.js';

export { splitLine } from './example-story.js';

/** Closing a gap, the second half of a gap question: the user's plan is theirs to fill in. */
function gapPlan(requirement: string | null): string {
  const what = requirement ? `“${requirement}”` : '[the skill the job asks for]';
  return `Closing the gap: To build ${what} in my first months, I would [the first thing you would learn or build], [where you would practise it on real work], and [how you and your manager would know the gap is closed].`;
}

/** The outline of one resume line in its role: the role sets the scene, the line is the action (and its result, when it says one). */
function lineOutline(m: Material): StarOutline {
  const { action, result } = splitLine(m.text);
  return { situation: m.role ? [roleScene(m.role)] : [], task: [], action: [`${action.replace(/[.;]\s*$/, '')}.`], result: result ? [result] : [], impact: [] };
}

function storyAnswer(materials: Material[], question: ExampleRequest['question']): Shaped {
  // One story: the best match only, and only when it is about the question. Two unrelated lines read as one invented Action.
  const best = materials.find((m) => m.score > 0);
  if (!best) return { text: withGapPlan(question, storyParts(EMPTY)).join('\n'), used: [] };
  const outline = (best.role === null ? toldStory(best.text) : null) ?? lineOutline(best);
  return { text: withGapPlan(question, storyParts(outline)).join('\n'), used: [best.ref] };
}

/** A gap question's second half, the plan to close it, after the story. */
function withGapPlan(question: ExampleRequest['question'], parts: string[]): string[] {
  return isGapQuestion(question) ? [...parts, gapPlan(quotedRequirement(question))] : parts;
}

function isGapQuestion(question: ExampleRequest['question']): boolean {
  return question.category === 'gap' || CLOSE_GAP.test(question.text);
}

const EMPTY: StarOutline = { situation: [], task: [], action: [], result: [], impact: [] };
const PLACEHOLDER: StarOutline = {
  situation: ['At [employer], where I worked as [your title], [what was at stake, and for whom].'],
  task: ['My responsibility was [the goal you owned and the constraint you faced].'],
  action: ['I [the first concrete step you took].'],
  result: ['[the measurable outcome, e.g. number of users or time saved].'],
  impact: ['[what it changed for the team or users, and what you learned].'],
};
const LABEL: Record<keyof StarOutline, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', impact: 'Impact' };

/** The story's own parts in their slots, a placeholder only where the story has none. */
function storyParts(outline: StarOutline): string[] {
  const parts: string[] = [];
  for (const key of Object.keys(LABEL) as Array<keyof StarOutline>) {
    const own = outline[key].map((t) => t.replace(STAR_LABEL, '').trim());
    const said = own.length > 0 ? own : PLACEHOLDER[key];
    // The decision is what an interviewer probes: the story's actions, then the prompt to name one.
    const extra = key === 'action' ? ['[One decision you made yourself, and why].'] : [];
    parts.push(`${LABEL[key]}: ${[...said, ...extra].join(' ')}`);
  }
  return parts;
}

/** The question's second half asks how you would close a gap or get up to speed. */
const CLOSE_GAP = /\bhow (?:would|will) you (?:close|fill|bridge) (?:the|that|this) gap\b|\bget up to speed\b/i;
/** "Your greatest strength/weakness" is asked like a motivation question but answered with an example. */
const TRAIT = /\b(?:strengths?|weakness(?:es)?)\b/i;

function designAnswer(materials: Material[]): Shaped {
  const related = materials.find((m) => m.score >= 1);
  const lines = [
    'Assumptions: I would first confirm [expected load, e.g. requests per second] and [the most important requirement, e.g. consistency or latency].',
    'Approach: [the core components and how data flows between them].',
    'Trade-offs: I would choose [option A] over [option B] because [reason tied to the assumptions]; it would change if [condition].',
    'Operations: I would watch [the key metric] and plan for [the main failure mode].',
  ];
  if (related) lines.splice(1, 0, `Experience: ${splitLine(related.text).action.replace(/[.;]\s*$/, '')}, so I would start from what worked there.`);
  return { text: lines.join('\n'), used: related ? [related.ref] : [] };
}

function shaped(req: ExampleRequest): Shaped {
  const { question } = req;
  const mode = answerMode(question.text, question.category);
  if (mode === 'motivation' && !TRAIT.test(question.text)) return motivationAnswer(req);
  // A gap question is answered with the nearest evidence and then the plan to close it.
  if (mode === 'plan' && !isGapQuestion(question)) return planAnswer(req);
  const materials = gather(req.profile, req.snippets, questionTopic(question));
  return mode === 'design' ? designAnswer(materials) : storyAnswer(materials, question);
}

/** Build an example answer for the question from the user's own material. */
export function exampleAnswer(req: ExampleRequest): ExampleAnswer {
  const { text, used } = shaped(req);
  const placeholders = [...new Set(text.match(/\[[^\]]+\]/g) ?? [])];
  return { text, placeholders, basedOn: used, coach: { persona: req.persona, provider: 'builtin', model: BUILTIN_MODEL } };
}
