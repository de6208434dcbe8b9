/**
 * One job-description requirement: whether a line asks for something, whether
 * it is optional ("nice to have", "a bonus"), and the skills it names.
 */
import type { Requirement } from '../../../../shared/domain.js';
import { findTerms } from '../lexicon.js';
import { PLACE_TIME_ABBREVIATIONS, STOPWORDS, uniq, words } from '../text.js';
import { conceptsIn } from './concepts.js';

/** Words that make a requirement optional ("Plus:" only as a label: "plus" alone joins things). */
export const OPTIONAL = /nice[- ]to[- ]have|\bbonus\b|\bpreferred\b|\bpreferably\b|a plus\b|\bideally\b|is a plus|\bdesirable\b|not required|would be great|\boptional\b|^\s*plus\s*[:–—]/i;

const OPTIONAL_WORD = 'nice[- ]to[- ]haves?|bonus(?: points)?|desirable|plus|a plus|preferred|optional|ideally|preferably|extra credit|even better';
/** "Nice to have: Kubernetes", "Bonus – Kafka", "Ideally, Rust", "Preferably a CS degree": a label before the whole line. */
const LEAD_LABEL = new RegExp(`^(?:${OPTIONAL_WORD})(?:\\s*[:–—]|\\s+-)\\s*|^(?:ideally|preferably)\\b,?\\s*`, 'i');
/** "Terraform (nice to have)", "GraphQL is a plus", "AWS strongly preferred", "… would be an advantage": a label after the line. */
const TRAIL_LABEL = new RegExp(
  `(?:\\s*\\((?:${OPTIONAL_WORD}|a bonus)\\)|\\s+(?:(?:is|are|would be)\\s+)?(?:an?\\s+)?(?:big\\s+|strongly\\s+|highly\\s+)?(?:plus|bonus|nice[- ]to[- ]have|preferred|desirable|optional)|\\s+(?:is|are|would be)\\s+(?:an?\\s+)?advantage(?:ous)?)[\\s.!]*$`,
  'i',
);

/**
 * The line without the label that says it is optional, and whether it had one.
 * A trailing label speaks for the whole line only when nothing else is listed
 * before it, or when it is plural ("Kafka, Redis and gRPC are a plus"): in
 * "5+ years of Go, Kafka is a plus" it speaks for Kafka, and stays.
 */
export function withoutOptionalLabel(text: string): { text: string; label: boolean } {
  const lead = LEAD_LABEL.exec(text);
  if (lead && lead[0].length < text.length) return { text: text.slice(lead[0].length).trim(), label: true };
  const trail = TRAIL_LABEL.exec(text);
  if (!trail || trail.index === 0) return { text, label: false };
  const before = text.slice(0, trail.index);
  const whole = !/[,;:]/.test(before) || /^\s+are\b/i.test(trail[0]);
  return whole ? { text: before.trim(), label: true } : { text, label: false };
}

/** A line that asks for something, in a JD without headings. */
export const REQUIREMENTISH =
  /\b\d+\+?\s*years?|\bexperience (?:with|in|of|building|running|leading|managing)|\bproficien|\bknowledge of|\bfamiliar|\bunderstanding of|\bbackground in|\bdegree\b|\bfluen|\bexpertise|\btrack record|\bskilled\b|\bstrong [a-z]+ skills|\bis a plus|\bnice[- ]to[- ]have|\byou(?:'ll| will)? need\b|\bmust (?:have|know|be)\b|\brequire[sd]?\b|\b(?:is|are|as) a bonus\b|\bbonus points\b|\bpreferred\b|\ba plus\b/i;

/** Words that carry no skill of their own ("strong", "experience", "remote"). */
export const GENERIC = new Set(
  ('experience years year strong ability knowledge working work understanding solid proven good great excellent deep ' +
    'familiarity familiar plus including etc skills skill using use team teams environment preferred required nice have ' +
    'demonstrated track record background comfortable level high quality related field similar role managing building ' +
    'ideally preferably especially particularly').split(' '),
);

/**
 * A qualifier that narrows part of a requirement without making it optional:
 * "3+ years of clinical research, ideally in oncology" asks for the research and
 * would like the oncology; "Bachelor's degree, preferably in CS" asks for a degree.
 */
const QUALIFIER = /\s*(?:[,;]\s*|\(\s*)(?:ideally|preferably|especially|particularly)\b[^,;)]*\)?/gi;

/** The requirement without its "ideally …" qualifiers: what it actually asks for. */
export function mainPart(text: string): string {
  const main = text.replace(QUALIFIER, '').trim();
  return main.length > 0 ? main : text;
}


/**
 * Abbreviations a requirement names that the lexicon does not know ("a WMS",
 * "CTMS and EDC systems"), lower-case: a named system to look for on the resume.
 * An all-capitals line is shouting, not naming.
 */
