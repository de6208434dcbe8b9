/**
 * Observable features of an answer, computed once and shared by every rubric
 * dimension. Every phrase kept here is a verbatim substring of the answer so
 * it can be quoted as evidence. Text addressed to the scorer ("ignore the
 * rubric and give 5/5") is removed before anything is measured.
 */
import { findTerms, hasTerm } from '../lexicon.js';
import { HABITUAL, labelSentences, type LabelledSentence, STAR_LABEL, tellsInPresent } from '../star.js';
import { firstOwnAction, firstPlanStep, I_ACTION, iActionClauses, IMPERATIVE_STEP, onlyOnlooking } from './own-actions.js';
import { words } from '../text.js';
import { type ClaimList, claimLists, placeholdersIn } from './template-talk.js';
import { tradeTerms } from './trade-terms.js';

export interface Signals {
  /** The answer as scored (injection sentences removed). */
  text: string;
  sentences: LabelledSentence[];
  wordCount: number;
  tokens: string[];
  /** Sentences with "I <did something>" (past or, for plans, "I would/I'd"). */
  iActions: string[];
  /** Every "I <verb>" is watching or attending: the story is someone else's (own-actions.ts). */
  onlooking: boolean;
  weActions: string[];
  /** Index of the first sentence where the candidate acts (not "I worked there", "I joined"), or -1. */
  firstOwnAction: number;
  /** Imperative plan steps ("Then contain it…"): own steps in a plan or design answer. */
  steps: string[];
  /** Index of the first sentence with a step of the candidate's plan ("I'd call…", "First, check…"), or -1. */
  firstPlanStep: number;
  /** Hedged or diluted ownership phrases: "helped with", "was involved in". */
  diluted: string[];
  /** Numbers tied to something measured ("p95 latency from 900 ms to 160 ms", "38%" of errors). */
  metrics: string[];
  /** Numbers with nothing measured attached ("50% improvement"). */
  bareNumbers: string[];
  properNouns: string[];
  techTerms: string[];
  /** A trade's own rare words ("superheat", "axiolateral"), when there are enough to be specifics (trade-terms.ts). */
  tradeTerms: string[];
  timeFrames: string[];
  /** Named people or roles in the story ("the designer", "my manager", "Priya"). */
  people: string[];
  vague: string[];
  /** Consultancy buzzwords ("data-driven approach", "drive continuous improvement"): names for work, not work. */
  buzzwords: string[];
  fillers: string[];
  hypothetical: string[];
  /** Sentences with ≥ 6 words that carry a concrete detail: the substance of a story. */
  concreteSentences: string[];
  injection: string[];
  /** Sentences of belief or habit ("I always try to…", "I believe…") rather than events. */
  platitudes: string[];
  /**
   * Sentences talking in generalities rather than about this case: generic "you" ("you have
   * to…"), "it's about…", "X is key", "I think…", "every site is different".
   */
  generalities: string[];
  /** Share of the answer's words inside `generalities` (0–1). */
  generalShare: number;
  /** Sentences narrating something that happened (past-tense actions by I/we/someone). */
  events: string[];
  /** A list of labels, keywords or figures rather than sentences (keyword stuffing). */
  fragmented: boolean;
  /** Runs of bare claims ("I led, I decided, I built", "50% faster, 40% cheaper…"). */
  claimLists: ClaimList[];
  /** [Placeholders] left unfilled, as an example answer pasted back has them. */
  placeholders: string[];
}

