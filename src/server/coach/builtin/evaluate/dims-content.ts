/**
 * Scorers for "what the answer says": specificity, relevance (to the question
 * and the role), concision, and trade-offs for technical questions. Counts
 * saturate and are judged per 100 words, so length alone never buys score.
 */
import type { Profile } from '../../../../shared/domain.js';
import type { QuestionForCoach } from '../../coach.js';
import { competencyMatcher } from '../competencies.js';
import { hasTerm } from '../lexicon.js';
import { stem as porter } from '../../../text/stem.js';
import { clamp, contentStems, STOPWORDS, stem, words } from '../text.js';
import { missingAskNote, missingAsks } from './asks-for.js';
import { doneActions } from './own-actions.js';
import { softTopicMatches, topicWords } from './topic-match.js';
import { type DimContext, type DimResult, quote } from './dims-story.js';
import { CAPS, type AnswerMode } from './rubric.js';
import type { Signals } from './signals.js';

/** Specificity: distinct concrete details (numbers that measure something, names, tools, time frames). */
export function scoreSpecificity(sig: Signals): DimResult {
  // A trade's own words stand in for the specifics only where none of the kinds we can name are
  // there (figures, names, tools): they lift a radiographer's exact method, not a diluted story.
  const trade = sig.metrics.length + sig.properNouns.length + sig.techTerms.length === 0 ? sig.tradeTerms.length : 0;
  const details = Math.min(4, new Set(sig.metrics).size) + Math.min(3, sig.properNouns.length) + Math.min(3, sig.techTerms.length + trade) + Math.min(2, sig.timeFrames.length) + Math.min(1, sig.people.length);
  let score = details === 0 ? 1 : details === 1 ? 2 : details <= 3 ? 3 : details <= 5 ? 4 : 5;
  const per100 = details / Math.max(1, sig.wordCount / 100);
  if (sig.wordCount > 150 && per100 < 0.8) score -= 2;
  else if (sig.wordCount > 150 && per100 < 1.5) score -= 1;
  if (sig.vague.length >= 3 || (sig.vague.length >= 2 && details < 3)) score -= 1;
  // Named frameworks and buzzwords ("DMAIC", "data-driven", "drive continuous improvement") look concrete but say nothing about this case.
  if (sig.buzzwords.length >= 2) score -= sig.buzzwords.length >= 3 ? 2 : 1;
  if (sig.concreteSentences.length === 0) score = Math.min(score, 2);
  const evidence = [...new Set([...sig.metrics, ...sig.properNouns, ...sig.timeFrames, ...sig.people])].slice(0, 5);
  if (evidence.length === 0 || sig.buzzwords.length >= 3) evidence.unshift(...(sig.buzzwords.length >= 3 ? sig.buzzwords : sig.vague).slice(0, 3));
  const note = sig.buzzwords.length >= 3 ? 'buzzwords' : details === 0 ? 'nothing_concrete' : per100 < 1.5 && sig.wordCount > 150 ? 'diluted' : sig.metrics.length === 0 ? 'no_numbers' : 'concrete';
  return { score: clamp(score, 1, 5), evidence, note };
}

/** Interview boilerplate that says nothing about a question's topic. */
const QUESTION_STOP = new Set(
  ('tell time describe example walk through give talk share about question situation experience would could how what when why which ' +
    'your you did have been ever most recent something someone thing things way ways approach handle handled make made do does ' +
    'work worked working job role team project projects one specific particular moment case kind like get got want ' +
    'first came come much many times decide').split(' ').map(stem),
);

/**
 * Whether a text uses a word: by the coach's light stem, or by Porter's. The light stemmer keeps
 * "disruptiv" (from "disruptive") apart from "disrupt"; Porter's meets them (a teacher's "boys kept
 * disrupting lessons" for "a disruptive class" was called off topic). Either match counts, so no
 * match the light stem made is lost.
 */
function usesWord(text: string): (word: string) => boolean {
  const light = contentStems(text);
  const heavy = new Set(words(text).map(porter));
  return (word) => light.has(stem(word)) || heavy.has(porter(word));
}

