/**
 * The resume↔JD gap map: for each requirement, the resume lines that show
 * evidence for it. A requirement naming several tools or concepts is covered
 * only when the resume shows all of them ("A or B" needs one); showing some is
 * "partly shown". A "N+ years" requirement is checked against the years the
 * resume states ("with 7 years…"), else the years its dated roles span; its
 * evidence names each role once, in the resume's own words.
 *
 * A partly shown requirement is not covered, keeps the evidence for the part that
 * is shown, and says what is missing in `partly` ("your resume shows Terraform but
 * not Kubernetes").
 */
import type { GapEntry, Requirement } from '../../../../shared/domain.js';
import { findTerms, isKnownTool } from '../lexicon.js';
import { contentStems, STOPWORDS, uniq } from '../text.js';
import { isConcept, nameIn, shows } from './concepts.js';
import { GENERIC } from './requirements.js';
import { isContactLine } from './normalize.js';
import type { ResumeProfile } from './resume.js';
import { type FoundRole, normalName, yearsIn } from './roles.js';

const MAX_EVIDENCE = 3;

interface Reading {
  /** 'none' when the requirement names nothing this check can judge. */
  status: 'covered' | 'partial' | 'missing' | 'none';
  evidence: string[];
  note?: string;
}

/** Lines that share at least two content stems with the requirement (for requirements with no named skill). */
function overlapLines(lines: string[], requirement: string): string[] {
  const req = contentStems(requirement);
  return lines.filter((l) => {
    let n = 0;
    for (const s of contentStems(l)) if (req.has(s)) n++;
    return n >= 2;
  });
}