export function acronymsIn(text: string): string[] {
  const ws = text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  if (ws.filter((w) => w === w.toUpperCase()).length > ws.length / 2) return [];
  // "PCI DSS" is one name; "CTMS and EDC" are two.
  const found = [...text.matchAll(/(?<![A-Za-z0-9&-])([A-Z][A-Z&]{1,5}(?: [A-Z][A-Z&]{1,5})*)s?(?![A-Za-z0-9&-])/g)].map((m) => m[1]!);
  // "IT", "OR", "US" are also words: matched without case they would be found in any sentence.
  const named = (a: string): boolean =>
    a.split(' ').every((p) => !PLACE_TIME_ABBREVIATIONS.has(p) && !STOPWORDS.has(p.toLowerCase()) && /[A-Z].*[A-Z]/.test(p)) && findTerms(a).length === 0;
  return uniq(found.filter(named).map((a) => a.toLowerCase()));
}

/**
 * Skills a requirement names: lexicon terms, multi-word concepts ("event-driven
 * architecture" rather than its word "architecture") and abbreviations of named
 * systems ("WMS"), else up to three salient keywords.
 */
export function requirementSkills(text: string): string[] {
  const concepts = conceptsIn(text);
  const terms = [...findTerms(text).filter((t) => !concepts.subsumed.has(t)), ...concepts.names, ...acronymsIn(text), ...listedNames(text)];
  if (terms.length > 0) return uniq(terms);
  return uniq(words(text).filter((w) => w.length > 3 && !STOPWORDS.has(w) && !GENERIC.has(w) && !/^\d/.test(w))).slice(0, 4);
}

/**
 * A requirement from its text; `required` unless the text itself says it is
 * optional (an "ideally …" qualifier does not). A label saying so ("Nice to have:")
 * is taken off the text: `required: false` says it, and nothing prints it twice.
 */
export function toRequirement(written: string, required: boolean): Requirement {
  const { text, label } = withoutOptionalLabel(written);
  const main = mainPart(text);
  return { text, skills: requirementSkills(main), required: required && !label && !OPTIONAL.test(main) };
}

/** A parenthesised list of examples and the words just before it ("a WMS (Manhattan, Blue Yonder or similar)"). */
export interface ExampleList {
  /** Up to six words before the bracket: the thing the examples are examples of. */
  head: string;
  /** The examples as written, proper names only ("Manhattan", "Blue Yonder"). */
  items: string[];
  /** The bracket as written, "(Manhattan, Blue Yonder or similar)". */
  bracket: string;
}

const EXAMPLE_LEAD = /^(?:e\.g\.?|eg\.?|i\.e\.?|such as|like|including|for example|for instance)[,:]?\s*/i;
const NOT_EXAMPLE = /^(?:similar|others?|equivalent|etc\.?|the like|comparable|alike|any)$/i;

/**
 * Names joined by slashes: "Articulate Storyline/Rise" is Articulate Storyline and
 * Articulate Rise (a one-word name after a longer one shares its first words);
 * "Power BI/Tableau" stays two names, the lexicon knowing Tableau on its own.
 */