/** The question's own content words the answer uses (each once, by light stem). */
function sharedWords(question: string, answer: string): string[] {
  const uses = usesWord(answer);
  const seen = new Map<string, string>();
  for (const w of words(question)) {
    const s = stem(w);
    if (STOPWORDS.has(w) || w.length < 2 || QUESTION_STOP.has(w) || QUESTION_STOP.has(s) || seen.has(s)) continue;
    if (uses(w)) seen.set(s, w);
  }
  return [...seen.values()];
}

/** Competencies a question is about: the declared one plus any whose words the question itself uses ("…when people disagreed" adds conflict). */
function questionCompetencies(question: QuestionForCoach): RegExp[] {
  const out: RegExp[] = [];
  const declared = competencyMatcher(question.competency);
  if (declared) out.push(declared);
  for (const key of TOPIC_KEYS) {
    const re = competencyMatcher(key);
    if (re && re !== declared && (question.text.match(re) ?? []).length > 0) out.push(re);
  }
  return out;
}

/** Competencies specific enough to infer from a question's wording. */
const TOPIC_KEYS = ['conflict', 'failure', 'prioritization', 'influence', 'mentoring', 'customer_focus', 'ambiguity', 'reliability', 'communication', 'stakeholder_management', 'learning', 'delivery'];

function competencyHits(text: string, question: QuestionForCoach): string[] {
  const hits = new Set<string>();
  for (const re of questionCompetencies(question)) for (const m of text.matchAll(re)) hits.add(m[0].toLowerCase());
  return [...hits];
}

function roleHits(text: string, profile: Profile): string[] {
  const terms = new Set<string>();
  for (const r of profile.job.requirements) for (const s of r.skills) terms.add(s);
  return [...terms].filter((t) => hasTerm(text, t)).slice(0, 4);
}

/** A situational answer sharing no more than this share of the scenario's words never engages with it. */
const GENERIC_SHARE = 0.2;
/** Only a scenario with this many content words has facts enough to be ignored ("three weeks behind" has few). */
const GENERIC_MIN_FACTS = 9;

/** A question word the answer says in other words counts for less than the same word. */
const SOFT_WEIGHT = 0.35;

