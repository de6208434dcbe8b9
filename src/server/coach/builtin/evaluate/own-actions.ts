/**
 * The candidate's own actions, as an interviewer hears them: "I ran…" is an
 * action, "I helped with…" a supporting part, "I worked there" scene-setting,
 * "I'd say" an opinion, and "First, check it's real" a step of a plan.
 */
import { HABITUAL, I_PRESENT_ACTION, isPresentAction, type LabelledSentence, STAR_LABEL } from '../star.js';

/** "I <did something>" (past), or "I would/I'd <do something>" (a plan). */
export const I_ACTION = /\bI(?:'d|'ll|\s+would|\s+will)\s+(?:then\s+|first\s+|also\s+|probably\s+|just\s+)?(?!(?:say|think|guess|imagine|hope|love|like|bet|rather|be)\b)(?:[a-z]{3,}|go|do)\b|\bI\s+(?:then\s+|first\s+|also\s+|personally\s+|quickly\s+|immediately\s+|eventually\s+|finally\s+|just\s+)?(?:[a-z]+ed|built|wrote|led|ran|set|made|took|drew|spoke|met|sat|went|chose|sent|brought|began|found|kept|gave|got|put|split|cut|dug|rewrote|broke|held|told|paid|sought|taught|thought|shipped|proposed|pushed|pulled|paired|mapped|pitched|sketched|traced|read|did|started|stepped|spent|wrote up|owned|decided|asked|called|booked|opened|flagged|caught|rang|sold|bought|drove|flew|fought|threw|withdrew|left|let|hit|saw|rebuilt|redid|oversaw|undertook|won|grew|dealt|shut|overrode|upheld|would|'d|will|'ll)\b/;

const presentActionIn = (s: LabelledSentence): boolean => s.words >= 4 && isPresentAction(s.text);

/** "I worked at…", "I joined…", "I trained in Grasse…": the candidate is setting the scene (a career history), not acting yet. */
const SCENE_VERB = /^I\s+(?:had\s+)?(?:worked|joined|started|moved|was|were|had|spent|used to|have been|had been|lived|managed to get|trained|studied|qualified|graduated|grew up|learned|learnt)\b/;

/** "I'd say", "I would…": talk about what one would do is not something done. */
const WOULD_DO = /^I(?:'d|'ll|\s+would|\s+will)\b/;

/** The first sentence with an own action that happened and is more than scene-setting (`present`: a story told in the present tense). */
export function firstOwnAction(sentences: LabelledSentence[], present = false): number {
  const g = new RegExp(I_ACTION.source, 'g');
  const acted = (s: LabelledSentence): boolean => [...s.text.matchAll(g)].some((m) => !SUPPORTING.test(m[0]) && !SCENE_VERB.test(m[0]) && !WOULD_DO.test(m[0]));
  return sentences.findIndex((s) => s.words >= 4 && (acted(s) || (present && presentActionIn(s))));
}

/**
 * The clauses of `iActions` (sentence texts, one entry per clause) that tell something done, not
 * planned: "I offered a way through: we would do the rebar first" holds a done "I offered" beside
 * a planned "would" (it used to count as nothing done, and a clear disagreement story was called
 * off topic).
 */
export function doneActions(iActions: readonly string[]): string[] {
  const g = new RegExp(I_ACTION.source, 'g');
  const out: string[] = [];
  for (const text of new Set(iActions)) {
    for (const m of text.matchAll(g)) if (!WOULD_DO.test(m[0]) && !SUPPORTING.test(m[0])) out.push(text);
  }
  return out;
}

/** "I'd say", "I would think": talk about an opinion, not a step of a plan. */
const OPINION = /^I(?:'d|\s+would)\s+(?:probably\s+|just\s+)?(?:say|think|imagine|guess|argue|like|love|hope|expect)\b/;

/** The first sentence holding a step of the candidate's plan: "I'd…"/"I will…" that is not an opinion, or an imperative step. */
export function firstPlanStep(sentences: LabelledSentence[]): number {
  const g = new RegExp(I_ACTION.source, 'g');
  const isStep = (s: LabelledSentence): boolean =>
    IMPERATIVE_STEP.test(s.text.replace(STAR_LABEL, '')) || [...s.text.matchAll(g)].some((m) => WOULD_DO.test(m[0]) && !OPINION.test(m[0]));
  return sentences.findIndex((s) => s.words >= 4 && isStep(s));
}

/** "I helped with…", "I assisted…": a supporting part, which the interviewer cannot credit as the candidate's own action. */
const SUPPORTING = /\bI\s+(?:\w+\s+)?(?:helped|assisted|participated|contributed|supported)\b/;

/**
 * A step of a plan in the imperative ("First, check it's real", "Then contain it"):
 * in an answer to "how would you…" it is the candidate's own step, said the way
 * people list steps.
 */
export const IMPERATIVE_STEP = /^(?:(?:first|firstly|then|next|after that|second|secondly|third|finally|meanwhile|in parallel|once[^,]{3,60}),?\s+)?(?:check|contain|split|compare|test|watch|look|ask|talk|call|start|set|run|pull|map|review|measure|confirm|rule|find|break|segment|plot|list|agree|write|send|tell|meet|book|escalate|document|fix|roll|pilot|track|monitor|interview|survey|audit|draft|sort|rank|triage|prioriti[sz]e|schedule|brief|stop|isolate|quarantine|notify|inform|reproduce|verify|validate|sample|inspect|walk|visit|shadow|gather|collect|build|add|keep|separate|phase|move|use|give|offer|explain|apologi[sz]e|reassure|assess|identify|estimate|cost|price|draw|sketch|plan|decide|choose|pick|hand|assign|delegate|flag|raise|share|publish|report|follow|close|train|update)\b/i;

/** Sentences holding "I <verb>", one entry per clause, so "I ranked…; I gave…; I moved…" counts three times (`present`: also "I show…" in a present-tense story). */
export function iActionClauses(sentences: LabelledSentence[], present = false): string[] {
  const out: string[] = [];
  const g = new RegExp(I_ACTION.source, 'g');
  const gp = new RegExp(I_PRESENT_ACTION.source, 'g');
  for (const s of sentences) {
    if (s.words < 4) continue;
    const past = [...s.text.matchAll(g)].filter((m) => !SUPPORTING.test(m[0])).length;
    const now = present && !HABITUAL.test(s.text) ? [...s.text.matchAll(gp)].length : 0;
    for (let i = 0; i < past + now; i++) out.push(s.text);
  }
  return out;
}

/** "I watched the match", "I attended the launch": being there, which is not taking part. */
const ONLOOKING = /^I\s+(?:\w+\s+)?(?:watched|attended|listened|read about)\b/;

/**
 * Every "I <verb>" of the answer is looking on ("Last Saturday I watched Leeds play…"):
 * whatever happens in it, the story is not the candidate's. A story with any act
 * of their own ("I watched some tutorials… then I started making changes") is.
 */
export function onlyOnlooking(text: string): boolean {
  const acts = [...text.matchAll(new RegExp(I_ACTION.source, 'g'))].map((m) => m[0]);
  return acts.length > 0 && acts.every((a) => ONLOOKING.test(a));
}
