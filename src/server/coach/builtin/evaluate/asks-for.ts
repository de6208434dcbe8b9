/**
 * What a behavioural question asks for, beyond its topic. "Tell me about a
 * time you defended a design decision to stakeholders who disagreed" is not
 * answered by a fine design story in which nobody disagreed; "a project that
 * did not go the way you hoped" is not answered by a success. An interviewer
 * notices at once, so relevance does too: when the question asks for one of
 * these moments and the answer has no sign of it, the answer touches the
 * topic but is mostly about something else (relevance ≤ 2). "A mistake you
 * made" needs the candidate's own slip, not someone else's.
 *
 * The signs are deliberately broad (any wording of pushback, any setback),
 * because missing a real one would punish a good answer; they only have to
 * tell "this kind of moment is in the story" from "it is not".
 */
import type { AnswerMode } from './rubric.js';

/** A kind of moment a question can ask for. */
export type AskKind = 'disagreement' | 'own_mistake' | 'setback' | 'upset_person' | 'refusal' | 'priority_call' | 'own_part' | 'attribution' | 'make_safe' | 'weighing' | 'feedback_change';

interface Ask {
  kind: AskKind;
  /** The answer modes it applies to (story questions unless said otherwise). */
  modes?: readonly AnswerMode[];
  /** The question asks for this moment. */
  question: RegExp;
  /** The answer shows it. */
  answer: (text: string) => boolean;
}

const DISAGREEMENT_SIGNS =
  /\b(?:disagree\w*|disagreement|push(?:ed|ing)? back|pushback|objected|objection\w*|opposed|against (?:it|the|my|this|that)|skeptic\w*|sceptic\w*|unconvinced|not convinced|wasn'?t convinced|didn'?t (?:agree|want|like|buy|think)|did not (?:agree|want|like|think)|wanted (?:to keep|to stick|to go|us to|it|the|a)|insist\w*|argu\w+|debat\w+|challeng\w+|question(?:ed|ing) (?:it|the|my|whether)|concern\w*|worried|resist\w*|reluctan\w+|conflict\w*|tension|clash\w*|fought|convinc\w+|persuad\w+|won (?:her|him|them) over|came round|came around|changed (?:her|his|their) minds?|signed off|bought in|buy-in|compromise\w*|veto\w*|blocked|frustrat\w+|refus\w+|both sides|two camps|divided|split (?:on|between|over)|no reason to listen|hated|hate|moan\w*|grumbl\w*|(?:didn'?t|did not) like|unhappy with|annoyed|short with (?:me|us)|(?:wasn'?t|was not|not) (?:comfortable|happy|keen)|uncomfortable|(?:raised|flagged|questioned) (?:it|this|that|my|a|the)|(?:i|we) (?:accepted|conceded)|at first\b[^.]{0,80}\bbut|but (?:he|she|they|the \w+) agreed|said (?:that )?(?:it|the|one|this|there|we|he|she|they)\b[^.]{0,60}\b(?:wasn'?t|was not|isn'?t|is not|not enough|no need|already|fine)|(?:while|whereas|but) (?:the )?\w+(?: \w+)? wanted)\b|\bwanted\b[^.]{0,80}\b(?:while|whereas)\b/i;

const SETBACK_SIGNS =
  /\b(?:mistake\w*|fail\w*|wrong|lost|lose|missed|short(?! (?:list|term|notice|time|while|walk|drive|version|answer))|(?:wasn'?t|was not|weren'?t|were not|not) (?:happy|thrilled|pleased|impressed)|back-?order\w*|complain\w*|damag\w*|(?:a bit|a little|slightly|too|far too|way too) (?:close|tight|loose|short|long|deep|shallow|hot|cold|thin|thick)|miss(?:ing)? (?:the|our|a)|broke|broken|my fault|blame|should have|shouldn'?t have|didn'?t work|did not work|didn'?t go|did not go|went badly|fell short|fell through|slipp\w+|overr?an|error\w*|bug\w*|regret\w*|underestimat\w+|overestimat\w+|backfired|churned|cancell?ed|rejected|scrapped|abandon\w*|killed|rolled? back|too late|late|delay\w*|behind schedule|over budget|didn'?t land|flopped|disappoint\w*|lesson\w*|learned|hindsight|not (?:enough|ready)|pulled (?:it|the plug))\b/i;