/** Relevance: does the answer address the question's topic and competency, and tie to the role? */
export function scoreRelevance(sig: Signals, ctx: DimContext & { question: QuestionForCoach; profile: Profile }): DimResult {
  const qStems = contentStems(ctx.question.text, QUESTION_STOP);
  const sharedWordList = sharedWords(ctx.question.text, sig.text);
  const shared = sharedWordList.map(stem);
  const comp = competencyHits(sig.text, ctx.question);
  // The question's words the answer says in other words ("furious client" for "upset customer").
  const unshared = topicWords(ctx.question.text, (w) => QUESTION_STOP.has(stem(w))).filter((w) => !shared.includes(stem(w)));
  // Only for an answer already anchored in the topic (a shared word or a competency hit): a
  // strong story about something else must not talk its way on topic through loose synonyms.
  const anchored = shared.length + comp.length > 0;
  const soft = anchored ? Math.min(softTopicMatches(unshared, sig.text), unshared.length) : 0;
  // Coverage of the question's own content words counts too: a short question ("a time you
  // reduced costs") has only two, and an answer about reducing costs shares both.
  const coverage = qStems.size > 0 ? Math.min(1, (shared.length + soft) / qStems.size) : 0;
  const topical = Math.min(comp.length, 6) + Math.min(shared.length, 4) * 0.7 + Math.min(soft, 3) * SOFT_WEIGHT + (coverage >= 0.99 && qStems.size >= 2 ? 1 : 0);
  let score = topical === 0 ? 1 : topical < 1.5 ? 2 : topical < 3 ? 3 : topical < 5 ? 4 : 5;
  // Sharing no word with the question is not proof of being off topic: a concrete story (the
  // candidate's own, or told as "we", whose ownership is judged elsewhere) may say "the governors
  // chose the fins" for "persuaded a client to change a decision" (holdout4's first read). Off topic needs evidence (a missing ask, below); without it such a
  // story answers loosely. Calling a strong answer off topic is the worst error the coach can make.
  // A plainly told story of three own actions counts too, concrete or not ("I asked the two longest-
  // serving clerks… I put together a checklist… I shared it" for "when the rules were unclear").
  // A story the candidate only watched (a match report) is nobody's answer, however concrete.
  const concreteStory = !sig.onlooking && ((sig.concreteSentences.length >= 2 && (sig.iActions.length >= 2 || sig.events.length >= 2)) || (sig.iActions.length >= 3 && sig.events.length >= 3));
  if (score < 3 && concreteStory) score = 3;
  // Most of the question's own ideas said back, however briefly ("first response time fell from
  // nine hours to forty minutes" for "a time you cut response times"), is on topic at least loosely.
  if (score < 3 && qStems.size >= 3 && coverage >= 0.6) score = 3;
  // Likewise a plan or design of the candidate's own steps in other words ("sources and sinks" for
  // "a balanced soft-currency economy") is not shown to be off topic by sharing no word.
  const ownSteps = sig.iActions.length + sig.steps.length;
  if (score < 2 && (ctx.mode === 'plan' || ctx.mode === 'design') && ownSteps >= 2 && sig.wordCount >= 40) score = 2;
  // A behavioural question asks what you did; a hypothetical answer only half-answers it.
  const past = doneActions(sig.iActions);
  const pastActions = past.length;
  if (ctx.mode === 'story' && sig.hypothetical.length >= 2 && pastActions === 0) score -= 1;
  // "Why this role?" answered with stock phrases ("a new challenge", "room to grow") and nothing
  // the candidate has done answers it only loosely, however many of the question's words it repeats.
  if (ctx.mode === 'motivation' && givesOwnReasons(sig)) score = Math.max(score, 3);
  const stock = ctx.mode === 'motivation' && sig.vague.length >= 2 && pastActions === 0;
  if (stock) score = Math.min(score, 3);
  // "We always hit our deadlines" for "a time you delivered against a tight deadline" shares the
  // topic and tells no time it happened: it answers loosely. With none of the question's words
  // either ("it went fine, I learned a lot" for "which requirement are you least prepared for"),
  // nothing shows it answers at all.
  // "I learned a lot about change" is a reflection, not something done.
  const done = past.filter((s) => !REFLECTION_ONLY.test(s)).length;
  score = Math.min(score, nothingToldCap(sig, ctx.mode, done, shared.length + soft > 0));
  // A "what would you do" answer that never touches the scenario's own facts (the filings, the
  // Monday hearing) would fit any question of its kind: it answers a generic version of it. Only the
  // scenario's own words count here: loose synonyms of "urgent" or "partner" are what a generic plan is made of.
  const generic = ctx.mode === 'plan' && ctx.question.category === 'situational' && qStems.size >= GENERIC_MIN_FACTS && shared.length + soft * SOFT_WEIGHT <= qStems.size * GENERIC_SHARE;
  if (generic) score = Math.min(score, 2);
  // An answer without the moment the question asks for (the disagreement, the setback, making a hazard safe…) is about something else.
  const missing = missingAsks(ctx.question.text, sig.text, ctx.mode);
  if (missing.length > 0) score = Math.min(score, 2);
  const role = roleHits(sig.text, ctx.profile);
  if (role.length > 0 && score >= 3 && score < 5) score += 0.5;
  const evidence = sig.sentences
    .filter((s) => comp.some((c) => s.text.toLowerCase().includes(c)) || sharedWordList.some(usesWord(s.text)))
    .slice(0, 3)
    .map((s) => quote(s.text));
  // Nothing on topic to quote: the opening shows what the answer is about instead.
  if (evidence.length === 0 && missing.length > 0 && sig.sentences[0]) evidence.push(quote(sig.sentences[0].text));
  const note = missing[0] ? missingAskNote(missing[0]) : generic ? 'generic_plan' : score <= 2 ? 'off_topic' : stock ? 'stock_phrases' : ctx.profile.job.requirements.length > 0 && role.length === 0 ? 'no_role_tie' : 'on_topic';
  return { score: clamp(score, 1, 5), evidence, note };
}

