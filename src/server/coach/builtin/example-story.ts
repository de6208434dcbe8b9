/**
 * Reading the user's own material for an example answer: a resume line split
 * into what they did and what followed ("Led X, cutting errors by 38%"), and a
 * remembered story laid out by its own STAR+I parts. Only the user's words are
 * moved around here; nothing is added.
 */
import type { Role } from '../../../shared/domain.js';
import { storyBody } from '../story-text.js';
import { OUTCOME } from './evaluate/stories.js';
import { outlineStar, type StarOutline } from './star.js';
import { splitSentences } from './text.js';

const GERUND: Record<string, string> = {
  cutting: 'cut', reducing: 'reduced', saving: 'saved', increasing: 'increased', improving: 'improved', halving: 'halved',
  doubling: 'doubled', growing: 'grew', raising: 'raised', lowering: 'lowered', lifting: 'lifted', bringing: 'brought', removing: 'removed',
};
const RESULT_CLAUSE = new RegExp(`,\\s*(?:which\\s+)?(${Object.keys(GERUND).join('|')}|which \\w+)\\s+(.+)$`, 'i');
/** A resume line's opening verb in the past tense ("Rewrote", "Built"), which reads as "I rewrote". */
const OPENING_VERB = /^[A-Z][a-z]+(?:ed|t)$|^(?:Led|Built|Wrote|Ran|Made|Took|Grew|Cut|Rewrote|Set|Drove|Shipped|Owned)$/;

/** "Built a course used by 180 students" → "I built a course used by 180 students"; other openings unchanged. */
export function firstPerson(text: string): string {
  const first = text.split(/\s+/)[0] ?? '';
  return OPENING_VERB.test(first) ? `I ${first.toLowerCase()}${text.slice(first.length)}` : text;
}

/** "Led the move to X, cutting errors by 38%" → action "I led the move to X", result "That cut errors by 38%." */
export function splitLine(line: string): { action: string; result: string | null } {
  const clean = line.trim().replace(/[.;]\s*$/, '');
  const m = RESULT_CLAUSE.exec(clean);
  const action = firstPerson(m ? clean.slice(0, m.index) : clean);
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

/** "At Harbour Logistics, where I worked as Software Engineer (2016 – 2020), [what was at stake…]." */
export function roleScene(role: Role): string {
  return `At ${role.employer || '[employer]'}, where I worked as ${role.title || '[your title]'}${role.dates ? ` (${role.dates})` : ''}, [what was at stake, and for whom].`;
}

/**
 * A remembered story of several sentences, ready to lay out: without its heading line
 * ("Cutting the cloud bill at Northwind:"), the question it answered and its STAR
 * labels; null for a single line, which is laid out as a resume bullet.
 */
export function toldStory(text: string): StarOutline | null {
  const body = storyLines(text);
  const outline = labelledParts(body) ?? outcomesAsResults(outlineStar(body.join('\n')));
  const told = Object.values(outline).flat().length;
  return told >= 2 ? outline : null;
}

/** The story's lines in the user's words, without the question it answered and its heading line. */
function storyLines(text: string): string[] {
  const lines = storyBody(text).split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.filter((l, i) => !(i === 0 && lines.length > 1 && /:$/.test(l)));
}

/**
 * The gist of a story in its own sentences, for a line such as "What I bring": its opening,
 * the first sentence in which the user acts when the opening is only the scene ("Our ward got
 * new pumps…", then "I trained them…"), and the first that says what changed.
 */
export function storyGist(text: string): string {
  const sentences = splitSentences(storyLines(text).join('\n')).map(clean);
  const [opening = '', ...rest] = sentences;
  const acted = ACTS.test(opening) ? [] : rest.filter((t) => ACTS.test(t)).slice(0, 1);
  const result = toldStory(text)?.result[0];
  const changed = result && ![opening, ...acted].includes(clean(result)) ? [clean(result)] : [];
  return [opening, ...acted, ...changed].join(' ');
}

/** A sentence in which the user (or their team) does something. */
const ACTS = /\b(?:I|we)\b/i;

/** A sentence without a STAR label the user wrote, ending in a full stop. */
function clean(sentence: string): string {
  const t = sentence.replace(EXPLICIT_LABEL, '').trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** The first sentence of a story's body (after its heading line), for "I did something like this before: …". */
export function storyOpening(text: string): string {
  return splitSentences(storyLines(text).join(' '))[0] ?? '';
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
