/**
 * Reads a job description: title, company, seniority, responsibilities and
 * requirements split into required and nice-to-have, each with the skills it
 * names (lexicon terms, else its salient keywords).
 */
import type { Profile, Requirement } from '../../../../shared/domain.js';
import { findTerms } from '../lexicon.js';
import { STOPWORDS, uniq, words } from '../text.js';
import { conceptsIn } from './concepts.js';
import { type DocLine, toLines, wordCount } from './normalize.js';
import { groupSections, jdHeading, type JdSection } from './sections.js';

export type JobProfile = Profile['job'];

const TITLE_WORD = /\b(?:engineer|developer|manager|lead|head|director|architect|analyst|designer|scientist|consultant|intern|specialist|officer|coordinator|associate|administrator|researcher|writer|strategist|representative|recruiter|marketer|sre)\b/i;
const SENIORITY: ReadonlyArray<readonly [string, RegExp]> = [
  ['intern', /\bintern(?:ship)?\b/i], ['junior', /\b(?:junior|jr\.?|entry[- ]level|graduate)\b/i],
  ['principal', /\bprincipal\b/i], ['staff', /\bstaff\b/i], ['director', /\b(?:director|vp|vice president|head of)\b/i],
  ['lead', /\b(?:lead|team lead)\b/i], ['senior', /\b(?:senior|sr\.?)\b/i], ['mid', /\b(?:mid[- ]level|intermediate)\b/i],
];
const OPTIONAL = /nice[- ]to[- ]have|\bbonus\b|\bpreferred\b|a plus\b|\bideally\b|is a plus|\bdesirable\b|not required|would be great/i;
const REQUIREMENTISH = /\b\d+\+?\s*years?|\bexperience (?:with|in|of|building|running|leading|managing)|\bproficien|\bknowledge of|\bfamiliar|\bunderstanding of|\bbackground in|\bdegree\b|\bfluen|\bexpertise|\btrack record|\bskilled\b|\bstrong [a-z]+ skills|\bis a plus|\bnice[- ]to[- ]have/i;
const GENERIC = new Set(
  ('experience years year strong ability knowledge working work understanding solid proven good great excellent deep ' +
    'familiarity familiar plus including etc skills skill using use team teams environment preferred required nice have ' +
    'demonstrated track record background comfortable level high quality related field similar role managing building').split(' '),
);

function labelled(lines: DocLine[], label: RegExp): string | null {
  for (const l of lines.slice(0, 15)) {
    const m = label.exec(l.text);
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

function findTitle(lines: DocLine[]): string | null {
  const lab = labelled(lines, /^(?:job\s+)?(?:title|role|position)\s*[:：-]\s*(.+)$/i);
  if (lab) return lab;
  for (const l of lines.slice(0, 8)) {
    const hire = /(?:looking for|hiring|seeking|recruiting)\s+(?:an?\s+)?((?:[A-Z][\w/+.-]*\s*){1,6})/.exec(l.text);
    if (hire && TITLE_WORD.test(hire[1]!)) return hire[1]!.trim();
    if (!l.bullet && wordCount(l.text) <= 9 && TITLE_WORD.test(l.text) && !jdHeading(l)) {
      return l.text.replace(/\s*[(@|–—-]\s*.*$/, '').replace(/^(?:job description|role)\s*[:–-]\s*/i, '').trim();
    }
  }
  return null;
}

function findCompany(lines: DocLine[]): string | null {
  const lab = labelled(lines, /^(?:company|employer|organi[sz]ation)\s*[:：-]\s*(.+)$/i);
  if (lab) return lab;
  const name = '([A-Z][\\w&.-]*(?:\\s+[A-Z][\\w&.-]*){0,3})';
  const patterns = [
    new RegExp(`^about\\s+${name}\\s*:?$`),
    new RegExp(`\\bjoin\\s+(?:us\\s+at\\s+)?${name}`),
    new RegExp(`\\bat\\s+${name}(?:,|\\s+(?:we|you|is|are)\\b)`),
    new RegExp(`^${name}\\s+(?:is|are)\\s+(?:a|an|the|hiring|building|looking)\\b`),
    new RegExp(`[(@|–—-]\\s*${name}\\s*\\)?$`),
  ];
  for (const l of lines.slice(0, 25)) {
    for (const re of patterns) {
      const m = re.exec(l.text);
      const c = m?.[1]?.split(/\.\s/)[0]?.replace(/[.,]$/, '').trim();
      if (c && !/^(?:Us|The|We|Our|You|This|Remote|Senior|Job)$/.test(c) && !TITLE_WORD.test(c)) return c;
    }
  }
  return null;
}

function findSeniority(title: string | null, text: string): string | null {
  for (const [label, re] of SENIORITY) if (title && re.test(title)) return label;
  const yrs = /(\d{1,2})\+?\s*(?:\+\s*)?years?/i.exec(text);
  if (yrs) {
    const n = Number(yrs[1]);
    const level = n >= 8 ? 'staff' : n >= 5 ? 'senior' : n >= 2 ? 'mid' : 'junior';
    return `${level} (${n}+ years)`;
  }
  for (const [label, re] of SENIORITY) if (re.test(text)) return label;
  return null;
}

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

function toRequirement(text: string, required: boolean): Requirement {
  return { text, skills: requirementSkills(text), required: required && !OPTIONAL.test(text) };
}

/** Parse job-description text into its profile half. */
export function parseJob(text: string | null): JobProfile {
  const lines = toLines(text);
  const sections = groupSections<JdSection>(lines, jdHeading, 'intro');
  const title = findTitle(lines);
  const items = (k: JdSection): string[] => (sections.get(k) ?? []).filter((l) => wordCount(l.text) >= 2).map((l) => l.text);
  let responsibilities = items('responsibilities');
  let reqLines = items('requirements');
  const nice = items('nice');
  if (reqLines.length === 0 && nice.length === 0) {
    // No headings: sort bullets by what they sound like.
    const bullets = lines.filter((l) => l.bullet || wordCount(l.text) >= 5).map((l) => l.text);
    reqLines = bullets.filter((b) => REQUIREMENTISH.test(b));
    if (responsibilities.length === 0) responsibilities = bullets.filter((b) => !REQUIREMENTISH.test(b) && lines.find((l) => l.text === b)?.bullet);
  }
  const requirements = [...reqLines.map((t) => toRequirement(t, true)), ...nice.map((t) => toRequirement(t, false))];
  return {
    title,
    company: findCompany(lines),
    seniority: findSeniority(title, lines.map((l) => l.text).join('\n')),
    responsibilities,
    requirements,
  };
}