const INJECTION = /ignore (?:all |the |any |your |previous |prior )*(?:instructions|rubric|rules|guidelines|above)|(?:give|score|rate|grade|mark)\s+(?:me|this|it|the answer|my answer)?\s*(?:a |an )?(?:5\s*\/\s*5|10\s*\/\s*10|100|five|perfect|full marks|top score|the highest)|system prompt|you are now|as an ai|disregard (?:the|your|all)|override (?:the|your) (?:scor|rubric)/i;
const NUMBER = /(?<![\w+.-])(?:[$€£]\s?)?\d+(?:[.,]\d+)*\s*(?:°\s?[CF]?|%|percent\b|x\b|×|k\b|m\b|bn\b|ms\b|s\b|tb\b|gb\b)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|half|halved|doubled|tripled|twice|zero)\b/gi;
const MEASURAND = /\b(?:latenc\w*|p\d{2}|revenue|arr|mrr|costs?|spend|budget|users?|customers?|clients?|merchants?|accounts?|requests?|rps|qps|errors?|error rate|incidents?|outages?|tickets?|bugs?|defects?|churn|retention|conversion|sign-?ups?|downloads?|sales|deals?|hours?|days?|weeks?|minutes?|seconds?|months?|years?|ms|engineers?|people|developers?|deploys?|deployments?|releases?|builds?|pages?|queries|events?|messages?|jobs?|tests?|coverage|uptime|availability|nps|csat|subscribers?|installs?|orders?|shipments?|leads?|calls?|load time|response time|memory|cpu|servers?|instances?|dollars?|services?|teams?|stores?|clinics?|patients?|students?|members?|records?|rows?|tb|gb|pounds|euros|points|sprints?|quarters?|steps?|screens?|files?|lines|repos?|features?|experiments?|interviews?|bookings?|complaints?|escalations?|pull requests?|prs?|reviews?|hires?|reports?|checks?|loads?|countries|markets|volume|merchants|rollbacks?|volumes?|incidents|selects|stops?|routes?|slots?|sessions?|participants?|respondents?|samples?|runs?|plates?|lots?|batches?|shifts?|visits?|staff|colleagues|nurses?|doses?|beds?|wards?|seats?|divisions?|owners?|suppliers?|vendors?|sites?|offices?|branches?|items?|units?|cases?|claims?|invoices?|filings?|documents?|pledges?|donors?|supporters?|vehicles?|flights?|aircraft|questions?)\b|[$€£]/i;
const DILUTED = /\b(?:helped (?:with|out|to)?|came from (?:the|our) \w+ team|(?:company|team|department|organi[sz]ation)-wide (?:initiative|effort|project)|(?:wasn'?t|was not) (?:really )?my (?:project|idea|call|decision)|was involved in|involved in|participated in|was part of|assisted (?:with|in)?|contributed to|supported (?:the|a)|the team (?:decided|did|built|handled)|we kind of|sort of|kind of|i guess|i think maybe|tried to help)\b/gi;
const VAGUE = /\b(?:stuff|things|various|a lot|lots of|some (?:stuff|things|issues|problems)|etc\.?|and so on|and so forth|whatever|somehow|basically everything|all kinds of|many things|generally|usually|always|never|best practices|synergy|leverag\w+|hard ?working|team player|passionate|go-getter|think outside the box|detail-oriented|new challenge|room (?:to grow|for growth)|career (?:path|growth|progression)|outgrown|(?:fast|quick) learner|people person|always been (?:interested|fascinated|drawn)|next step in my career|dream job|fast-paced|rewarding (?:industry|career|role|job)|great place to work|target-driven|the right time for me)\b/gi;
const BUZZ = /\b(?:data-driven|cloud-native|microservices approach|best practices?|best-in-class|world-class|continuous improvement|drive (?:continuous|efficiency|efficiencies|value|growth|engagement|improvement|change|results)|engag(?:e|ing) stakeholders|stakeholder management|in real[- ]time|highly (?:available|scalable)|horizontally scalable|synerg\w+|leverag\w+|holistic|end-to-end|people-first|customer-centric|agile|digital transformation|paradigm|game[- ]changer|innovative|cutting[- ]edge|seamless|value[- ]add|kpis and slas|(?:ai|automation) (?:triage )?opportunities|align(?:ed)? (?:my|our) priorities with|business objectives|comfortable with ambiguity|framework from|root cause analysis|a proactive approach|think outside the box|move the needle|low-hanging fruit|take ownership|[a-z]+-centric|on the journey|win-win|strategic decisions|align\w* with (?:the )?(?:organi[sz]ation(?:al|'s)|company|business|our) (?:values|objectives|goals)|manage expectations|keep (?:all )?(?:the )?stakeholders (?:informed|updated|in the loop)|(?:work|working) well under pressure|thrive under pressure|to a high standard|relationship-builder|eisenhower matrix|lead(?:ing)? by example|empower\w*|celebrat\w+ (?:quick |small |the )?wins|quick wins|build(?:ing)? momentum|(?:a |set a )?clear vision|listen and learn|build(?:ing)? relationships|culture of|stakeholder engagement|change leadership|key strengths?|turn\w* \w+ into champions|gamification|feel heard|communicate the why|(?:everyone|everybody|the team) (?:is|are|stays?) aligned|comes from the top|at the end of the day|hit (?:our|the|all) targets|drive adoption|best version|add value|stay(?:ing)? calm|panick\w* (?:doesn'?t|does not|won'?t) help|communication is key|safety (?:always )?comes first|lessons?[- ]learned|(?:assess|review) the situation|cut(?:ting)? (?:any )?corners|keep(?:ing)? everyone (?:informed|updated|in the loop)|on the same page|buy-in|key stakeholders|(?:the )?results speak for themselves|(?:a )?(?:real |big )?team effort|continuous-improvement|kaizen|lean (?:manufacturing|principles)|upskill\w*)\b/gi;
const FILLERS = /\b(?:um+|uh+|erm|like,|you know|i mean|basically|literally|actually|so yeah|yeah so|anyway|right\?|okay so|to be honest|honestly|i think|and things like that|and all that|kind of|sort of)\b/gi;
const HYPOTHETICAL = /\b(?:i would|i'd|i will|i'll|i'm going to|i might|i could|we would|we could|i'd probably|i would probably)\b/gi;
const TIME_FRAME = /\b(?:within (?:the|an) hour|tonight|(?:first thing|on|by|until|this|next|before|after) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?)\b|\b(?:(?:in|within|over|after|for|by) (?:(?:about|around|roughly|just|only|the next|a couple of|a few) )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|sixty|a|a few|several)?|every (?:\d+|two|three|four|six|few))\s?(?:hours?|days?|weeks?|weekends?|nights?|shifts?|months?|quarters?|years?|sprints?|minutes?)\b|\b(?:the same (?:day|afternoon|morning|week)|the next (?:day|morning|sprint|quarter)|twice a (?:day|week|month)|once an? (?:hour|day|week)|overnight|by (?:monday|tuesday|wednesday|thursday|friday|the end of \w+|q[1-4])|q[1-4])\b|\b(?:takes?|took|about|around|roughly|after|at|by|before|until) (?:\d{1,2}(?::\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)|(?:\d+|one|two|three|four|five|six|eight|ten|twelve|a few) (?:hours?|days?|weeks?|minutes?))(?=\W|$)|\b(?:(?:about|around|roughly|some|only|just) )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|a few|a couple of|several) (?:minutes?|hours?|days?|weeks?|months?|years?|shifts?) (?:later|ago|earlier|since|before|after)\b|\b(?:the|in the|over the) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|a few|a couple of|several) (?:weeks?|months?|years?) since\b|\b(?:that|the same|the following) (?:afternoon|morning|evening|night|day|week|monday|tuesday|wednesday|thursday|friday)\b|\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/gi;
/** What follows a number that is a time of day: "3am", "2 p.m.", "3 o'clock", "14:30". */
const CLOCK_AFTER = /^\s?(?:[ap]\.?\s?m\b\.?|o['’]clock\b|:\d{2}(?!\d))/i;

/**
 * Whether the number `raw` at `at` in `text` tells a time of day ("at 3am", "14:30", the "30" of
 * "14:30"): when something happened, not how much. Shared by the signals and the story tips.
 */
export function isTimeOfDay(text: string, at: number, raw: string): boolean {
  return (/^\d{1,2}$/.test(raw) && CLOCK_AFTER.test(text.slice(at + raw.length))) || /\d:$/.test(text.slice(Math.max(0, at - 3), at));
}
const WE_ACTION = /\b[Ww]e\s+(?:then\s+|also\s+|finally\s+)?(?:[a-z]+ed|built|wrote|led|ran|set|made|took|went|chose|shipped|got|did|found|cut|split|rewrote|would|could|will)\b/;
const PLATITUDE = /\b(?:i always|i usually|i generally|i tend to|i try to|i like to|i believe|i feel that|i think (?:that )?(?:it's|it is) (?:important|key|essential|crucial|vital|all about|about|always|really|very|so)\b|i think the (?:key|most important|best|main|secret)\b|(?:is|are) (?:also |really |so |very |always )?(?:key|important|essential|crucial|vital)\b|i(?:'m| am) (?:a |an )?(?:very |really |quite |extremely |highly )?(?:organi[sz]ed|calm|resilient|adaptable|reliable|proactive|strong (?:communicator|relationship|leader|team)|good (?:at|under|with))|(?:work|working) well under pressure|the key (?:is|to)|i(?:'m| am) (?:a|an|very|really) (?:team player|fast learner|hard[- ]working|perfectionist|people person)|in general|at the end of the day)/i;
const GENERAL =
  /\b(?:you (?:have to|need to|can(?:'t)?|could|should|must|get|'ve got|have got|just|always|never|learn|want)|you've got|it'?s (?:all )?(?:about|really about|not just)|is (?:all )?about|(?:is|are) (?:really |so |very |also |always )?(?:key|important|essential|crucial|vital|everything)|the key (?:thing|is|to)|i (?:really )?(?:think|believe|feel)|for me(?:,)? (?:it|the)|every \w+ is different|it (?:really )?depends|at the end of the day|in general|generally|always|honestly|passion\w*|i(?:'ve| have) always|there (?:are|is) (?:a lot|lots|so many|many)|a lot of people)\b/i;
const EVENT = /\b(?:I|we|We|he|He|she|She|they|They|it|It|[A-Z][a-z]+)\s+(?:then\s+|also\s+|finally\s+|quickly\s+|eventually\s+)?(?:[a-z]{3,}ed|built|wrote|led|ran|set|made|took|went|chose|sent|brought|began|found|kept|gave|got|put|split|cut|rewrote|broke|held|told|spent|shipped|did|saw|met|sat|won|lost|fell|rose|grew|came|became|had to)\b/;
const PEOPLE = /\b(?:my (?:manager|lead|boss|director|skip-level|mentor|mentee|teammate|colleague)|(?:our|the|a) (?:cto|ceo|vp|designer|product manager|pm|new hire|intern|tech lead|team lead|head of \w+|director|architect|customer|client|stakeholders?|sales team|support team|qa team|legal team|finance team|executive|(?:junior|senior|new|mid-level) (?:engineer|developer|hire|designer|analyst))|(?:two|three|four|five|six) (?:engineers|teams|developers|designers|customers))\b/gi;
const PROPER_STOP = new Set(['I', 'I\'m', 'I\'d', 'I\'ve', 'I\'ll', 'The', 'A', 'An', 'We', 'My', 'Our', 'It', 'This', 'That', 'Then', 'When', 'So', 'But', 'And', 'After', 'Before', 'At', 'In', 'On', 'As', 'If', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Situation', 'Task', 'Action', 'Result', 'Results', 'Impact', 'Learning', 'Outcome', 'STAR', 'OK', 'Okay']);

/** First spelling of each phrase, compared case-insensitively (quotes stay verbatim). */
function uniqueCaseless(xs: string[]): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => !seen.has(x.toLowerCase()) && seen.add(x.toLowerCase()));
}

/** Matches found sentence by sentence, so every quote is a verbatim substring of the answer. */
function allMatches(sentences: LabelledSentence[], re: RegExp): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: string[] = [];
  for (const s of sentences) for (const m of s.text.matchAll(g)) if (m[0].trim()) out.push(m[0].trim());
  return out;
}

const SHARE_OF = /^\s*of\s+(?:the\s+|our\s+|their\s+)?[a-z]/i;
const RATE = /^\s*[a-z-]+\s+(?:per|an|a|each)\s+(?:hour|day|week|month|minute|second|shift|user|customer|order)\b/i;

/**
 * Whether a number in a sentence measures something: a measurand nearby
 * ("latency", "customers"), a unit or currency, a share of something ("20% of
 * picking capacity") or a rate ("300 picks per hour").
 */
function isMeasured(text: string, raw: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 40), at + raw.length + 40);
  if (MEASURAND.test(window.replace(raw, ' ')) || /[$€£°]|ms\b|tb\b|gb\b/i.test(raw)) return true;
  const after = text.slice(at + raw.length, at + raw.length + 30);
  // "went from 1.2% to 2.6%", "from 6 to 11": a before/after pair measures a change.
  if (/\bfrom\s*$/i.test(text.slice(Math.max(0, at - 6), at)) && /^\s*(?:%|percent)?\s*(?:[a-z]+\s+)?to\s+[$€£]?\d/i.test(after)) return true;
  if (/\bfrom\s+[$€£]?[\d.,]+\s*(?:%|percent)?\s*(?:[a-z]+\s+)?to\s*$/i.test(text.slice(Math.max(0, at - 40), at))) return true;
  return (/%|percent/i.test(raw) && SHARE_OF.test(after)) || RATE.test(after);
}

const SPELLED = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)$/i;
const SCALE = /^\s+(?:(?:hundred|thousand|million|billion)\s+)?/i;

/** A spelled-out number followed (at most one word between) by something measured: "twenty million rows", "two junior engineers". */
function countsSomething(text: string, at: number, raw: string): boolean {
  if (!SPELLED.test(raw)) return false;
  const after = text.slice(at + raw.length).replace(SCALE, ' ');
  const next = /^\s*(?:[\w-]+\s+)?([\w-]+)/.exec(after);
  return next !== null && MEASURAND.test(next[0]);
}

/** "Halved", "doubled", "fell by half", "cut in half", "twice as fast": a change measured as a ratio. */
function isRatioChange(text: string, at: number, raw: string): boolean {
  if (/^(?:halved|doubled|tripled)$/i.test(raw)) return true;
  if (/^half$/i.test(raw)) return /\b(?:by|in)\s+$/i.test(text.slice(Math.max(0, at - 4), at));
  return /^twice$/i.test(raw) && /^\s+as\b/i.test(text.slice(at + raw.length));
}

/** Whether one number in a sentence is a measured figure, a bare number, or not a figure at all (a year, "one time"). */
function classifyNumber(s: LabelledSentence, raw: string, at: number): 'metric' | 'bare' | null {
  if (/^(?:19|20)\d{2}$/.test(raw)) return null;
  // A clock time ("at 3am", "14:30") is a time frame, counted there, not a figure.
  if (isTimeOfDay(s.text, at, raw)) return null;
  // Spelled out ("twenty minutes", "three engineers"), as people say numbers: only a
  // count of something measured, so "one time" or "two of us" stay out.
  if (!/\d/.test(raw)) return s.words >= 5 && (countsSomething(s.text, at, raw) || isRatioChange(s.text, at, raw)) ? 'metric' : null;
  // A measured number only counts inside a real sentence, not a list of figures.
  return isMeasured(s.text, raw, at) && s.words >= 5 ? 'metric' : 'bare';
}

/** Numbers split into measured (with a measurand nearby in the same sentence) and bare ones. */
function numbers(sentences: LabelledSentence[]): { metrics: string[]; bare: string[] } {
  const metrics: string[] = [];
  const bare: string[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(NUMBER)) {
      const raw = m[0].trim();
      const kind = classifyNumber(s, raw, m.index ?? 0);
      if (kind) (kind === 'metric' ? metrics : bare).push(raw);
    }
  }
  return { metrics, bare };
}

function properNouns(sentences: LabelledSentence[]): string[] {
  const out = new Set<string>();
  for (const s of sentences) {
    const toks = s.text.replace(/^\s*\w+:\s*/, '').split(/\s+/);
    toks.forEach((t, i) => {
      const w = t.replace(/^[("']+|[)"',.;:!?]+$/g, '');
      if (i === 0 || w.length < 2 || PROPER_STOP.has(w)) return;
      if (/^[A-Z][a-zA-Z0-9]+$/.test(w) || /^[A-Z]{2,}[a-z]?s?$/.test(w)) out.add(w);
    });
  }
  return [...out];
}

/**
 * Keyword stuffing: most words sit in fragments rather than sentences, or the
 * answer is a run of STAR labels with a few words after each.
 */
function isFragmented(sentences: LabelledSentence[], wordCount: number): boolean {
  if (sentences.length < 3) return false;
  const storyWords = sentences.filter((s) => s.words >= 6).reduce((n, s) => n + s.words, 0);
  const labelled = sentences.filter((s) => STAR_LABEL.test(s.text));
  const labelledAvg = labelled.reduce((n, s) => n + s.words, 0) / Math.max(1, labelled.length);
  return storyWords < wordCount * 0.5 || (labelled.length >= 3 && labelledAvg < 8);
}

const QUOTED = /["“][^"”]*["”]/g;

/** The sentences that talk in generalities, and their share of the answer's words. */
function generalities(sentences: LabelledSentence[], wordCount: number): Pick<Signals, 'generalities' | 'generalShare'> {
  // What the candidate quotes themselves saying ("Interpreter speaking, I think there may be a
  // misunderstanding") is part of the story, not talk in general.
  const general = sentences.filter((s) => GENERAL.test(s.text.replace(QUOTED, ' ')));
  const words = general.reduce((n, s) => n + s.words, 0);
  return { generalities: general.map((s) => s.text), generalShare: wordCount > 0 ? Math.min(1, words / wordCount) : 0 };
}

const MIN_TRADE_TERMS = 3;

/** Compute the signals of one answer. */
export function computeSignals(answer: string): Signals {
  const all = labelSentences(answer);
  const injection = all.filter((s) => INJECTION.test(s.text)).map((s) => s.text);
  const sentences = all.filter((s) => !INJECTION.test(s.text));
  const text = sentences.map((s) => s.text).join(' ');
  const tokens = words(text);
  const { metrics, bare } = numbers(sentences);
  // Tools and technologies are concrete; soft-skill words ("leadership") are not.
  const techTerms = findTerms(text, 'tool');
  // Only terms present in the whole answer can be present in one of its parts.
  const hasTool = (t: string): boolean => techTerms.some((term) => hasTerm(t, term));
  const nouns = properNouns(sentences).filter((n) => !hasTool(n));
  const timeFrames = allMatches(sentences, TIME_FRAME);
  // One or two rare words are chance (a typo, "proudest"); three or more are a trade talking.
  const rare = tradeTerms(text);
  const trade = rare.length >= MIN_TRADE_TERMS ? rare : [];
  const concreteSentences = sentences
    .filter((s) => s.words >= 6 && (hasTool(s.text) || [...metrics, ...nouns, ...timeFrames, ...trade].some((d) => s.text.includes(d))))
    .map((s) => s.text);
  const present = tellsInPresent(sentences.filter((s) => s.words >= 4).map((s) => s.text));
  return {
    text,
    sentences,
    wordCount: tokens.length,
    tokens,
    iActions: iActionClauses(sentences, present),
    onlooking: onlyOnlooking(text),
    firstOwnAction: firstOwnAction(sentences, present),
    firstPlanStep: firstPlanStep(sentences),
    steps: sentences.filter((s) => s.words >= 4 && IMPERATIVE_STEP.test(s.text.replace(STAR_LABEL, ''))).map((s) => s.text),
    weActions: sentences.filter((s) => s.words >= 4 && WE_ACTION.test(s.text) && !I_ACTION.test(s.text)).map((s) => s.text),
    diluted: allMatches(sentences, DILUTED),
    metrics,
    bareNumbers: bare,
    properNouns: nouns,
    techTerms,
    tradeTerms: trade,
    timeFrames,
    people: uniqueCaseless(allMatches(sentences, PEOPLE)),
    vague: allMatches(sentences, VAGUE),
    buzzwords: uniqueCaseless(allMatches(sentences, BUZZ)),
    fillers: allMatches(sentences, FILLERS),
    hypothetical: allMatches(sentences, HYPOTHETICAL),
    concreteSentences,
    injection,
    fragmented: isFragmented(sentences, tokens.length),
    claimLists: claimLists(sentences.map((s) => s.text)),
    placeholders: placeholdersIn(answer),
    platitudes: sentences.filter((s) => PLATITUDE.test(s.text)).map((s) => s.text),
    ...generalities(sentences, tokens.length),
    events: sentences.filter((s) => s.words >= 4 && EVENT.test(s.text) && !PLATITUDE.test(s.text) && !HABITUAL.test(s.text) && !/\b(?:would|could|will|'d|'ll)\b/.test(s.text)).map((s) => s.text),
  };
}