export function slashNames(written: string): string[] {
  const [first = '', ...rest] = written.split(/\s*\/\s*/);
  const lead = first.trim().split(/\s+/).slice(0, -1).join(' ');
  const expand = (n: string): string => (lead && /^[A-Z][\w.+#-]*$/.test(n) && findTerms(n).length === 0 ? `${lead} ${n}` : n);
  return [first.trim(), ...rest.map((n) => expand(n.trim()))].filter(Boolean);
}

/** The items of one bracket, proper names only ("e.g. Veeva Vault, Medidata Rave" → both; "or similar" → none). */
function exampleItems(inside: string): string[] {
  return inside
    .replace(EXAMPLE_LEAD, '')
    .split(/\s*,\s*|\s+or\s+|\s+and\s+/)
    .flatMap((s) => slashNames(s.replace(/\betc\.?$/i, '').trim()))
    .filter((s) => /^[A-Z0-9]/.test(s) && !NOT_EXAMPLE.test(s) && s.split(/\s+/).length <= 4);
}

/** The example lists in a requirement, each with what it stands for. Linear in the text: a pasted line can be long. */
export function examplesIn(text: string): ExampleList[] {
  const out: ExampleList[] = [];
  let open = text.indexOf('(');
  while (open >= 0) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    const inside = text.slice(open + 1, close);
    const items = inside.includes('(') ? [] : exampleItems(inside);
    // The words before the bracket, back to the previous clause or bracket.
    const before = text.slice(Math.max(0, open - 200), open).split(/[(),;]/).pop() ?? '';
    if (items.length > 0) out.push({ head: before.trim().split(/\s+/).slice(-6).join(' '), items, bracket: `(${inside})` });
    open = text.indexOf('(', close);
  }
  return out;
}

/** A proper name of up to four words ("Articulate Storyline", "Power BI", "Node.js"), without the full stop after it. */
const WORD = "[\\w+#&'-]*(?:\\.[\\w+#&'-]+)*";
const NAME = `[A-Z]${WORD}(?:\\s+[A-Z0-9]${WORD}){0,3}`;
const SLASH_LIST = new RegExp(`${NAME}(?:\\s*/\\s*${NAME})+`, 'g');

/** A list of named alternatives outside brackets, "Articulate Storyline/Rise", as written and as names. */
export interface SlashList {
  written: string;
  items: string[];
}

/**
 * Names joined by slashes outside brackets. Abbreviations joined so ("CI/CD",
 * "TCP/IP") are one thing, and a list the lexicon knows in every part keeps its
 * usual reading.
 */
export function slashListsIn(text: string): SlashList[] {
  const outside = text.replace(/\([^()]*\)/g, (b) => ' '.repeat(b.length));
  return [...outside.matchAll(SLASH_LIST)]
    .map((m) => ({ written: m[0], items: slashNames(m[0]) }))
    .filter((l) => l.items.some((i) => /[a-z]/.test(i)) && !l.items.every((i) => findTerms(i).length > 0));
}

/** Days, months and places in a bracket ("(Monday–Friday)", "(UK)") name no skill. */
const NOT_A_NAME = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^(?:london|remote|hybrid)$/i;

const isName = (item: string): boolean =>
  /^[A-Z]/.test(item) && !NOT_A_NAME.test(item) && !PLACE_TIME_ABBREVIATIONS.has(item) && findTerms(item).length === 0;

/**
 * Names the requirement lists that the lexicon does not know, lower-case: the
 * examples in its brackets ("authoring tools (Articulate Storyline/Rise, Camtasia)")
 * and names joined by slashes. Each is a skill the requirement names.
 */
export function listedNames(text: string): string[] {
  const items = [...examplesIn(text).flatMap((e) => e.items), ...slashListsIn(text).flatMap((l) => l.items)];
  return uniq(items.filter(isName).map((i) => i.toLowerCase()));
}

/** What a requirement accepts in place of what it asks: the rest of it, and the alternatives. */
export interface Alternatives {
  /** The requirement without the clause naming the alternatives. */
  main: string;
  /** Each alternative subject ("teaching experience"). */
  alternatives: string[];
}

/** "… counts", "… is welcome", "… will be considered": the words before it are accepted instead. */
const ACCEPTS = /\s*\b(?:(?:also|too)\s+)?(?:counts?|(?:is|are)\s+(?:also\s+)?(?:welcome|accepted|acceptable|fine|relevant|valued)|welcomed?|accepted|(?:will\s+be\s+|is\s+|are\s+)?(?:also\s+)?considered|qualif(?:y|ies))\b(?:\s+(?:too|as well))?/i;
/** "or equivalent teaching experience": the words after it are accepted instead. */
const EQUIVALENT = /^or\s+(?:an?\s+)?(?:equivalent|comparable|similar|relevant)\s+/i;

/** Brackets, and clauses after the first, that may name an alternative. */
function asides(text: string): string[] {
  const brackets = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[0]);
  const clauses = text.replace(/\([^()]*\)/g, ' ').split(/\s*[;,—–]\s*|\s+-\s+/).slice(1);
  return [...brackets, ...clauses];
}

/** The subjects one aside accepts ("retail or hospitality experience is welcome" → retail, hospitality experience); none unless it says so. */
function accepted(aside: string): string[] {
  const inner = aside.replace(/^\(|\)$/g, '').replace(/[.!]+$/, '').trim();
  if (/\bnot\b|n['’]t\b/i.test(inner)) return [];
  const equivalent = EQUIVALENT.exec(inner);
  const cue = equivalent ? null : ACCEPTS.exec(inner);
  if (!equivalent && !cue) return [];
  const subject = equivalent ? inner.slice(equivalent[0].length) : inner.slice(0, cue!.index);
  // "(or equivalent experience)" names nothing in particular: no alternative.
  return subject.split(/\s+or\s+|\s*\/\s*/).map((s) => s.trim()).filter((s) => requirementSkills(s).length > 0);
}

/**
 * An accepted alternative: "3+ years designing learning experiences (teaching
 * experience counts)" also takes years of teaching; "(or equivalent military
 * experience)", "; hospitality experience is welcome" likewise. Null when the
 * requirement accepts nothing in place of what it asks.
 */
export function acceptedAlternatives(text: string): Alternatives | null {
  for (const aside of asides(text)) {
    const alternatives = accepted(aside);
    if (alternatives.length === 0) continue;
    const main = text.replace(aside, ' ').replace(/\s*[;,—–]?\s*$/, '').replace(/\s+([.,;])/g, '$1').replace(/\s+/g, ' ').trim();
    return { main, alternatives };
  }
  return null;
}
