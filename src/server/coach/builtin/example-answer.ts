/**
 * exampleAnswer: a STAR+I example built only from the user's own resume lines
 * and work-history notes. Every fact comes from those texts; anything missing
 * is a visible placeholder such as "[number of users]". No employer, number
 * or result is ever invented.
 */
import type { ExampleAnswer, Profile, Role } from '../../../shared/domain.js';
import type { ExampleRequest, GroundingSnippet } from '../coach.js';
import { competencyMatcher } from './competencies.js';
import { BUILTIN_MODEL } from './evaluate.js';
import { answerMode } from './evaluate/rubric.js';
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

function gather(profile: Profile, snippets: GroundingSnippet[], question: ExampleRequest['question']): Material[] {
  const q = contentStems(`${question.text} ${question.competency.replace(/_/g, ' ')}`);
  const comp = competencyMatcher(question.competency);
  const score = (t: string): number => {
    let n = 0;
    for (const s of contentStems(t)) if (q.has(s)) n++;
    return n + (comp ? Math.min(2, (t.match(comp) ?? []).length) * 0.5 : 0);
  };
  const out: Material[] = [];
  for (const role of profile.resume.roles) for (const line of role.lines) out.push({ text: line, role, ref: `resume: ${line}`, score: score(line) + 0.1 });
  for (const s of snippets) out.push({ text: s.text, role: null, ref: `snippet:${s.id}`, score: score(s.text) + 0.2 });
  return out.sort((a, b) => b.score - a.score);
}

/** "Led the move to X, cutting errors by 38%" → action "I led the move to X", result "That cut errors by 38%." */
export function splitLine(line: string): { action: string; result: string | null } {
  const clean = line.trim().replace(/[.;]\s*$/, '');
  const m = RESULT_CLAUSE.exec(clean);
  const head = m ? clean.slice(0, m.index) : clean;
  const first = head.split(/\s+/)[0] ?? '';
  const action = /^[A-Z][a-z]+(?:ed|t)$|^(?:Led|Built|Wrote|Ran|Made|Took|Grew|Cut|Rewrote|Set|Drove|Shipped|Owned)$/.test(first) ? `I ${first.toLowerCase()}${head.slice(first.length)}` : head;
  if (!m) return { action, result: null };
  const verb = m[1]!.toLowerCase();
  const result = verb.startsWith('which') ? `That ${verb.slice(6)} ${m[2]}` : `That ${GERUND[verb] ?? verb} ${m[2]}`;
  return { action, result: `${result}.` };
}

function storyAnswer(materials: Material[]): { text: string; used: string[] } {
  const top = materials.filter((m) => m.score > 0).slice(0, 2);
  const chosen = top.length > 0 ? top : materials.slice(0, 1);
  const role = chosen.find((m) => m.role)?.role ?? null;
  const situation = role
    ? `Situation: At ${role.employer || '[employer]'}, where I worked as ${role.title || '[your title]'}${role.dates ? ` (${role.dates})` : ''}, [what was at stake, and for whom].`
    : 'Situation: At [employer], where I worked as [your title], [what was at stake, and for whom].';
  const task = 'Task: My responsibility was [the goal you owned and the constraint you faced].';
  const actions: string[] = [];
  const results: string[] = [];
  for (const m of chosen) {
    const { action, result } = splitLine(m.text);
    actions.push(`${action.replace(/[.;]\s*$/, '')}.`);
    if (result) results.push(result);
  }
  if (actions.length === 0) actions.push('I [the first concrete step you took].');
  actions.push('[One decision you made yourself, and why].');
  const result = results.length > 0 ? `Result: ${results.join(' ')}` : 'Result: [the measurable outcome, e.g. number of users or time saved].';
  const impact = 'Impact: [what it changed for the team or users, and what you learned].';
  const text = [situation, task, `Action: ${actions.join(' ')}`, result, impact].join('\n');
  return { text, used: chosen.map((m) => m.ref) };
}

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
  const { text, used } = mode === 'design' ? designAnswer(materials) : storyAnswer(materials);
  const placeholders = [...new Set(text.match(/\[[^\]]+\]/g) ?? [])];
  return { text, placeholders, basedOn: used, coach: { persona: req.persona, provider: 'builtin', model: BUILTIN_MODEL } };
}
