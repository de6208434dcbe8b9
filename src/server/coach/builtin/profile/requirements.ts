/**
 * One job-description requirement: whether a line asks for something, whether
 * it is optional ("nice to have", "a bonus"), and the skills it names.
 */
import type { Requirement } from '../../../../shared/domain.js';
import { findTerms } from '../lexicon.js';
import { PLACE_TIME_ABBREVIATIONS, STOPWORDS, uniq, words } from '../text.js';
import { conceptsIn } from './concepts.js';

/** Words that make a requirement optional. */
export const OPTIONAL = /nice[- ]to[- ]have|\bbonus\b|\bpreferred\b|\bpreferably\b|a plus\b|\bideally\b|is a plus|\bdesirable\b|not required|would be great|\boptional\b/i;

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
  const terms = [...findTerms(text).filter((t) => !concepts.subsumed.has(t)), ...concepts.names, ...acronymsIn(text)];
  if (terms.length > 0) return uniq(terms);
  return uniq(words(text).filter((w) => w.length > 3 && !STOPWORDS.has(w) && !GENERIC.has(w) && !/^\d/.test(w))).slice(0, 3);
}

/** A requirement from its text; `required` unless the text itself says it is optional (an "ideally …" qualifier does not). */
export function toRequirement(text: string, required: boolean): Requirement {
  const main = mainPart(text);
  return { text, skills: requirementSkills(main), required: required && !OPTIONAL.test(main) };
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

/** The items of one bracket, proper names only ("e.g. Veeva Vault, Medidata Rave" → both; "or similar" → none). */
function exampleItems(inside: string): string[] {
  return inside
    .replace(EXAMPLE_LEAD, '')
    .split(/\s*,\s*|\s+or\s+|\s+and\s+|\s*\/\s*/)
    .map((s) => s.replace(/\betc\.?$/i, '').trim())
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
