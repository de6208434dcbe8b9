/**
 * A job-description line as a phrase that fits inside a question. JD lines are
 * long and shaped every way ("Solid knowledge of ICH-GCP and …", "Own trial
 * timelines, budgets and recruitment targets; report status to sponsors
 * weekly", "3+ years of clinical research experience, ideally in oncology"),
 * and a question that pastes one in whole, or clips it mid-word, reads badly.
 * Here a line becomes its first clause, without asides, qualifiers or the
 * "years of experience" wrapper, as either a verb phrase ("own trial
 * timelines, budgets and recruitment targets") or a noun phrase ("ICH-GCP and
 * investigational product management") — or nothing, when no clean phrase
 * can be cut from it (a question is never built from a broken one).
 */
import { isKnownTool } from '../lexicon.js';

export interface Phrase {
  /** 'verb': completes "to …"; 'noun': completes "involves …". */
  kind: 'verb' | 'noun';
  text: string;
}

/** Longest phrase kept whole; a longer one is cut at a clause boundary or dropped. */
const MAX = 85;
const MIN = 12;

/** Verbs a responsibility line starts with ("Own …", "Plan and deliver …"). */
const VERBS = new Set(
  ('own manage lead build drive work select ensure identify review coach develop deliver plan run support maintain prepare monitor ' +
    'oversee coordinate design teach assess install inspect test repair diagnose administer provide create conduct perform handle report ' +
    'track analyse analyze reconcile process produce train supervise schedule organise organize communicate liaise collaborate partner ' +
    'negotiate respond resolve implement establish set define write document audit check verify follow comply keep serve greet cook clean ' +
    'operate load pick pack dispatch receive store assist advise promote sell present attend participate contribute escalate mentor hire ' +
    'recruit evaluate improve optimise optimize reduce increase grow close file calculate forecast update use apply champion embed ' +
    'safeguard mark maintain investigate prescribe dispense counsel treat triage admit discharge instruct fit wire commission certify ' +
    'estimate quote bake prep stock merchandise order source purchase buy approve sign draft lodge submit prioritise prioritize carry ' +
    'complete take give make bring help deal act visit meet answer welcome lift move sort count fault-find adapt engage inform ' +
    'protect uphold challenge chair facilitate host measure control refer collect').split(' '),
);

