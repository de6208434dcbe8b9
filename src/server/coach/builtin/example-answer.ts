/**
 * exampleAnswer: a STAR+I example built only from the user's own resume lines
 * and work-history notes. Every fact comes from those texts; anything missing
 * is a visible placeholder such as "[number of users]". No employer, number
 * or result is ever invented, and unrelated facts are never stitched together:
 * the example tells one story (the best-matching line or note). A question in
 * two halves ("…the nearest thing you've done, and how you would close the
 * gap") gets both.
 */
import type { ExampleAnswer, Profile, Role } from '../../../shared/domain.js';
import type { ExampleRequest, GroundingSnippet } from '../coach.js';
import { storyBody } from '../story-text.js';
import { competencyMatcher } from './competencies.js';
import { BUILTIN_MODEL } from './evaluate.js';
import { answerMode } from './evaluate/rubric.js';
import { OUTCOME } from './evaluate/stories.js';
import { outlineStar, STAR_LABEL, type StarOutline } from './star.js';
import { matchGroups, phraseWords } from '../../text/thesaurus-match.js';
import { contentStems } from './text.js';

interface Material {
  text: string;
  role: Role | null;
  ref: string;
  score: number;
}

const GERUND: Record<string, string> = {
  cutting: 'cut', reducing: 'reduced', saving: 'saved', increasing: 'increased', improving: 'improved', halving: 'halved',
  doubling: 'doubled', growing: 'grew', raising: 'raised', lowering: 'lowered', lifting: 'lifted', bringing: 'brought', removing: 'removed',
};
const RESULT_CLAUSE = new RegExp(`,\\s*(?:which\\s+)?(${Object.keys(GERUND).join('|')}|which \\w+)\\s+(.+)$`, 'i');

