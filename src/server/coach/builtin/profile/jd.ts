/**
 * Reads a job description: title, company, seniority, responsibilities and
 * requirements split into required and nice-to-have, each with the skills it
 * names (lexicon terms, else its salient keywords).
 */
import type { Profile } from '../../../../shared/domain.js';
import { findTerms } from '../lexicon.js';
import { EMPLOYER_WORDS, LOCATION } from './header.js';
import { readLooseJob } from './loose-jd.js';
import { type DocLine, toLines, wordCount } from './normalize.js';
import { toRequirement } from './requirements.js';
import { groupSections, jdHeading, type JdSection } from './sections.js';

export type JobProfile = Profile['job'];

const TITLE_WORD = /\b(?:engineer|developer|manager|lead|head|director|architect|analyst|designer|scientist|consultant|intern|specialist|officer|coordinator|associate|administrator|researcher|writer|strategist|representative|recruiter|marketer|sre|educator|teacher|nurse|technician|supervisor|assistant|planner|surveyor|therapist|pharmacist|chef|electrician|mechanic|advis[eo]r|accountant|auditor|editor|producer|instructor|trainer|practitioner|inspector|buyer|controller|estimator|operative|tutor|librarian|curator|clerk|paralegal|midwife|radiographer|dietitian|coach)\b/i;
const SENIORITY: ReadonlyArray<readonly [string, RegExp]> = [
  ['intern', /\bintern(?:ship)?\b/i], ['junior', /\b(?:junior|jr\.?|entry[- ]level|graduate)\b/i],
  ['principal', /\bprincipal\b/i], ['staff', /\bstaff\b/i], ['director', /\b(?:director|vp|vice president|head of)\b/i],
  ['lead', /\b(?:lead|team lead)\b/i], ['senior', /\b(?:senior|sr\.?)\b/i], ['mid', /\b(?:mid[- ]level|intermediate)\b/i],
];
function labelled(lines: DocLine[], label: RegExp): string | null {
  for (const l of lines.slice(0, 15)) {
    const m = label.exec(l.text);
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

const HIRING = /(?:looking for|hiring|seeking|recruiting|we need)\s+(?:an?\s+)?((?:[A-Z][\w/+.-]*\s*){1,6})/;
/** Lower-case too ("hiring a senior data analyst to…"): the shortest run of words ending in a title word. */
const HIRING_ANY_CASE = new RegExp(`(?:looking for|hiring|seeking|recruiting|we need)\\s+(?:an?\\s+)?((?:(?!(?:to|with|and|for|who|our|the)\\b)[\\w/+.-]+\\s+){0,4}?${TITLE_WORD.source.slice(2, -2)})\\b`, 'i');
const WORK_MODE = /\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\b/i;

/**
 * The title opening a line: "Senior Backend Engineer — Northwind" → before the
 * dash; "Senior backend engineer, Go and PostgreSQL, remote." → before the first
 * comma, when what follows lists tools or a work mode or the line is a sentence
 * ("Software Engineer, Payments" stays whole).
 */
function titleHead(text: string): string {
  const head = text
    .replace(/\s*[(@|–—-]\s*.*$/, '')
    .replace(/^(?:job description|role)\s*[:–-]\s*/i, '')
    // "… Engineer at Brightlane", "… engineer wanted for a fintech": the title ends before them.
    .replace(/\s+(?:at|wanted|needed|to join|who)\s.*$/i, '')
    .trim();
  const m = /^(.+?)(?:[,;]|\.(?=\s|$))\s*(.*)$/.exec(head);
  if (m && TITLE_WORD.test(m[1]!) && (findTerms(m[2]!, 'tool').length > 0 || WORK_MODE.test(m[2]!) || /\.$/.test(head))) return m[1]!.trim();
  return head;
}

/** "We're hiring a Product Manager…", "seeking a senior data analyst to…" → the title. */
function hiredTitle(text: string): string | null {
  const hire = HIRING.exec(text);
  if (hire && TITLE_WORD.test(hire[1]!)) return hire[1]!.trim();
  return HIRING_ANY_CASE.exec(text)?.[1]?.trim() ?? null;
}

/** A sentence to or about the reader ("You will lead training for 40 nurses"): never the title, whatever its words. */
const ADDRESSED = /^(?:you|we|our|i|as (?:a|an|our)|in this)\b/i;

function findTitle(lines: DocLine[]): string | null {
  const lab = labelled(lines, /^(?:job\s+)?(?:title|role|position)\s*[:：-]\s*(.+)$/i);
  if (lab) return lab;
  for (const [i, l] of lines.slice(0, 8).entries()) {
    const title = hiredTitle(l.text) ?? titleLine(l, i === 0);
    if (title) return title;
  }
  return null;
}

/** The title a line opens with, when it is a title line: short, or the first line with a short head. */
function titleLine(l: DocLine, first: boolean): string | null {
  if (l.bullet || jdHeading(l) || !TITLE_WORD.test(l.text) || ADDRESSED.test(l.text)) return null;
  // The first line may run on past its title ("…engineer, Go, PostgreSQL and Kafka, remote in the EU.").
  const head = titleHead(l.text);
  return wordCount(l.text) <= 9 || (first && wordCount(head) <= 6) ? head : null;
}

function isCompanyName(c: string): boolean {
  return /^[A-Z]/.test(c) && !/^(?:Us|The|We|Our|You|This|Remote|Senior|Job)$/.test(c) && !TITLE_WORD.test(c);
}

/** A dash-suffix after a title that names a team, site or place ("– Fulfilment Center", "— Night Shift"), not an employer. */
const SITE = /\b(?:cent(?:er|re)|team|site|warehouse|depot|plant|hub|office|division|unit|ward|squad|department|facility|campus|branch|shift|region)s?\b/i;
const NOT_COMPANY_LINE = /^(?:about|join|we|our|why|location|salary|remote|hybrid|job|role|team|department|reports? to|start|closing)\b/i;

/** A short name of capitalised words ("Sierra Home Goods", "Bank of Leeds"), not a place, a work mode or a site. */
function readsAsCompany(name: string): boolean {
  const ws = name.split(/\s+/);
  if (ws.length > 5 || !ws.every((w) => /^[A-Z0-9&]/.test(w) || /^(?:of|and|the|for|de)$/.test(w))) return false;
  const place = /\d/.test(name) || LOCATION.test(name) || WORK_MODE.test(name) || SITE.test(name);
  return !place && isCompanyName(name);
}

/** The line just under the title when it opens with a company's name ("Sierra Home Goods, Sparks NV"); null otherwise. */
function companyLine(line: DocLine | undefined): string | null {
  if (!line || line.bullet || jdHeading(line) || wordCount(line.text) > 10 || NOT_COMPANY_LINE.test(line.text)) return null;
  const first = line.text.split(/\s*[,·|(]\s*|\s+[–—-]\s+/)[0]!.trim();
  return readsAsCompany(first) ? first : null;
}

/**
 * "Operations Manager – Fulfilment Center" over "Sierra Home Goods, Sparks NV": a
 * dash-suffix after a title is often a team or site, so the company line under the
 * title wins when the suffix reads like a site or the line like a company and the
 * suffix does not. "Store Manager – Tesco" alone stays Tesco; a site alone is no employer.
 */
function suffixOrBelow(suffix: string, below: string | null): string | null {
  const site = SITE.test(suffix) || LOCATION.test(suffix) || WORK_MODE.test(suffix);
  if (below && (site || (EMPLOYER_WORDS.test(below) && !EMPLOYER_WORDS.test(suffix)))) return below;
  return site ? null : suffix;
}

const COMPANY_NAME = "([A-Z][\\w&.'’-]*(?:\\s+[A-Z][\\w&.'’-]*){0,3})";
const COMPANY_PATTERNS = [
  new RegExp(`^about\\s+${COMPANY_NAME}\\s*:?$`),
  new RegExp(`\\bjoin\\s+(?:us\\s+at\\s+)?${COMPANY_NAME}`),
  new RegExp(`\\bat\\s+${COMPANY_NAME}(?:,|\\s+(?:we|you|is|are)\\b)`),
  new RegExp(`^${COMPANY_NAME}\\s+(?:is|are)\\s+(?:(?:a|an|the)(?!\\s+(?:plus|bonus|must|big plus)\\b)|hiring|building|looking)\\b`),
  new RegExp(`^[^.]{0,60}${TITLE_WORD.source}\\s+at\\s+${COMPANY_NAME}\\s*$`, 'i'),
];
/** "Senior Engineer — Northwind": the weakest sign, read last on its line. */
const TITLE_SUFFIX = new RegExp(`[(@|–—-]\\s*${COMPANY_NAME}\\s*\\)?$`);

/** "— Brightpath Software (Leeds / hybrid)": where and how, after the employer's name, not part of it. */
const WHERE_AFTER = /\s*\(([^()]*)\)\s*$/;
const withoutWhere = (text: string): string => text.replace(WHERE_AFTER, (all, inside: string) => (WORK_MODE.test(inside) || inside.split(/\s*[/,]\s*/).some((w) => LOCATION.test(w)) ? '' : all));

function companyIn(text: string, re: RegExp): string | null {
  const c = re.exec(re === TITLE_SUFFIX ? withoutWhere(text) : text)?.[1]?.split(/\.\s/)[0]?.replace(/[.,]$/, '').trim();
  return c && isCompanyName(c) ? c : null;
}

function findCompany(lines: DocLine[], title: string | null): string | null {
  const lab = labelled(lines, /^(?:company|employer|organi[sz]ation)\s*[:：-]\s*(.+)$/i);
  if (lab) return lab;
  const titleAt = title ? lines.slice(0, 8).findIndex((l) => l.text.includes(title)) : -1;
  const below = titleAt >= 0 ? companyLine(lines[titleAt + 1]) : null;
  for (const l of lines.slice(0, 25)) {
    const strong = COMPANY_PATTERNS.map((re) => companyIn(l.text, re)).find(Boolean);
    if (strong) return strong;
    const suffix = companyIn(l.text, TITLE_SUFFIX);
    const chosen = suffix ? suffixOrBelow(suffix, below) : null;
    if (chosen) return chosen;
  }
  return below;
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

/** Parse job-description text into its profile half. */
export function parseJob(text: string | null): JobProfile {
  const lines = toLines(text);
  const sections = groupSections<JdSection>(lines, jdHeading, 'intro');
  const title = findTitle(lines);
  const items = (k: JdSection): string[] => (sections.get(k) ?? []).filter((l) => wordCount(l.text) >= 2).map((l) => l.text);
  let responsibilities = items('responsibilities');
  let requirements = [...items('requirements').map((t) => toRequirement(t, true)), ...items('nice').map((t) => toRequirement(t, false))];
  if (requirements.length === 0) {
    // No requirement headings: read each line for what it asks (company blurbs and perks aside).
    const aside = new Set([...(sections.get('about') ?? []), ...(sections.get('benefits') ?? [])]);
    const loose = readLooseJob(lines.filter((l) => !aside.has(l) && !jdHeading(l)), title);
    requirements = loose.requirements;
    if (responsibilities.length === 0) responsibilities = loose.responsibilities;
  }
  return {
    title,
    company: findCompany(lines, title),
    seniority: findSeniority(title, lines.map((l) => l.text).join('\n')),
    responsibilities,
    requirements,
  };
}
