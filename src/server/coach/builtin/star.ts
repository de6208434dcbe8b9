/**
 * STAR+I outline: labels each sentence of the user's own words as Situation,
 * Task, Action, Result or Impact/learning, by cue phrases and position. The
 * rubric's structure dimension and the work-history feature both use it.
 * Explicit labels ("Situation:") are stripped before judging, so a sentence
 * earns its part by what it says, not by naming the part.
 */
import { splitSentences } from './text.js';

export type StarPart = 'situation' | 'task' | 'action' | 'result' | 'impact';
export const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result', 'impact'];

export interface StarOutline {
  situation: string[];
  task: string[];
  action: string[];
  result: string[];
  impact: string[];
}

export interface LabelledSentence {
  text: string;
  part: StarPart | null;
  /** Words of the sentence once any "Situation:"-style label is removed. */
  words: number;
}

export const STAR_LABEL = /^\s*(?:\(?[star]\)?\s*[:.-]|(?:situation|task|action|actions|result|results|impact|learning|learnings|outcome)\s*[:–—-])\s*/i;

/** What was learned or changed for good. A lesson is one learned, not a teacher's lesson ("every lesson", "disrupting lessons"). */
const IMPACT = /\b(?:(?:he|she|they|the team|it) (?:now|still) |i learn(?:ed|t)|lessons? (?:learned|learnt|for me|i (?:took|learned|learnt|draw|drew))|(?:the|my|biggest|big|key|main|real|hard|valuable|important|that|one|a) lesson (?:was|is|here|for|i|there|in)|taught me|since then|ever since|now i\b|going forward|next time|in hindsight|looking back|(?:would|'d) do (?:it )?differently|changed how (?:i|we)|still use|became (?:the|our) (?:standard|default|template)|adopted (?:by|across)|rolled (?:it )?out to (?:other|every|all)|other teams (?:now|started|adopted)|the bigger (?:lesson|impact)|what i took away|i now\b|i've since|i have since|what i changed|(?:in|over) the \w+ (?:weeks|months|years) since)/i;
/**
 * A figure or an end state after "from … to": "moved from 31% to 68%", "took the press from nine
 * stops a shift to two", "brought it to zero" are outcomes; "moved proofs from email to a shared
 * board" is an action (it was a result, so a clear STAR story had no action).
 */
const AMOUNT = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|a dozen|dozens|hundreds|half|zero|none|nothing|green|under|below|over|above|a third|a quarter';
const RESULT = new RegExp(`\\b(?:as a result|(?:took|moved|brought|went) [\\w ]{0,30}\\bfrom (?:a |an |the )?(?:[$€£]?\\d|(?:${AMOUNT})\\b)[\\w.,%-]*(?: [\\w-]+){0,3} to |(?:took|moved|brought|went) [\\w ]{0,30}\\bfrom (?:a |an |the )?[\\w-]+(?: [\\w-]+){0,3} to (?:[$€£]?\\d|(?:${AMOUNT})\\b)|the result|results? (?:was|were)|in the end|ended up|by the end|outcome|which (?:cut|reduced|increased|saved|improved|brought|dropped|raised|halved|doubled)|went from|dropped (?:from|to|by)|fell (?:from|to|by)|rose (?:from|to|by)|grew (?:from|to|by)|(?:cut(?!-)|reduced|increased|improved|saved|raised|lowered|halved|doubled|tripled)\\b.*\\b(?:by|to|from)\\b.*\\d|(?:reclaimed|recovered|recouped|saved|refunded|won back|brought in|raised|secured) (?:[\\w-]+ ){0,3}[$€£]?\\d|shipped|launched|went live|on time|renewed|signed|closed the|hit (?:the|our)|met (?:the|our)|we delivered|we hit|zero (?:incidents|outages|defects)|halved|doubled|tripled|renewed|was promoted|were promoted|adopted it|stayed green|(?:we'?ve|we have|there have been|there'?s been|we'?ve had|we had) (?:had )?no (?:more |further |repeat )?\\w+|which they bought|expand(?:ed)? (?:in)?to (?:other|two|three|new|their)|multi-year (?:deal|contract|renewal)|passed (?:the |an? |our |its |their )?(?:[\\w-]+ ){0,3}(?:audit|inspection|visit|review|assessment|exam|test|check|certification|accreditation)s?|with (?:no|zero) (?:[\\w-]+ ){0,2}(?:actions|findings|issues|errors|defects|complaints|incidents|deviations|observations|mis-?ships|breaches)|(?:first|second|third|top|\\d+(?:st|nd|rd|th)) (?:of|out of) \\d+|extended (?:our|the|their) (?:contract|deal|agreement))`, 'i');
const TASK = /\b(?:my (?:job|task|role|goal|responsibility|brief|mandate) was|it was (?:my|our) (?:job|task|responsibility)|i was (?:asked|responsible|tasked|supposed|expected|brought in|hired)|i needed to|i had to|the goal was|our goal was|we needed to|the task was|i owned|it was on me|i had been asked|the ask was|i set out to|i wanted to|i was determined to)\b/i;
const ACTION = /\b(?:i|we)\s+(?:then\s+|first\s+|also\s+|quickly\s+|personally\s+|immediately\s+|eventually\s+|finally\s+)?(?:[a-z]+ed|built|wrote|led|ran|set|made|took|drew|spoke|met|sat|went|chose|sent|brought|began|began|found|kept|gave|got|put|split|cut|dug|rewrote|broke|held|told|paid|sought|taught|thought|understood|shadowed|proposed|pushed|pulled|paired|mapped|pitched|sketched|wired|traced|read|did|started|stepped|spent|shipped)\b/i;
const SITUATION = /\b(?:when i was|while i was|at my (?:last|previous|current)|in my (?:last|previous|current|first)|last (?:year|quarter|month)|back in|in (?:19|20)\d{2}|our team|the team (?:was|had)|we had|there was|there were|the (?:problem|issue|context|situation|project|company|product|client|customer) (?:was|were|is|had)|i joined|i was working)/i;
/** "At Parcelwise, …": a named employer is scene-setting (case-sensitive on purpose). */
const AT_PLACE = /\b(?:At|at) [A-Z][a-zA-Z]+/;

const SETTING_START = /^(?:(?:last|this|that|one) (?:year|quarter|month|spring|summer|autumn|fall|winter)|in (?:my|our|(?:19|20)\d{2}|january|february|march|april|may|june|july|august|september|october|november|december)|when |while |back in|at [A-Z]|during |early on|a few (?:years|months) ago|years ago)/i;
const OUTCOME = /\b(?:halved|doubled|tripled|renewed|adopted|promoted|stayed|went live|were fixed|was fixed|got (?:budget|approval|funding)|agreed|signed off|dropped|fell|rose|grew|improved|finished|succeeded|won|understood|worked|paid off|followed|reached|landed|became|easier|faster|better|happier|smoother|fewer|after that|afterwards|from then on|in the end|eventually|seemed to)\b/i;

/**
 * "It was my job to have the procedure signed off before the visit": the outcome
 * words come after the task that names them as the goal, so the sentence is the task.
 */
function goalFirst(text: string): boolean {
  const task = TASK.exec(text);
  return task !== null && task.index < (RESULT.exec(text)?.index ?? Infinity);
}

function classify(text: string, index: number, total: number): StarPart | null {
  if (IMPACT.test(text)) return 'impact';
  if (RESULT.test(text)) return goalFirst(text) ? 'task' : 'result';
  if (TASK.test(text)) return 'task';
  // An opening sentence that sets time or place is context even if it has a verb.
  if (index === 0 && total > 1 && (SETTING_START.test(text) || AT_PLACE.test(text))) return 'situation';
  if (ACTION.test(text)) return 'action';
  if (SITUATION.test(text) || AT_PLACE.test(text)) return 'situation';
  if (index === 0 && total > 1) return 'situation';
  return null;
}

/**
 * Second pass by position: unlabelled sentences before the first action are
 * context; after the actions, a sentence reporting an outcome (an outcome
 * verb or a figure) is a result.
 */
function byPosition(parts: (StarPart | null)[], texts: string[]): (StarPart | null)[] {
  const firstAction = parts.indexOf('action');
  return parts.map((p, i) => {
    if (p) return p;
    if (firstAction < 0 || i < firstAction) return 'situation';
    if (i >= texts.length / 2 && (OUTCOME.test(texts[i]!) || /\d|%/.test(texts[i]!))) return 'result';
    return null;
  });
}

/**
 * "I show her the log": an own action told in the present tense, the way many people
 * tell a story aloud (and many non-native speakers always do). Counted only in an
 * answer that tells a story in the present (`tellsInPresent` below), never in talk
 * about what one usually does. Forms that are also past tenses ("I set", "I put", "I cut")
 * are left to the past-tense pattern, so a clause is never counted twice.
 */
export const I_PRESENT_ACTION =
  /\bI\s+(?:then\s+|first\s+|also\s+|just\s+|quickly\s+|immediately\s+|finally\s+)?(?:ask|keep|show|find|change|measure|write|call|tell|move|check|run|build|send|start|stop|try|decide|take|bring|open|book|test|compare|explain|offer|agree|pull|push|email|phone|ring|walk|meet|add|remove|replace|drop|raise|flag|escalate|propose|suggest|pick|choose|record|track|log|get|give|fix|redo|rewrite|switch|hand|assign|invite|train|teach|refuse|warn|close|plan|draw|sketch|print|photograph|count|weigh|sample|clean|lock|isolate|clear|re-?run|go and|go back|sit down with|speak)\b/;
/** Talk about what one usually does, not what happened once. */
export const HABITUAL = /\b(?:always|usually|normally|typically|often|sometimes|whenever|every time|tend to|try to|lots of times|many times|in general|generally|my approach|I like to|I make sure)\b/i;
/** A moment in time that makes present-tense sentences a story: "After three weeks I show her…". */
export const NARRATIVE_TIME =
  /\b(?:after (?:a|an|one|two|three|four|five|six|a few|\d+) (?:days?|weeks?|months?|years?|shifts?)|for (?:a|an|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?)|last (?:week|month|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)|in (?:19|20)\d\d|one (?:day|morning|evening|night|shift|week)|that (?:day|week|morning|night|shift)|the next (?:day|week|morning|month)|(?:two|three|four|\d+) (?:days|weeks|months) later)\b/i;

/** "I show her the log", and not "I always check": an own action told in the present tense. */
export const isPresentAction = (text: string): boolean => I_PRESENT_ACTION.test(text) && !HABITUAL.test(text);

/** The text tells one story in the present tense: two or more present-tense own actions and a moment in time. */
export function tellsInPresent(texts: string[]): boolean {
  return texts.filter(isPresentAction).length >= 2 && texts.some((t) => NARRATIVE_TIME.test(t));
}

/** A story told in the present tense: its present-tense own actions are its actions. */
function presentTenseActions(parts: (StarPart | null)[], bodies: string[]): (StarPart | null)[] {
  if (parts.includes('action') || !tellsInPresent(bodies)) return parts;
  return parts.map((p, i) => (isPresentAction(bodies[i]!) && (p === null || p === 'situation') ? 'action' : p));
}

/** Label every sentence of `text` (labels stripped before judging). */
export function labelSentences(text: string): LabelledSentence[] {
  const sentences = splitSentences(text);
  const bodies = sentences.map((s) => s.replace(STAR_LABEL, ''));
  const counts = bodies.map((b) => b.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length);
  // Fragments of one or two words ("Result: 50%.") tell no part of a story.
  const first = bodies.map((b, i) => (counts[i]! >= 3 ? classify(b, i, sentences.length) : null));
  const parts = byPosition(presentTenseActions(first, bodies), bodies).map((p, i) => (counts[i]! >= 3 ? p : null));
  return sentences.map((s, i) => ({ text: s, part: parts[i] ?? null, words: counts[i]! }));
}

/** Sentences of the user's own words grouped by STAR+I part (unlabelled sentences are left out). */
export function outlineStar(text: string): StarOutline {
  const out: StarOutline = { situation: [], task: [], action: [], result: [], impact: [] };
  for (const s of labelSentences(text)) if (s.part) out[s.part].push(s.text);
  return out;
}
