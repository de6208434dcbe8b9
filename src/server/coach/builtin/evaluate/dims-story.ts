/**
 * Scorers for the "how the story is told" dimensions: structure (STAR+I, or
 * the equivalent shape for design, plan and motivation answers), ownership,
 * and result & impact. Each returns a 1–5 score with the answer's own words
 * as evidence, or null when the answer gives nothing to judge.
 */
import type { StarPart } from '../star.js';
import { clamp } from '../text.js';
import type { AnswerMode } from './rubric.js';
import type { Signals } from './signals.js';
import { I_ACTION } from './own-actions.js';

export interface DimResult {
  score: number | null;
  evidence: string[];
  /** Short machine-readable reason used to pick advice text ("no_result", "we_only"…). */
  note: string;
}

export interface DimContext {
  mode: AnswerMode;
  technical: boolean;
}

/** Where a long sentence can end and still read as a whole: before a comma, a semicolon or a joining word. */
const CLAUSE_END = /(?:[,;:]| —| -)\s|\s(?:and|but|while|whereas|so|which|because|then)\s/g;

/**
 * A verbatim prefix of a sentence (still a substring of the answer), cut where a clause
 * ends when one ends in the second half of the window ("…arrived before 10am", not
 * "…arrived before 10am while"), else on a word boundary.
 */
export function quote(sentence: string, max = 140): string {
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max + 1);
  const clause = Math.max(-1, ...[...cut.matchAll(CLAUSE_END)].map((m) => m.index).filter((i) => i >= max / 2 && i <= max));
  if (clause > 0) return cut.slice(0, clause).trimEnd();
  const sp = cut.lastIndexOf(' ');
  return cut.slice(0, sp > 40 ? sp : max).trimEnd();
}

function firstOf(sig: Signals, part: StarPart): string | undefined {
  return sig.sentences.find((s) => s.part === part && s.words >= 4)?.text;
}

/**
 * Design and analysis answers ("how would you build…", "how would you work out
 * whether…"): pin down the problem, take an approach, reason about it (a
 * because, or an if-then branch), and make it hold up or land (operate it,
 * or say what you would report and when).
 */
