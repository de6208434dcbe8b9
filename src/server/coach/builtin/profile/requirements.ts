/**
 * One job-description requirement: whether a line asks for something, whether
 * it is optional ("nice to have", "a bonus"), and the skills it names.
 */
import type { Requirement } from '../../../../shared/domain.js';
import { findTerms } from '../lexicon.js';
import { STOPWORDS, uniq, words } from '../text.js';
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
    'demonstrated track record background comfortable level high quality related field similar role managing building').split(' '),
);

/**
 * Skills a requirement names: lexicon terms and multi-word concepts ("event-driven
 * architecture" rather than its word "architecture"), else up to three salient keywords.
 */
export function requirementSkills(text: string): string[] {
  const concepts = conceptsIn(text);
  const terms = [...findTerms(text).filter((t) => !concepts.subsumed.has(t)), ...concepts.names];
  if (terms.length > 0) return uniq(terms);
  return uniq(words(text).filter((w) => w.length > 3 && !STOPWORDS.has(w) && !GENERIC.has(w) && !/^\d/.test(w))).slice(0, 3);
}

/** A requirement from its text; `required` unless the text itself says it is optional. */
export function toRequirement(text: string, required: boolean): Requirement {
  return { text, skills: requirementSkills(text), required: required && !OPTIONAL.test(text) };
}