const UPSET_SIGNS =
  /\b(?:upset|angry|anger|furious|livid|irate|frustrat\w+|unhappy|annoyed|complain\w*|escalat\w+|threaten\w*|shout\w*|yell\w*|rude|hostile|emotional|in tears|crying|disappoint\w*|vent\w*|calm\w*|apolog\w+)\b/i;

const REFUSAL_SIGNS =
  /\b(?:said no|say no|saying no|told (?:him|her|them) no|declin\w+|refus\w+|turn(?:ed)? (?:it |them |him |her )?down|push(?:ed)? back|not (?:now|this quarter|yet)|wouldn'?t|would not|couldn'?t (?:take|commit|do)|instead|rather than|deprioriti[sz]\w+|trade-?off|held the line|stood firm|stuck to)\b/i;

/** Something going wrong, or the slip that caused it ("without testing it", "I didn't think about…"). */
const SLIP_SIGNS =
  /\b(?:mistake\w*|fail\w*|wrong|missed|broke|broken|my fault|(?:a bit|a little|slightly|too|far too|way too) (?:close|tight|loose|short|long|early|late|deep|shallow|hot|cold|thin|thick|fast|slow|much|little|high|low)|(?:it|that) was (?:my|me)\b(?!\s+(?:job|role|task|responsibility|idea|first|last|day|team|manager|boss|plan|goal|aim|turn|chance))|should have (?!been)|shouldn'?t have|(?:didn'?t|did not) (?:really )?(?:think|check|test|ask|notice|realise|realize|read)|without (?:test|check|ask|think|read)\w*|error\w*|bug\w*|regret\w*|underestimat\w+|overlook\w*|forgot|misjudg\w+|misread)\b/i;
const FIRST_PERSON = /\b(?:I|my|me)\b/;

/**
 * "A mistake you made" is answered by the candidate's own slip: some sentence
 * puts them and the thing going wrong together. A story where QA missed the
 * bug and "we fixed it quickly" is a mistake, but not theirs.
 */
function ownsASlip(text: string): boolean {
  return text
    .split(/(?<=[.!?])\s+/)
    .map(withoutVirtueSlip)
    .some((s) => FIRST_PERSON.test(s) && SLIP_SIGNS.test(s) && !DENIAL.test(s));
}

/** The sentence without a virtue offered as a slip, nor the word "mistake" that names it. */
function withoutVirtueSlip(sentence: string): string {
  const rest = sentence.replace(VIRTUE_SLIP, ' ');
  return rest === sentence ? sentence : rest.replace(/\b(?:mistake|failure|weakness|fault)s?\b/gi, ' ');
}

/**
 * A virtue offered as the mistake ("my biggest mistake was taking on too much myself… I should
 * have delegated more", then a success): the humble-brag an interviewer hears straight through.
 * It is removed before looking for a slip, so a real slip said alongside it still counts.
 */