const DESIGN_PHASES: ReadonlyArray<readonly [string, RegExp]> = [
  ['assumptions', /\b(?:assum\w+|requirements?|clarif\w+|first (?:i'd|i would) ask|how many|what scale|constraints?|depends on|non-functional|rule out|first (?:check|confirm|rule|look|find)|verify|sanity[- ]check|whether (?:it|the|this)|is (?:it|the \w+) real)\b/i],
  ['approach', /\b(?:i'd (?:use|start|put|build|store|add|split|keep|design|check|compare|query|pull|plot)|i would (?:use|start|put|build|store|add|split|keep|design|check|compare|query|pull|plot)|the design|component|service|api|schema|table|queue|cache|endpoint|we (?:used|chose|built)|compare (?:it |them |the \w+ )?(?:against|with|to)|split (?:it |the \w+ )?by|segment (?:it |the \w+ )?by|break (?:it |this |the \w+ )?down)\b/i],
  ['deepening', /\b(?:because|so that|which means|this gives|that way|the reason)\b|\bif\b[^.;]{3,80},\s*(?:then|it'?s|that|we|i|the|so)\b/i],
  ['operability', /\b(?:monitor\w*|alert\w*|fail\w*|bottleneck\w*|scale|scaling|retry|retries|backpressure|rollout|migrat\w+|test\w*|edge case\w*|what happens (?:if|when)|(?:i'd|i would) (?:post|share|report|flag|escalate|tell))\b/i],
];
const PLAN_PHASES: ReadonlyArray<readonly [string, RegExp]> = [
  ['understand', /\b(?:first|understand|ask|listen|clarif\w+|gather|find out|look at|dig into|check)\b/i],
  ['act', /\b(?:i would|i'd|i will|i'll|i did|i then|next|then i)\b/i],
  ['involve', /\b(?:talk to|tell|update|involve|escalat\w+|align|loop in|manager|stakeholders?|the team|one-on-one|1:1)\b/i],
  ['close', /\b(?:measure|success|follow up|follow-up|afterwards|review|check back|next time|prevent|so that|outcome|goal|either way|in writing|write (?:it )?up|written up|document\w*|record (?:it|the|what))\b/i],
];
const MOTIVATION_PHASES: ReadonlyArray<readonly [string, RegExp]> = [
  ['why_them', /\b(?:your|this (?:role|team|company|product)|the (?:role|team|company|product|mission)|you're|you are)\b/i],
  // Something the candidate did that shows the fit (how long they have been somewhere shows nothing by itself).
  ['evidence', /\b(?:I (?:built|led|ran|shipped|grew|cut|spent|managed|designed|learned|launched|set up|started|created|wrote|noticed|introduced|organi[sz]ed|taught|trained|fixed|automated|analy[sz]ed|presented|volunteered|took on)|at [A-Z]\w+)\b/],
  ['forward', /\b(?:i want|i'd like|i'd bring|i can bring|i would bring|next step|grow|contribute|help (?:you|the team)|looking for)\b/i],
];

function phaseScore(sig: Signals, phases: ReadonlyArray<readonly [string, RegExp]>): DimResult {
  const evidence: string[] = [];
  let found = 0;
  for (const [, re] of phases) {
    const s = sig.sentences.find((x) => x.words >= 4 && re.test(x.text));
    if (s) {
      found++;
      if (!evidence.includes(s.text)) evidence.push(quote(s.text));
    }
  }
  const score = clamp(found + (phases.length === 3 ? 2 : 1) - (found === 0 ? 1 : 0), 1, 5);
  return { score, evidence: evidence.slice(0, 3), note: found >= phases.length ? 'complete' : 'missing_phases' };
}

function storyStructure(sig: Signals): DimResult {
  const has = (p: StarPart): boolean => sig.sentences.some((s) => s.part === p && s.words >= 4);
  const context = has('situation') || has('task');
  const action = has('action');
  const result = has('result');
  const impact = has('impact');
  const actionWords = sig.sentences.filter((s) => s.part === 'action').reduce((n, s) => n + s.words, 0);
  const labelled = sig.sentences.filter((s) => s.part).reduce((n, s) => n + s.words, 0);
  let score = 1;
  if (action && context && result && impact) score = 5;
  else if (action && context && result) score = 4;
  else if (action && (context || result)) score = 3;
  else if (action || [context, result, impact].filter(Boolean).length >= 2) score = 2;
  if (score >= 4 && actionWords < sig.wordCount * 0.2) score -= 1;
  if (labelled < sig.wordCount * 0.4) score = Math.max(1, score - 1);
  const evidence = (['situation', 'task', 'action', 'result', 'impact'] as const)
    .map((p) => firstOf(sig, p))
    .filter((s): s is string => Boolean(s))
    .map((s) => quote(s, 100));
  const note = !action ? 'no_action' : !result ? 'no_result' : !context ? 'no_context' : !impact ? 'no_impact' : 'complete';
  return { score, evidence: [...new Set(evidence)].slice(0, 4), note };
}

/** Structure: STAR+I for stories; the equivalent phases for design, plan and motivation answers. */
export function scoreStructure(sig: Signals, ctx: DimContext): DimResult {
  if (ctx.mode === 'design') return phaseScore(sig, DESIGN_PHASES);
  if (ctx.mode === 'motivation') return phaseScore(sig, MOTIVATION_PHASES);
  const story = storyStructure(sig);
  if (ctx.mode === 'plan') {
    const plan = phaseScore(sig, PLAN_PHASES);
    return (plan.score ?? 0) >= (story.score ?? 0) ? plan : story;
  }
  return story;
}

const DECISION = /\bI\s+(?:decided|chose|proposed|convinced|owned|took (?:responsibility|ownership|the lead|on)|pushed for|insisted|made the call|set (?:the|a)|designed|led|drove|negotiated|recommended|would decide|would choose|'d choose|'d propose)\b/;

/** Ownership: the candidate's own actions and decisions, versus "we" and "helped with". */
export function scoreOwnership(sig: Signals, ctx: DimContext): DimResult {
  // In a plan or design, "First, check it's real. Then contain it." are the candidate's own steps.
  // Watching or attending is being there, not acting ("I watched Leeds play…"), and a fan's "we" is not a team's.
  const acts = sig.onlooking ? 0 : sig.iActions.length;
  const mine = acts + (ctx.mode === 'design' || ctx.mode === 'plan' ? sig.steps.length : 0);
  const ours = sig.onlooking ? 0 : sig.weActions.length;
  const decisions = sig.iActions.filter((s) => DECISION.test(s));
  let score: number;
  if (mine === 0) score = ours > 0 ? 2 : 1;
  else if (mine === 1) score = 3;
  else if (mine <= 3) score = decisions.length > 0 ? 4 : 3;
  else score = decisions.length > 0 ? 5 : 4;
  if (ours > mine * 2 && score > 2) score -= 1;
  if (sig.diluted.length >= 2) score -= 1;
  if (ctx.mode === 'design' && mine >= 1) score = Math.max(score, 3);
  const evidence = [...new Set([...decisions, ...sig.iActions, ...sig.steps])].slice(0, 3).map((s) => quote(s));
  if (evidence.length === 0) evidence.push(...sig.weActions.slice(0, 1).map((s) => quote(s)), ...sig.diluted.slice(0, 2));
  const note = mine === 0 ? (ours > 0 ? 'we_only' : 'no_actor') : sig.diluted.length >= 2 ? 'diluted' : decisions.length === 0 ? 'no_decision' : 'clear';
  return { score: clamp(score, 1, 5), evidence, note };
}

const VAGUE_RESULT = /\b(?:went (?:well|great|fine|smoothly)|was (?:a )?success(?:ful)?|everyone was happy|it worked(?: out)?|turned out (?:well|fine|great)|positive feedback|things improved|it helped)\b/i;
const BUSINESS = /\b(?:customers?|users?|revenue|cost|churn|retention|conversion|patients?|merchants?|clients?|the business|sales|support tickets?|team (?:now|adopted|still)|other teams|company-wide|across the (?:org|company))\b/i;
const SUCCESS_MEASURE = /\b(?:measure\w*|success (?:would|is|looks)|metric\w*|slo\w*|target\w*|we'd know|i'd know|track\w*|kpi\w*|alert on|monitor\w*|watch\w*|hit rate|expect to|by month \w+|milestone\w*|the goal would be|so (?:that|the next)|within days|afterwards)\b/i;

/** A sentence that opens with the candidate acting ("I rebuilt…", "Then I moved…"). */
const OPENS_WITH_ACTION = new RegExp(`^(?:(?:[Tt]hen|[Ss]o|[Nn]ext|[Aa]fter that|[Ff]irst),?\\s+)?(?:${I_ACTION.source})`);

/** Result & impact: a stated, measured outcome tied to the work, and what it changed. */
export function scoreResult(sig: Signals, ctx: DimContext): DimResult {
  const resultSentences = sig.sentences.filter((s) => s.part === 'result' && s.words >= 4).map((s) => s.text);
  const impactSentences = sig.sentences.filter((s) => s.part === 'impact' && s.words >= 4).map((s) => s.text);
  const measured = [...resultSentences, ...impactSentences].filter((s) => sig.metrics.some((m) => s.includes(m)));
  const business = [...resultSentences, ...impactSentences].some((s) => BUSINESS.test(s));
  let score: number;
  if (measured.length > 0) score = impactSentences.length > 0 || business ? 5 : 4;
  else if (resultSentences.length > 0) score = resultSentences.every((s) => VAGUE_RESULT.test(s)) ? 2 : 3;
  else if (impactSentences.length > 0) score = 2;
  else score = 1;
  if (ctx.mode === 'design' || ctx.mode === 'plan') {
    const success = sig.sentences.filter((s) => SUCCESS_MEASURE.test(s.text)).map((s) => s.text);
    if (success.length > 0) score = Math.max(score, sig.metrics.length > 0 ? 4 : 3);
    resultSentences.push(...success);
  }
  const candidates = [...measured, ...resultSentences, ...impactSentences].filter((s, i, a) => a.indexOf(s) === i);
  // What changed reads as the result; "I rebuilt the rota so four agents start at 7am" is the action that caused it.
  const evidence = [...candidates.filter((s) => !OPENS_WITH_ACTION.test(s)), ...candidates.filter((s) => OPENS_WITH_ACTION.test(s))].slice(0, 3).map((s) => quote(s));
  // The score of a match the candidate watched is not a result of theirs.
  if (sig.onlooking && score > 2) return { score: 2, evidence, note: 'not_yours' };
  const note = score === 1 ? 'no_result' : measured.length === 0 ? 'unmeasured' : score === 4 ? 'no_impact' : 'complete';
  return { score, evidence, note };
}