/** The requirement a gap question quotes ("The job asks for “…”"), or null. */
function quotedRequirement(question: ExampleRequest['question']): string | null {
  return question.category === 'gap' ? (/[“"]([^”"]{3,200})[”"]/.exec(question.text)?.[1] ?? null) : null;
}

/** How a resume bullet is remembered as a story: "Led… (as Title at Employer, dates)." (work-history resume-chunks.ts). */
const ROLE_NOTED = /^([^\n]+?) \(as ([^()\n]{2,80}?) at ([^()\n]{2,80}?)(?:, ([^,()\n]{0,40}))?\)\.?$/;

function gather(profile: Profile, snippets: GroundingSnippet[], question: ExampleRequest['question']): Material[] {
  // A gap question is about its quoted requirement; its own wording ("isn't on your resume") is boilerplate.
  const topic = quotedRequirement(question) ?? question.text;
  const q = contentStems(`${topic} ${question.competency.replace(/_/g, ' ')}`);
  const comp = competencyMatcher(question.competency);
  // The same idea in other words ("event-driven" and "Kafka") is nearer than a shared stopword-free word.
  const groups = matchGroups(phraseWords(topic));
  const score = (t: string): number => {
    let n = 0;
    for (const s of contentStems(t)) if (q.has(s)) n++;
    for (const g of matchGroups(phraseWords(t))) if (groups.has(g)) n++;
    return n + (comp ? Math.min(2, (t.match(comp) ?? []).length) * 0.5 : 0);
  };
  const out: Material[] = [];
  for (const role of profile.resume.roles) for (const line of role.lines) out.push({ text: line, role, ref: `resume: ${line}`, score: score(line) + 0.1 });
  for (const s of snippets) {
    // A remembered resume bullet ("Title at Employer (dates): Led…") is a resume line with its role.
    const bullet = ROLE_NOTED.exec(s.text);
    const role = bullet ? { title: bullet[2]!, employer: bullet[3]!, dates: bullet[4] ?? '', lines: [] } : null;
    const text = bullet ? `${bullet[1]!}.` : s.text;
    out.push({ text, role, ref: `snippet:${s.id}`, score: score(text) + 0.2 });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** "Led the move to X, cutting errors by 38%" → action "I led the move to X", result "That cut errors by 38%." */
export function splitLine(line: string): { action: string; result: string | null } {
  const clean = line.trim().replace(/[.;]\s*$/, '');
  const m = RESULT_CLAUSE.exec(clean);
  const head = m ? clean.slice(0, m.index) : clean;
  const first = head.split(/\s+/)[0] ?? '';
  const action = /^[A-Z][a-z]+(?:ed|t)$|^(?:Led|Built|Wrote|Ran|Made|Took|Grew|Cut|Rewrote|Set|Drove|Shipped|Owned)$/.test(first) ? `I ${first.toLowerCase()}${head.slice(first.length)}` : head;
  if (!m) {
    // "Mentored 4 engineers; two were promoted within 18 months": what followed is the result, in the user's words.
    const semi = /^(.+?);\s+(.+)$/.exec(clean);
    if (semi) return { action: splitLine(semi[1]!).action, result: `${semi[2]!.charAt(0).toUpperCase()}${semi[2]!.slice(1)}.` };
    return { action, result: null };
  }
  const verb = m[1]!.toLowerCase();
  const result = verb.startsWith('which') ? `That ${verb.slice(6)} ${m[2]}` : `That ${GERUND[verb] ?? verb} ${m[2]}`;
  return { action, result: `${result}.` };
}

/** Closing a gap, the second half of a gap question: the user's plan is theirs to fill in. */
function gapPlan(requirement: string | null): string {
  const what = requirement ? `“${requirement}”` : '[the skill the job asks for]';
  return `Closing the gap: To build ${what} in my first months, I would [the first thing you would learn or build], [where you would practise it on real work], and [how you and your manager would know the gap is closed].`;
}

function storyAnswer(materials: Material[], question: ExampleRequest['question']): { text: string; used: string[] } {
  // One story: the best match only. Two unrelated lines read as one invented Action.
  const best = materials.find((m) => m.score > 0) ?? materials[0];
  const told = best && best.role === null ? toldStory(best.text) : null;
  if (told) return { text: withGapPlan(question, storyParts(told)).join('\n'), used: [best!.ref] };
  const chosen = best ? [best] : [];
  const role = chosen.find((m) => m.role)?.role ?? null;
  // A resume line in its role: the role sets the scene, the line is the action (and its result, when it says one).
  const outline: StarOutline = { situation: role ? [roleScene(role)] : [], task: [], action: [], result: [], impact: [] };
  for (const m of chosen) {
    const { action, result } = splitLine(m.text);
    outline.action.push(`${action.replace(/[.;]\s*$/, '')}.`);
    if (result) outline.result.push(result);
  }
  const parts = storyParts(outline);
  return { text: withGapPlan(question, parts).join('\n'), used: chosen.map((m) => m.ref) };
}

/** "At Harbour Logistics, where I worked as Software Engineer (2016 – 2020), [what was at stake…]." */
function roleScene(role: Role): string {
  return `At ${role.employer || '[employer]'}, where I worked as ${role.title || '[your title]'}${role.dates ? ` (${role.dates})` : ''}, [what was at stake, and for whom].`;
}

/** A gap question's second half, the plan to close it, after the story. */
function withGapPlan(question: ExampleRequest['question'], parts: string[]): string[] {
  return question.category === 'gap' || CLOSE_GAP.test(question.text) ? [...parts, gapPlan(quotedRequirement(question))] : parts;
}

const PLACEHOLDER: StarOutline = {
  situation: ['At [employer], where I worked as [your title], [what was at stake, and for whom].'],
  task: ['My responsibility was [the goal you owned and the constraint you faced].'],
  action: ['I [the first concrete step you took].'],
  result: ['[the measurable outcome, e.g. number of users or time saved].'],
  impact: ['[what it changed for the team or users, and what you learned].'],
};
const LABEL: Record<keyof StarOutline, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', impact: 'Impact' };

/**
 * A remembered story of several sentences, ready to lay out: without its heading line
 * ("Cutting the cloud bill at Northwind:"), the question it answered and its STAR
 * labels; null for a single line, which is laid out as a resume bullet.
 */
function toldStory(text: string): StarOutline | null {
  const lines = storyBody(text).split('\n').map((l) => l.trim()).filter(Boolean);
  const body = lines.filter((l, i) => !(i === 0 && lines.length > 1 && /:$/.test(l)));
  const outline = labelledParts(body) ?? outcomesAsResults(outlineStar(body.join('\n')));
  const told = Object.values(outline).flat().length;
  return told >= 2 ? outline : null;
}

/** An unlabelled story's later "scene" sentence that says what changed ("Payments were back in 40 minutes") is its result. */
function outcomesAsResults(outline: StarOutline): StarOutline {
  if (outline.result.length > 0) return outline;
  const [first, ...rest] = outline.situation;
  const moved = rest.filter((t) => OUTCOME.test(t));
  if (first === undefined || moved.length === 0) return outline;
  return { ...outline, situation: [first, ...rest.filter((t) => !moved.includes(t))], result: moved };
}

const EXPLICIT_LABEL = /^\**(Situation|Task|Actions?|Results?|Impact|Learnings?|Outcome)\**\s*:\**\s*/i;
const PART_OF: Record<string, keyof StarOutline> = { situation: 'situation', task: 'task', action: 'action', actions: 'action', result: 'result', results: 'result', outcome: 'result', impact: 'impact', learning: 'impact', learnings: 'impact' };

/** The story's parts as the user labelled them ("Task: …" lines, each until the next label); null when none is labelled. */
function labelledParts(lines: string[]): StarOutline | null {
  if (!lines.some((l) => EXPLICIT_LABEL.test(l))) return null;
  const out: StarOutline = { situation: [], task: [], action: [], result: [], impact: [] };
  let part: keyof StarOutline = 'situation';
  for (const line of lines) {
    const m = EXPLICIT_LABEL.exec(line);
    if (m) part = PART_OF[m[1]!.toLowerCase()] ?? part;
    const text = line.replace(EXPLICIT_LABEL, '').trim();
    if (text) out[part].push(text);
  }
  return out;
}

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

function designAnswer(materials: Material[]): { text: string; used: string[] } {
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

/** Build an example answer for the question from the user's own material. */
export function exampleAnswer(req: ExampleRequest): ExampleAnswer {
  const materials = gather(req.profile, req.snippets, req.question);
  const mode = answerMode(req.question.text, req.question.category);
  const { text, used } = mode === 'design' ? designAnswer(materials) : storyAnswer(materials, req.question);
  const placeholders = [...new Set(text.match(/\[[^\]]+\]/g) ?? [])];
  return { text, placeholders, basedOn: used, coach: { persona: req.persona, provider: 'builtin', model: BUILTIN_MODEL } };
}