const VIRTUE_SLIP =
  /\b(?:(?:taking|took|take) on too much|(?:doing|did|do) (?:it |everything |too much )?(?:all )?(?:by )?myself|too hands-on|car(?:ing|ed|e) too much|work(?:ing|ed)? too (?:hard|much|many hours)|perfectionis\w+|(?:should have|could have|didn'?t|did not|not) delegat\w+(?: (?:more|enough|sooner))?|trust(?:ed|ing)? (?:my|the) team (?:more|sooner)|(?:should have|could have) (?:asked for|accepted) (?:more )?help(?: sooner| earlier)?)\b/gi;

/** "I did not actually get anything wrong": a denial is not a slip. */
const DENIAL = /\b(?:not|n't|never|nothing)\b[^.!?]{0,30}\b(?:wrong|mistake\w*|error\w*)\b/i;

/** An answer that opens by calling its story a success ("The best decision I made was…"). */
const SUCCESS_FRAME = /\b(?:(?:the|my|our) (?:very )?(?:best|proudest|most successful|smartest|greatest|favourite) [a-z]+|(?:biggest|greatest|real) (?:win|success)|(?:worked|went|turned out) (?:really |very |extremely )?well|a (?:great|huge|real) success)\b/i;
/** A story that ends as a success ("…but it paid off", "the feedback was really positive"). */
const SUCCESS_ENDING = /\b(?:paid off|put me forward for|(?:won|got|earned) (?:an? |the )?[\w ]{0,20}award|(?:first|second|top|best) in the (?:region|country|company|group)|(?:worked|went|turned out) (?:out )?(?:really |very |extremely )?well|was (?:a |really )?(?:great |huge |big )?success(?:ful)?|feedback was (?:really |very )?(?:positive|good|great))\b/i;
/** A "failure" turned into a virtue or waved away: the humble-brag answer to "what went wrong". */
const MINIMISED = /\b(?:(?:the )?(?:only )?(?:bit|part|thing) that went wrong was\b[^.!?]{0,80}\b(?:nearly|almost|but it (?:came|turned out|worked out|all worked)|in the end)|what went wrong was (?:really |just |only |simply )+|the only (?:thing|mistake) (?:that went wrong|i made) was|(?:biggest )?weakness is (?:that )?i (?:care|work|try|give) too)/i;
/** Admitting that something did not work: what a success-framed answer would need to still tell a setback. */
const ADMITS_FAILURE = /\b(?:(?:didn'?t|did not|never) (?:work|go|pay off|land)|fail(?:ed|ure)|mistake|went wrong|was wrong|got (?:it|that|this) wrong|regret\w*|shouldn'?t have|should have (?!been))\b/i;

/**
 * A setback is in the story, and the story is not a success told instead: a
 * success opening ("The best decision I made…") with a passing "lost" in it
 * answers "a decision that did not work out" with its opposite.
 */
function tellsASetback(text: string): boolean {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const opening = sentences.slice(0, 2).join(' ');
  // A rhetorical "why didn't it work?" put to the class is not the candidate admitting anything.
  // A minimised "failure" ("what went wrong was really just that I cared too much") admits nothing either.
  const statements = sentences.filter((s) => !s.trim().endsWith('?') && !MINIMISED.test(s)).join(' ');
  const closing = sentences.slice(-3).join(' ');
  if ((SUCCESS_FRAME.test(opening) || SUCCESS_ENDING.test(closing)) && !ADMITS_FAILURE.test(statements)) return false;
  // A minimised "failure" is not the setback either ("the bit that went wrong was that we nearly ran out of time").
  return hasUndenied(SETBACK_SIGNS, DENIAL)(statements);
}

const has = (re: RegExp) => (text: string): boolean => re.test(text);

/** Some sentence shows the sign and does not deny it ("I do not think we actually dropped anything"). */
const hasUndenied = (re: RegExp, denial: RegExp) => (text: string): boolean => text.split(/(?<=[.!?])\s+/).some((s) => re.test(s) && !denial.test(s));
const PRIORITY_DENIAL = /\b(?:not|n't|never|nothing|didn'?t have to)\b[^.!?]{0,40}\b(?:dropp\w*|postpon\w+|defer\w*|chose|choose|priorit\w+)/i;

/** Signs of a call about what comes first: an order, something dropped, postponed or declined. */
const PRIORITY_SIGNS =
  /\b(?:(?:came|comes|went|do|did|tackled|handled|took) (?:it |that |this |those |these |them )?first|first priority|top priority|mattered most|matters most|most important|instead|dropp?\w*|push(?:ed)? (?:back|out|the|it)|postpon\w+|defer\w*|delay\w*|deprioriti[sz]\w*|on hold|paused|said no|declin\w+|rank\w*|order(?:ed)? (?:them|by)|most urgent|urgent|stopp?\w*|chose|choose|priorit\w+|trade-?off|moved (?:it|the) to|could wait|can wait|parked|focus(?:ed|ing)? on|started with|began with|(?:due|needed|wanted) (?:first|soonest|earliest)|handed (?:it |them |that )?(?:off|over)|delegat\w+|asked (?:my|the|a) \w+ to (?:take|cover|pick up|handle)|[a-z]+ first,? (?:and )?then\b|everything else|the rest (?:could|can|would) wait|(?:pushed|moved|bumped|shifted|slid) (?:\w+ )?(?:back )?(?:by )?(?:a|one|two|to|until|into) (?:day|days|week|weeks|fortnight|month|next|later|monday|tuesday|wednesday|thursday|friday))\b/i;

/**
 * "What was your part?" is answered by something the candidate did: an "I" and a
 * verb that is more than helping or having been there ("I helped with some of the
 * meetings", "I was in the team at the time" are the answer that there was none).
 */
const OWN_ACT = /\bI\s+(?:then\s+|also\s+|personally\s+|first\s+|myself\s+)?(?!helped|assisted|participated|contributed|supported|worked|joined|was\b|were\b|had\b|have\b|am\b|think|guess|believe|feel|suppose|remember)(?:[a-z]+ed|built|wrote|led|ran|set|made|took|chose|sent|brought|began|found|kept|gave|got|put|split|cut|rewrote|held|told|paid|sought|taught|shipped|proposed|pushed|pulled|paired|mapped|pitched|drew|spoke|met|sat|read|did|owned|decided|asked|called|opened|flagged)\b/;

/**
 * "How do you know it was your change that did it?" is answered by evidence of cause: a
 * comparison (another branch, the same season last year, a pilot, before and after), what
 * else did or did not change, or an honest "I can't separate it from…".
 */
const ATTRIBUTION_SIGNS =
  /\b(?:compar\w+|control (?:group|branch|site|store|press|ward)|the other (?:branch|branches|site|sites|store|stores|team|teams|shift|shifts|group|press|presses|ward|wards|region|regions)|other branch|same (?:period|months?|weeks?|quarter|season)|last (?:year|season)'?s?|before and after|before-and-after|baseline|ruled? out|only (?:thing|change) (?:that )?(?:changed|we changed)|nothing else (?:changed|had changed)|(?:didn'?t|did not|hadn'?t) change|a\/b|split test|trial(?:led)? (?:it )?(?:on|in) (?:one|half|two)|pilot\w*|held back|untreated|untouched|while (?:the )?(?:other|rest)|isolat\w+|season\w*|separate (?:it|the effect|out)|can'?t (?:fully )?(?:separate|prove|be sure|claim)|cannot (?:separate|prove)|coincid\w+|(?:other|another) (?:cause|explanation|factor)s?|how i know|stayed (?:at|around|flat|the same))\b/i;

/** A scenario with an acute hazard in it: scorched cable, a gas smell, a foreign body in food, a wrong dose. */
const HAZARD =
  /\b(?:scorched|no earth|unsafe|danger\w*|hazard\w*|leak\w*|smoke|injur\w*|contaminat\w*|foreign (?:body|object)|piece of (?:\w+ )?(?:plastic|glass|metal)|allergen\w*|breach\w*|collaps\w*|gas|asbestos|overdose|wrong (?:dose|patient|medication))\b|\bpatients?\b[^.?]{0,80}\b(?:error|mistake)s?\b/i;

/** Making it safe first: isolating, holding stock, stopping work, refusing to go on, escalating. */
const MAKE_SAFE =
  /\b(?:isolat\w+|lock(?:ed)? (?:it )?off|switch(?:ed)? (?:it )?off|turn(?:ed)? (?:it )?off|shut (?:it )?(?:off|down)|make (?:it |the \w+ )?safe|made (?:it )?safe|stop(?:ped)? (?:the|work|using|it)|put (?:a |it on )?hold|on hold|hold (?:the|any|all|back)|quarantin\w+|withdraw\w*|recall\w*|evacuat\w+|cordon\w*|contain\w*|(?:won'?t|wouldn'?t|will not|would not|refuse\w*|not) (?:fit|energi[sz]e|connect|use|sell|ship|release|reconnect|put)|not until|escalat\w+|dangerous|do not use|condemn\w*|(?:aren'?t|are not|isn'?t|is not|not be|not to be|never|don'?t get|doesn'?t get) (?:distributed|handed out|sent out|given out|used|shipped|released)|(?:stop|halt|pause|freeze) (?:the )?(?:distribution|print\w*|dispatch|mailing)|pulp\w*|reprint\w*)\b/i;

/**
 * "What was the hardest decision, and what did you weigh?" is answered by a choice with what was
 * set against what: options, an alternative turned down, a cost or risk accepted. A fine story of
 * what was built, with no choice in it, answers another question (a resume deep-dive scored 3.6
 * with every part 4–5 and nothing weighed).
 */
const WEIGHING_QUESTION =
  /\b(?:what (?:did )?you (?:weigh|weighed)|what you weighed|(?:hardest|toughest|most difficult|biggest|hard|tough|difficult) (?:decision|call|choice|trade-?off)s?|trade-?offs? (?:you|did you|were)|(?:options|alternatives) (?:you|did you) (?:considered|consider|weighed|weigh|rejected|reject)|how (?:did )?you (?:decided|decide|chose|choose) between)\b/i;
const WEIGHING_SIGNS =
  /\b(?:weigh\w*|trade-?off\w*|options?|alternatives?|instead(?: of)?|rather than|versus|vs\.?|consider\w*|pros and cons|downsides?|upsides?|risk\w*|at the cost of|cost (?:us|me|more|less)|costlier|cheaper|(?:chose|choose|picked|went with|opted|settled on|decided (?:to|against|on|that)|decision)|either|could have|could've|gave up|giving up|give up|sacrific\w+|on the other hand|the catch|but it (?:would|meant)|meant (?:losing|giving|accepting|waiting|paying)|accept(?:ed|ing)? (?:a|the|some|that)|safer|riskier|slower|faster|simpler|harder)\b/i;

/**
 * "A time you changed a plan because of feedback from a rider or a parent" is answered by someone
 * else's view arriving and the plan changing: a vivid rescue story where nobody said anything
 * (holdout21's first read: a bolting pony, 3.3 for a label of 36) answers another question.
 */
const FEEDBACK_QUESTION =
  /\b(?:(?:because of|after|based on|in response to|following|on the back of) (?:\w+ ){0,3}(?:feedback|complaints?|comments?|suggestions?|what (?:\w+ ){0,2}(?:said|told you|asked))|feedback (?:from|you (?:got|received|were given))\b[^.?]{0,60}\b(?:chang\w*|adapt\w*|adjust\w*|rethink|redesign\w*|rewr\w+))\b/i;
const FEEDBACK_SIGNS =
  /\b(?:feedback|complain\w*|complaint\w*|suggest\w*|comment\w*|pointed out|mentioned|survey\w*|reviews?|rating\w*|rated|interview\w*|described|told (?:me|us)|said to (?:me|us)|said (?:her|his|their|that|it|the|they|she|he|we)\b|asked (?:me|us|for|if|whether|why)|(?:rang|called|phoned|emailed|wrote to) (?:me|us)|moaned|grumbled|(?:she|he|they|parents?|riders?|customers?|clients?|users?|students?|someone) (?:felt|found|wanted|didn'?t (?:like|want|enjoy|understand)))\b/i;

const ASKS: readonly Ask[] = [
  {
    kind: 'attribution',
    question: /\bhow (?:do |did |would |can )?you (?:know|can tell|could tell|tell)\b[^.?]{0,40}\b(?:it was|that it was|whether|if|your|you)\b/i,
    answer: has(ATTRIBUTION_SIGNS),
  },
  {
    kind: 'own_part',
    question: /\b(?:(?:what|which) (?:was |were )?your (?:own |personal )?(?:part|role|contribution)|your (?:own |personal )?(?:part|role|contribution) (?:was|in it|in that)|what (?:did )?you (?:personally|yourself) (?:did|do)|what you personally did)\b/i,
    answer: has(OWN_ACT),
  },
  {
    kind: 'disagreement',
    question: /\b(?:disagree\w*|conflict\w*|push(?:ed)? back|defend\w*|oppos\w+|objection\w*|skeptic\w*|sceptic\w*|resist\w*|challeng\w+ (?:a|an|the|your) (?:decision|idea|manager|boss|lead|direction))\b/i,
    answer: has(DISAGREEMENT_SIGNS),
  },
  {
    kind: 'own_mistake',
    question: /\b(?:(?:mistake|error)s? (?:you(?:'ve)? made|of yours)|your (?:biggest |worst |own )?(?:mistake|error|failure)s?|(?:a time|when) you (?:failed|got (?:it|something) wrong|messed up|made a mistake|were wrong))\b/i,
    answer: ownsASlip,
  },
  {
    kind: 'setback',
    question: /\b(?:fail\w*|mistake\w*|(?:an |the )?error (?:you|that)|went wrong|go wrong|turned out (?:to be )?(?:wrong|a mistake)|(?:was|were|proved) wrong|(?:did ?n[o']t|didn'?t) (?:go (?:the way|as|well)|work out|work(?=\s*[.,?!;:]|\s*$|\s+as\b)|pay off)|went badly|backfired|lost|lose|setback\w*|regret\w*|fell short|let (?:someone|people|a customer) down|missed (?:a|the|your) (?:deadline|target|goal))\b/i,
    answer: tellsASetback,
  },
  {
    kind: 'upset_person',
    question: /\b(?:upset|angry|furious|irate|frustrated|unhappy|dissatisfied|difficult|demanding|disappointed)\s+(?:customer|client|user|stakeholder|patient|parent|buyer|colleague|manager|person|caller)s?\b/i,
    answer: has(UPSET_SIGNS),
  },
  {
    kind: 'priority_call',
    question: /\b(?:too much (?:to do|work|on your plate)|more work than|(?:decide|decided|choose|chose) what (?:to drop|came first|comes first|to do first)|what to drop|prioriti[sz]\w*|competing (?:priorities|deadlines|demands))\b/i,
    answer: hasUndenied(PRIORITY_SIGNS, PRIORITY_DENIAL),
  },
  {
    kind: 'refusal',
    question: /\b(?:said no|say no|saying no|turn(?:ed)? down|decline[d]? (?:a|an|the)|refuse[d]? (?:a|an|the)|push(?:ed)? back on (?:a|an) request)\b/i,
    answer: has(REFUSAL_SIGNS),
  },
  // A "what would you do" scenario with an acute hazard asks first for making it safe: a fluent
  // plan that gives the customer what they asked for on a scorched, unearthed circuit answers the
  // commercial question and misses the one that matters (holdout6's electrician).
  { kind: 'make_safe', modes: ['plan', 'design'], question: HAZARD, answer: has(MAKE_SAFE) },
  { kind: 'weighing', question: WEIGHING_QUESTION, answer: has(WEIGHING_SIGNS) },
  { kind: 'feedback_change', question: FEEDBACK_QUESTION, answer: has(FEEDBACK_SIGNS) },
];

/** The relevance note for a missing moment (advice is keyed by it). */
export const missingAskNote = (kind: AskKind): string => `missing_${kind}`;

/** Whether a relevance note says the answer lacks the moment its question asks for. */
export const isMissingAskNote = (note: string): boolean => ASKS.some((a) => note === missingAskNote(a.kind));

/** A span the question quotes from the job description or the resume: “…” or "…". */
const QUOTED = /“[^”]*”|"[^"]*"/g;
/** Words enough outside the quotes for them to hold the question's own ask. */
const OWN_ASK_WORDS = 6;

/**
 * The part of a question that asks: “service-level failures” quoted from the job description
 * is what the role involves, not the moment "Tell me about a time you changed your plan because
 * of what customers told you" asks for. A question that is mostly its quote keeps it.
 */
function askingPart(question: string): string {
  const rest = question.replace(QUOTED, ' ');
  return rest.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length >= OWN_ASK_WORDS ? rest : question;
}

/** The moments the question asks for that an answer of this mode shows no sign of. */
export function missingAsks(question: string, answer: string, mode: AnswerMode = 'story'): AskKind[] {
  const asking = askingPart(question);
  return ASKS.filter((a) => (a.modes ?? ['story']).includes(mode) && a.question.test(asking) && !a.answer(answer)).map((a) => a.kind);
}