/** How a line says it is about the job holder rather than the job ("You will …", "Responsible for …"). */
const LEAD_IN = /^(?:(?:you|we)(?:'ll|’ll| will| would| are)(?: be)?|the (?:role|post|job)(?:[- ]?holder)? will(?: be)?|(?:be )?responsible for|responsibilities include|duties include)\s+/i;
const LEAD_IN_BE = /^(?:you|we)(?:'ll|’ll| will| would) be\s+(?!responsible)/i;
/** "Ability to …", "Able to …": a verb phrase follows. */
const ABILITY = /^(?:(?:must|should) )?(?:(?:the |an )?ability to|(?:be )?able to|can)\s+/i;
/** "Must have …": a noun phrase follows. */
const MUST_HAVE = /^(?:(?:must|should) have|have|has)\s+/i;
/** Words saying how much of a thing is wanted, not what it is ("Solid knowledge of", "3+ years of", "… experience"). */
const AMOUNT =
  /^(?:(?:strong|solid|proven|excellent|good|deep|sound|demonstrable|demonstrated|thorough|hands-on|practical|in-depth|extensive|broad|advanced|expert|basic|some|previous|prior|relevant|recent|current|up-to-date|significant|substantial|professional|direct)\s+)+/i;
const YEARS = /^(?:at least |minimum (?:of )?)?\d+\+?\s*(?:\+\s*)?(?:years?|yrs)(?:'|’)?\s+(?:of\s+)?/i;
const KNOWLEDGE = /^(?:(?:working )?knowledge|understanding|experience|familiarity|proficiency|expertise|competence|background|grounding|awareness|track record|command|skills?)(?:\s+(?:of|with|in|using|across|on|as))?\s+/i;
/** "subject knowledge of X", "post-qualification experience in X": a kind of knowledge, then X. */
const KIND_OF_KNOWLEDGE = /^(?:subject|post-qualification|pqe|working|technical|industry|sector|practical|relevant)\s+(?:knowledge|understanding|experience|expertise)\s+(?:of|with|in)\s+/i;
const TRAILING_KIND = /\s+(?:experience|knowledge|skills?|certification|qualification|background|expertise)$/i;
/** "… is a plus", "… preferred", ", ideally in oncology". */
const QUALIFIER =
  /(?:,?\s+(?:is|are|would be)\s+(?:a |an |highly )?(?:plus|bonus|advantage|desirable|preferred|essential|required|beneficial)|,?\s+(?:preferred|required|desirable|essential|a plus|an advantage|highly desirable)|,?\s+(?:ideally|preferably|or equivalent|or similar|especially|particularly)\b.*)$/i;
/** Qualifications are not craft: a degree or a licence is checked, not discussed. */
const QUALIFICATION =
  /\b(?:degree|bachelor'?s?|master'?s|msc|bsc|phd|mba|diploma|gcses?|a-levels?|driving|driver'?s|licen[cs]e[ds]?|right to work|visa|background check|dbs|registered|registration|chartered|qualified|accredited|fluent|native speaker|apprenticeship|time-served|nvq|certificate|certification|certified)\b/i;
/** The employer talking about itself ("We are looking for a Year 4 teacher to join our team"), not the work. */
const EMPLOYER_TALK = /^(?:we|we're|we’re|our|about us)\b|\blooking for (?:a|an)\b|\bjoin (?:our|the|us)\b|\bwe are hiring\b/i;
/** Hours and availability are not craft ("Able to work on a call-out rota", "Weekend work"). */
const AVAILABILITY = /\b(?:rota|shifts?|weekends?|nights|overtime|travel|hours|on-call|call-out|relocate)\b/i;

/** A line about a qualification or about availability: checked, not discussed. */
export function isQualification(line: string): boolean {
  return QUALIFICATION.test(line);
}
/** Traits are not craft either ("Comfortable working at heights", "Willing to travel"). */
const TRAIT = /\b(?:under pressure|fast-paced|attention to detail|team player|self-starter|own initiative|passion for|eye for|can-do)\b|^(?:(?:must|should) be|be|comfortable|willing|confident|fluent|happy|keen|eager|flexible|available|organi[sz]ed|detail-oriented|self-motivated|passionate|enthusiastic|calm|friendly|reliable|punctual)\b/i;
/** Where a long phrase may be cut, best first; "and" last, as it may split a list. */
const CUTS = [
  /,?\s(?:including|such as|within|across|from|through|via|using|according to|in line with|so that|to ensure|while|whilst)\s/gi,
  /,\s/g,
  /\s(?:on|for|with|in|to|at|by)\s/g,
  /\s(?:and|or)\s/g,
];
/** A cut must not leave the phrase hanging on one of these ("delivery of two" from "two to three"). */
const DANGLING = /\b(?:of|to|and|or|the|a|an|for|with|in|on|at|by|from|into|across|as|than|such|including|our|your|their|its|per|who|which|that|\d+|one|two|three|four|five|six|several)$/i;
/** What follows a comma inside a list ("lines, motors, inverters and control panels"): cutting there leaves half a list. */
const LIST_TAIL = /^(?:[^,]{1,40},\s)*[^,]{1,40}\s(?:and|or)\s[^,]{1,40}$/;

/** The line's first clause, without brackets, "e.g." asides and "is a plus". */
function firstClause(line: string): string {
  const noAsides = line.replace(/\s*\([^()]*\)/g, '').replace(/\s*\[[^\]]*\]/g, '');
  const clause = noAsides.split(/\s*(?:;|:\s|\s[—–]\s|\s-\s|\be\.g\.|\bi\.e\.|\betc\.|\.\s)/)[0] ?? '';
  return clause.replace(/[\s,.;:!]+$/, '').replace(QUALIFIER, '').replace(/[\s,]+$/, '').trim();
}

/**
 * A comma inside a list ("lines, motors, inverters and control panels"): cutting there leaves
 * half a list. A comma before a clause ("…needs, working closely with…") is not in a list.
 */
function inList(text: string, comma: number): boolean {
  const rest = text.slice(comma + 2);
  return !/^(?:\w+ing|with|which|who|where|so|to|in|and|but)\b/i.test(rest) && LIST_TAIL.test(rest);
}

/** A head that ends where it should not: on "of", "two" (of "two to three"), or "and partner" (a verb whose object was cut). */
function dangles(head: string): boolean {
  return DANGLING.test(head) || /\b(?:and|or) [\w-]+$/i.test(head);
}

/** Cut a long phrase at the last clean boundary that fits; null when there is none. */
function shorten(text: string): string | null {
  if (text.length <= MAX) return text;
  for (const re of CUTS) {
    const at = [...text.matchAll(re)].filter((m) => m.index >= MIN && m.index <= MAX).reverse();
    for (const m of at) {
      const head = text.slice(0, m.index).replace(/[\s,]+$/, '');
      if (!dangles(head) && !(m[0] === ', ' && inList(text, m.index))) return head;
    }
  }
  return null;
}

/**
 * Lower-case a first word that is capitalised only because it starts the line
 * ("Budget ownership" → "budget ownership"), not a name ("Lean", "Excel",
 * "Six Sigma", "ICH-GCP"): a word capitalised mid-sentence elsewhere in the
 * documents, a known tool, or one followed by another capitalised word stays.
 */
function sentenceCase(text: string, context: string): string {
  const m = /^([A-Z][a-z'’]*(?:-[a-z]+)*)(?=[\s,]|$)(\s+[A-Z])?/.exec(text);
  if (!m || m[2]) return text;
  const word = m[1]!;
  const named = new RegExp(`[a-z,;(/]\\s*${word}\\b`).test(context) || isKnownTool(word);
  return named ? text : word.toLowerCase() + text.slice(word.length);
}

/** The thing a requirement asks for: "Solid knowledge of X" → "X", "3+ years of X experience" → "X". */
function core(text: string): string {
  let t = text;
  for (let i = 0; i < 3; i++) {
    t = t.replace(AMOUNT, '').replace(YEARS, '').replace(/^(?:experience|background)\s+as\s+/i, 'working as ');
    t = t.replace(KNOWLEDGE, '').replace(KIND_OF_KNOWLEDGE, '').replace(/^in\s+/i, '');
  }
  // "5+ years in warehouse operations, 2+ years managing supervisors": the first of two.
  return t.split(/,\s*(?=\d)/)[0]!.replace(TRAILING_KIND, '').trim();
}

/** Words that make a verb-looking first word a noun: "Process improvement", "Order processing", "Review of …". */
const NOUN_HEAD = /^(?:of|experience|skills?|knowledge|management|control|improvement|systems?|processing|writing|planning|generation|automation|record|records|procedures?|reporting)$/i;

/** Verb phrase ("Own timelines", "Ability to plan …") or noun phrase, and the phrase itself. */
function shape(t: string): Phrase {
  if (ABILITY.test(t)) return { kind: 'verb', text: t.replace(ABILITY, '') };
  const [first = '', next = ''] = t.split(/\s+/);
  // "Select, initiate and oversee sites": the word without its comma.
  if (VERBS.has(first.replace(/[^A-Za-z-]/g, '').toLowerCase()) && !NOUN_HEAD.test(next)) return { kind: 'verb', text: t };
  return { kind: 'noun', text: core(t.replace(MUST_HAVE, '')) };
}

/** Nothing left worth asking about: "5+ years of experience" leaves "experience". */
const EMPTY = /^(?:experience|knowledge|skills?|expertise|background|ability|understanding)?$/i;

/** Lines that are not about the craft: a qualification, hours, the employer talking about itself. */
function notCraft(line: string): boolean {
  return QUALIFICATION.test(line) || AVAILABILITY.test(line) || EMPLOYER_TALK.test(line);
}

/** The line's first clause without "You will", "Responsible for"; "You'll be X" → "being X". */
function withoutLeadIn(line: string): string {
  let t = firstClause(line).replace(LEAD_IN_BE, 'being ');
  for (let i = 0; i < 2; i++) t = t.replace(LEAD_IN, '');
  return t;
}

/** A clean phrase ("own trial timelines…", "ICH-GCP and …") from a JD line, or null. */
export function phraseOf(line: string, context: string): Phrase | null {
  if (notCraft(line)) return null;
  const t = withoutLeadIn(line);
  if (TRAIT.test(t)) return null;
  const { kind, text } = shape(t);
  const short = shorten(text);
  // A stray bracket or quote, or nothing left: no clean phrase.
  if (short === null || EMPTY.test(short) || /[()[\]“”"]/.test(short)) return null;
  if (kind === 'verb') return { kind, text: short.charAt(0).toLowerCase() + short.slice(1) };
  // Only a word that opened the line can owe its capital to that ("Solid knowledge of Xero" keeps "Xero").
  const opened = line.trimStart().startsWith(short.split(/\s/)[0] ?? '');
  return { kind, text: opened ? sentenceCase(short, context) : short };
}