function list(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]!}`;
}

/**
 * Items of the resume's Skills section that the requirement names as a proper
 * noun ("Experience with Zendesk or a similar help desk"): a tool the lexicon does
 * not know is still a named tool when both documents write it.
 */
function listedNamedIn(text: string, listed: string[]): string[] {
  return uniq(
    listed.flatMap((item) => {
      const m = new RegExp(`(?<![A-Za-z0-9])${item.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![A-Za-z0-9])`, 'i').exec(text);
      const lower = item.toLowerCase();
      return m && /^[A-Z0-9]/.test(m[0]) && !STOPWORDS.has(lower) && !GENERIC.has(lower) ? [lower] : [];
    }),
  );
}

/** Named tools and concepts decide coverage; broad skill words only when none is named; keywords by majority. */
function readSkills(req: Requirement, lines: string[], resume: Pick<ResumeProfile, 'skills' | 'tools' | 'listed'>): Reading {
  const own = listedNamedIn(req.text, resume.listed);
  const skills = uniq([...req.skills, ...own]);
  if (skills.length === 0) {
    const evidence = overlapLines(lines, req.text);
    return { status: evidence.length > 0 ? 'covered' : 'none', evidence };
  }
  const listed = [...resume.skills, ...resume.tools].join(', ');
  const isShown = (s: string): boolean => lines.some((l) => shows(l, s)) || shows(listed, s);
  const named = skills.filter((s) => isConcept(s) || findTerms(s).includes(s) || own.includes(s));
  // Evidence shows what decides: the named skills when there are any ("Zendesk", not the "desk" of a job title).
  const evidence = uniq((named.length > 0 ? named : skills).flatMap((s) => lines.filter((l) => shows(l, s))));
  if (named.length === 0) {
    // Salient keywords, not named skills: most of them is enough.
    const matched = skills.filter(isShown).length;
    return { status: matched >= Math.ceil(skills.length / 2) ? 'covered' : 'missing', evidence };
  }
  const strong = named.filter((s) => isKnownTool(s) || isConcept(s) || own.includes(s));
  // "infrastructure as code (Terraform)": the tool in brackets stands for the concept, not beside it.
  const deciding = (strong.length > 0 ? strong : named).filter((c) => !isConcept(c) || !named.some((t) => t !== c && !isConcept(t) && shows(t, c)));
  const shown = deciding.filter(isShown);
  const missing = deciding.filter((s) => !shown.includes(s));
  if (shown.length === 0) return { status: 'missing', evidence: [] };
  if (missing.length === 0 || / or |either|one of/i.test(req.text)) return { status: 'covered', evidence };
  const name = (s: string): string => nameIn(req.text, s);
  return { status: 'partial', evidence, note: `your resume shows ${list(shown.map(name))} but not ${list(missing.map(name))}` };
}

/** The role (title + employer, normalised) a line speaks of, or null when it names none of them. */
function roleOf(line: string, found: FoundRole[]): string | null {
  const text = ` ${normalName(line)} `;
  for (const { role } of found) {
    const [title, employer] = [normalName(role.title), normalName(role.employer)];
    if (title && employer && text.includes(` ${title} `) && text.includes(` ${employer} `)) return `${title}|${employer}`;
  }
  return null;
}

/**
 * Evidence naming each role once: a role's header line, a summary sentence
 * "Backend Engineer at Larkfield Logistics" and a second stint under the same
 * title and employer are one role. Lines naming no role are all kept.
 */
export function oncePerRole(evidence: string[], found: FoundRole[]): string[] {
  const seen = new Set<string>();
  return uniq(evidence).filter((line) => {
    const role = roleOf(line, found);
    if (role === null) return true;
    if (seen.has(role)) return false;
    seen.add(role);
    return true;
  });
}

/** The years the resume claims, else the years its dated roles span; null when it says neither. */
function readYears(needed: number, resume: ResumeProfile, now: number): Reading | null {
  const stated = resume.statedYears;
  if (!stated && resume.roles.length === 0) return null;
  const have = stated ? stated.years : resume.roles.reduce((sum, r) => sum + yearsIn(r.dates, now), 0);
  const evidence = stated ? [stated.phrase] : resume.found.map((f) => f.source || `${f.role.title} — ${f.role.employer} (${f.role.dates})`);
  if (have >= needed) return { status: 'covered', evidence };
  if (have <= 0) return { status: 'missing', evidence: [] };
  return { status: 'partial', evidence, note: stated ? `your resume states ${have} years` : `your dated roles add up to about ${have} years` };
}

function combine(skills: Reading, years: Reading | null, found: FoundRole[]): Reading {
  if (!years) return skills;
  if (skills.status === 'missing' || years.status === 'missing') return { status: 'missing', evidence: [] };
  // The years phrase is the evidence for a years requirement; skill lines follow it unless the years fall short.
  const evidence = oncePerRole(years.status === 'partial' ? years.evidence : [...years.evidence, ...skills.evidence], found);
  const note = [years.note, skills.note].filter(Boolean).join('; ');
  const partial = years.status === 'partial' || skills.status === 'partial';
  return partial ? { status: 'partial', evidence, note } : { status: 'covered', evidence };
}

/**
 * When no line of the resume is evidence, the Skills items that are: quoted as the
 * resume writes them ("Skills: Zendesk, coaching"), never as the lexicon's name
 * for them.
 */
function skillsEvidence(req: Requirement, resume: Pick<ResumeProfile, 'listed' | 'skills' | 'tools'>): string[] {
  const skills = uniq([...req.skills, ...listedNamedIn(req.text, resume.listed)]);
  const items = resume.listed.filter((item) => skills.some((s) => shows(item, s)));
  if (items.length > 0) return [`Skills: ${items.join(', ')}`];
  const named = [...resume.skills, ...resume.tools].filter((item) => skills.some((s) => shows(item, s)));
  return named.length > 0 ? [`Skills: ${named.join(', ')}`] : [];
}

/** One gap entry per requirement, in JD order. */
export function gapMap(requirements: Requirement[], resume: ResumeProfile, now = new Date().getUTCFullYear()): GapEntry[] {
  // Contact details mention words like "backend" in a headline but show nothing.
  const lines = resume.allLines.filter((l) => !isContactLine(l));
  return requirements.map((req) => {
    const yrs = /(\d{1,2})\+?\s*years?/i.exec(req.text);
    const r = combine(readSkills(req, lines, resume), yrs ? readYears(Number(yrs[1]), resume, now) : null, resume.found);
    const base = { requirement: req.text, required: req.required };
    if (r.status === 'partial') return { ...base, covered: false, evidence: r.evidence.slice(0, MAX_EVIDENCE), partly: r.note ?? 'some of it' };
    if (r.status !== 'covered') return { ...base, covered: false, evidence: [] };
    const evidence = r.evidence.length > 0 ? r.evidence : skillsEvidence(req, resume);
    return { ...base, covered: true, evidence: evidence.slice(0, MAX_EVIDENCE) };
  });
}