const WANTS = /\b(?:I (?:want|'d like|would like|'m (?:keen|drawn|looking)|am (?:keen|drawn|looking))|reasons?\b|that'?s why|which is why|appeals? to me|drew me|draws me|excites me)/i;
const TO_THEM = /\b(?:you(?:'re|'ve|r)?|this (?:role|job|team|shop|company|place|post))\b/i;

/**
 * "Why do you want this role?" is answered by reasons of one's own aimed at this employer ("I want
 * the harder work you do in-house"), whatever words the job title uses: at least loosely on topic.
 * Stock phrases are capped below, separately.
 */
function givesOwnReasons(sig: Signals): boolean {
  return sig.sentences.some((s) => WANTS.test(s.text)) && sig.sentences.some((s) => TO_THEM.test(s.text)) && sig.concreteSentences.length > 0;
}

/** A sentence whose only "I" is learning or feeling something. */
const REFLECTION_ONLY = /^(?:(?!\bI\b).)*\bI (?:learn(?:ed|t)|realised|realized|felt|enjoyed|loved|liked)\b(?:(?!\bI\b).)*$/;

/**
 * The most relevance an answer that tells nothing can have. "We always hit our deadlines" for "a
 * time you delivered against a tight deadline" shares the topic and tells no time it happened: it
 * answers loosely (3), as does a plan with no step in it ("it went fine, I learned a lot about
 * change" for "which requirement are you least prepared for, and what are you doing about it?").
 * With none of the question's words either, nothing shows it answers at all (2).
 */
function nothingToldCap(sig: Signals, mode: AnswerMode, done: number, onTopicWords: boolean): number {
  // Talk in general has its own cap and its own explanation in the summary (evaluate.ts).
  if (done > 0 || sig.concreteSentences.length > 0 || sig.generalShare >= CAPS.generalShare) return 5;
  if (mode === 'story' || (mode === 'plan' && sig.steps.length === 0)) return onTopicWords ? 3 : 2;
  return 5;
}

const RAMBLE = /\b(?:anyway|long story short|where was i|as i said|like i said|going back to|to cut a long story|so yeah|and stuff|or whatever|i don't know)\b/gi;

/** Below this many words an answer is too short for concision to be a strength. */
const TOO_SHORT_WORDS = 60;

/** Concision: economy of words — length band, filler, repetition and padding relative to substance. */
export function scoreConcision(sig: Signals, ctx: DimContext & { durationSeconds?: number }): DimResult {
  const n = sig.wordCount;
  const limit = ctx.mode === 'design' ? 380 : 320;
  let score = n <= limit ? 5 : n <= limit * 1.4 ? 4 : n <= limit * 1.9 ? 3 : n <= limit * 2.5 ? 2 : 1;
  const fillerRate = sig.fillers.length / Math.max(1, n);
  if (fillerRate > 0.05) score -= 2;
  else if (fillerRate > 0.02) score -= 1;
  const rambles = sig.sentences.flatMap((s) => s.text.match(RAMBLE) ?? []);
  if (rambles.length >= 2) score -= 1;
  const seen = new Set<string>();
  let repeats = 0;
  for (const s of sig.sentences) {
    const key = [...contentStems(s.text)].sort().join(' ');
    if (key.length > 10 && seen.has(key)) repeats++;
    seen.add(key);
  }
  if (repeats > 0) score -= 1;
  const avgSentence = n / Math.max(1, sig.sentences.length);
  if (avgSentence > 38) score -= 1;
  // Padding: many words, few concrete details per hundred words.
  const details = sig.metrics.length + sig.properNouns.length + sig.techTerms.length + sig.timeFrames.length;
  const per100 = (details * 100) / Math.max(1, n);
  if (n > 150 && per100 < 1) score -= 2;
  else if (n > 150 && per100 < 2) score -= 1;
  if (ctx.durationSeconds !== undefined && ctx.durationSeconds > 180) score = Math.min(score, 3);
  // Economy needs a story to economise: a few sentences are short, not tight, and earn no praise.
  if (n < TOO_SHORT_WORDS) score = Math.min(score, 3);
  const evidence = [...sig.fillers.slice(0, 3), ...rambles.slice(0, 2)];
  if (evidence.length === 0 && n > limit) evidence.push(quote(sig.sentences[Math.floor(sig.sentences.length / 2)]?.text ?? ''));
  // A tight answer is judged by how it opens: quote the opening so the score has its words.
  if (evidence.length === 0) evidence.push(quote(sig.sentences[0]?.text ?? ''));
  const note = n > limit ? 'too_long' : n < TOO_SHORT_WORDS ? 'too_short' : fillerRate > 0.02 ? 'filler' : repeats > 0 ? 'repetition' : score < 4 ? 'padding' : 'tight';
  return { score: clamp(score, 1, 5), evidence: evidence.filter(Boolean), note };
}

const TRADEOFF = /\b(?:trade-?offs?|versus|vs\.?|instead of|rather than|downside|upside|at the cost of|the cost (?:is|was)|on the other hand|alternatively|alternatives?|fail(?:s|ing)? (?:open|closed)|we considered|i considered|i'd consider|compared (?:to|with)|pros?|cons?|the risk|overkill|depends on|the hard part|only (?:for|if|when)|eventual consistency|strong consistency|last[- ]resort|fall ?back|at the expense of|without (?:turning|losing|breaking|giving up|sacrificing|slowing)|(?:since|because) (?:it|that|this)(?:'s| is| was)? (?:the )?(?:weakest|strongest|cheapest|simplest|safest|riskiest|slowest|fastest|least|most)|keeps? (?:the )?\w+ (?:down|low)|cheapest|otherwise|if not|(?:least|most) (?:expensive|disruptive|invasive|risky)|(?:most|more|less) likely|likel(?:ier|iest)|almost always|(?:the )?(?:worse|bigger|more serious) (?:problem|risk))\b/gi;
/** A contrast ("but", "while", "whereas") next to an evaluative word ("simpler", "stale", "costs") weighs two sides. */
const CONTRAST = /\b(?:but|while|whereas|although|though|however|yet)\b/i;
const EVALUATIVE = /\b(?:[a-z]{3,}er|more|less|small|large|shallow\w*|deep\w*|common|narrow|broad|weak\w*|strong\w*|noisy|biased|precise|rough|only|limited|partial|cost\w*|risk\w*|slow|fast|simple|complex|stale|fresh|expensive|cheap|accurate|inaccurate|consistent|safe|unsafe|lossy|durable|reliable|fragile|scal\w+|latency|throughput)\b/i;
const ASSUMPTION = /\bif\b[^.;]{3,80}[,;]\s*(?:then|it'?s|it is|that'?s|that is|this is|i'?d|we'?d|i would|we would|i'?ll|i will)\b|\b(?:confirm\w*|rule out|assum\w+|let's say|say we have|given (?:that|a|an)|requirements?|constraint\w*|at (?:\d|a scale)|per second|per day|\d+\s*(?:k|m)?\s*(?:rps|qps|requests|users|writes|reads|events))\b/gi;

const TRADEOFF_ONE = new RegExp(TRADEOFF.source, 'i');
const CHOICE = /\b(?:i|we)(?:'d| would| will)?\s+(?:use|used|chose|choose|pick|picked|go with|went with|build|built|design|designed|put|add|added)\b/i;
const ASSUMPTION_ONE = new RegExp(ASSUMPTION.source, 'i');

/** Trade-offs & assumptions (technical questions only). */
export function scoreTradeoffs(sig: Signals): DimResult {
  const trade = sig.sentences.filter((s) => TRADEOFF_ONE.test(s.text) || (CONTRAST.test(s.text) && EVALUATIVE.test(s.text))).map((s) => s.text);
  const assume = sig.sentences.filter((s) => ASSUMPTION_ONE.test(s.text)).map((s) => s.text);
  const distinct = new Set([...trade, ...assume]).size;
  let score = distinct === 0 ? 1 : distinct === 1 ? 2 : distinct === 2 ? 3 : distinct <= 4 ? 4 : 5;
  // One trade-off with its reason is already a real weighing of options.
  if (distinct === 1 && trade.some((t) => /\bbecause\b/i.test(t))) score = 3;
  if (trade.length === 0) score = Math.min(score, 2);
  if (assume.length === 0) score = Math.min(score, 4);
  const evidence = [...new Set([...trade, ...assume])].slice(0, 3).map((s) => quote(s));
  // Nothing weighed: quote where the choice is stated without an alternative.
  if (evidence.length === 0) {
    const choice = sig.sentences.find((s) => CHOICE.test(s.text)) ?? sig.sentences[0];
    if (choice) evidence.push(quote(choice.text));
  }
  const note = trade.length === 0 ? 'no_tradeoffs' : assume.length === 0 ? 'no_assumptions' : 'weighed';
  return { score, evidence, note };
}
