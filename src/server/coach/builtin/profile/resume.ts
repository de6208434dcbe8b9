/**
 * Reads a resume: candidate name, dated roles, skills and tools, projects and
 * achievement lines (the ones carrying numbers). Tolerant of layouts: when no
 * "Experience" heading exists, roles are searched for in the whole document.
 */
import type { Profile } from '../../../../shared/domain.js';
import { findTerms } from '../lexicon.js';
import { contentStems, uniq } from '../text.js';
import { type DegreeLine, resumeDegrees } from './degrees.js';
import { type DocLine, isContactLine, toLines, wordCount } from './normalize.js';
import { DATE_RANGE, type FoundRole, findRoles } from './roles.js';
import { groupSections, resumeHeading, type ResumeSection } from './sections.js';

/** Years of experience the resume states in its own words, and the sentence that says so. */
export interface StatedYears {
  years: number;
  phrase: string;
}

/** The profile's resume half, plus what the gap map needs: every content line, stated years, and each role in the resume's own words. */
export type ResumeProfile = Profile['resume'] & {
  candidateName: string | null;
  allLines: string[];
  statedYears: StatedYears | null;
  found: FoundRole[];
  /** The Skills section's items as the resume writes them ("Zendesk"), for the gap map. */
  listed: string[];
  /** Lines that show a degree or a regulated profession of the candidate's own ("MPharm, University of Bradford"). */
  degrees: DegreeLine[];
};

/** A figure that is not a date, year, phone number or address: "40%", "$2M", "3x", "12 engineers". */
const METRIC = /\b(?:halv(?:ed|ing)|doubl(?:ed|ing)|tripl(?:ed|ing))\b|\b\d+\s+[a-z]+s\b|(?:\d+(?:[.,]\d+)?\s*(?:%|x\b|×|k\b|m\b|bn\b|ms\b|s\b|h\b|hrs?\b|hours|days|weeks|months|minutes|seconds|users|customers|engineers|people|clients|requests|deploys|tickets|points|\+))|[$€£]\s?\d|\b\d{2,}(?:,\d{3})*\b(?!\s*[-–]\s*\d)/i;
const NOT_METRIC = /\b(?:19|20)\d{2}\b|\+?\d[\d ()-]{7,}\d|@|https?:/g;

/** True when the line states a number that measures something. */
export function hasMetric(line: string): boolean {
  return METRIC.test(line.replace(NOT_METRIC, ' ').replace(DATE_RANGE, ' '));
}

/** What a resume calls itself, in the languages people most often upload. */
const DOCUMENT_WORD = /^\s*(?:resume|résumé|cv|curriculum vitae|lebenslauf|curriculum|hoja de vida|currículum)\s*[:–—|-]\s*/i;

/**
 * The candidate's name: two to four capitalised words opening one of the first
 * lines, before any section heading ("Dana Reyes", "Dana Reyes / Backend
 * Engineer", "DANA REYES | dana@…"). A name under a heading is an employer.
 */
function candidateName(lines: DocLine[]): string | null {
  for (const l of lines.slice(0, 5)) {
    if (resumeHeading(l)) break;
    // "Resume – Dana Reyes", "Lebenslauf – Marcus Lindqvist": the document's own name comes first.
    const own = l.text.replace(DOCUMENT_WORD, '');
    // A full stop ends the name unless it marks an initial ("Dana K. Reyes").
    const t = own.replace(/\s*(?:[|,·]|(?<!\b[A-Z])\.|\s[–—/-]\s).*$/, '').trim();
    if (l.bullet || /[\d@:/]/.test(t)) continue;
    const ws = t.split(/\s+/);
    if (ws.length < 2 || ws.length > 4) continue;
    if (!ws.every((w) => /^[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]*$/.test(w))) continue;
    if (/\b(?:resume|curriculum|vitae|engineer|developer|manager|designer)\b/i.test(t)) continue;
    return ws.map((w) => (w === w.toUpperCase() && w.length > 2 ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
  }
  return null;
}

const ITEM_SEPARATORS = /\s*[,;|•·]\s*|\s+and\s+/;

/**
 * The items of the Skills section as the resume writes them ("Zendesk", "rota
 * planning"). A bracket qualifies the item before it: "Articulate Rise
 * (self-taught)" is Articulate Rise; names in it are items of their own
 * ("Python (Django, Flask)"), words like "self-taught" or "basic" are not.
 */
function skillItems(lines: DocLine[]): string[] {
  const items: string[] = [];
  const add = (raw: string, named: boolean): void => {
    const item = raw.replace(/[()]/g, '').trim();
    if (item.length > 1 && wordCount(item) <= 4 && (!named || /^[A-Z0-9]/.test(item))) items.push(item);
  };
  for (const l of lines) {
    const asides: string[] = [];
    const body = l.text.replace(/^[^:]{1,30}:\s*/, '').replace(/\s*\(([^()]*)\)/g, (_, inner: string) => {
      asides.push(inner);
      return '';
    });
    for (const raw of body.split(ITEM_SEPARATORS)) add(raw, false);
    for (const raw of asides.flatMap((a) => a.split(ITEM_SEPARATORS))) add(raw, true);
  }
  return items;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Lexicon skills the resume names in its own words outside its Skills section:
 * "Mentored 4 engineers" is mentoring, but "coaching" is not (the lexicon counts it
 * as mentoring; the resume did not say so), and a word of a job title or employer
 * ("Support Operations Lead") is not a skill. The Skills section speaks for itself
 * through its items.
 */
function saidSkills(lines: DocLine[], found: FoundRole[]): string[] {
  const names = found.flatMap((f) => [f.role.title, f.role.employer]).filter((n) => n.length > 1);
  const headers = names.length > 0 ? new RegExp(`(?<![a-z0-9])(?:${names.map(escapeRe).join('|')})(?![a-z0-9])`, 'gi') : null;
  const out: string[] = [];
  for (const l of lines) {
    const text = headers ? l.text.replace(headers, ' ') : l.text;
    const stems = contentStems(text);
    for (const term of findTerms(text, 'skill')) if ([...contentStems(term)].some((s) => stems.has(s))) out.push(term);
  }
  return out;
}

function projectNames(lines: DocLine[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.bullet && out.length > 0) continue;
    const name = l.text.split(/\s+[–—-]\s+|:\s+|\s+\|\s+/)[0]!.trim();
    if (name && wordCount(name) <= 10) out.push(l.text.length > 160 ? `${l.text.slice(0, 157)}…` : l.text);
  }
  return uniq(out);
}

const YEARS = /\b(\d{1,2})\s*\+?\s*(?:years?|yrs?)(?:['’]|\s+of)?\b(?!\s+(?:ago|old)\b)/i;
const CAREER_YEARS = /\b\d{1,2}\s*\+?\s*(?:years?|yrs?)['’]?\s+(?:of\s+(?:\w+\s+){0,3}?)?(?:experience|expertise|in industry|in the industry|professional)/i;

/**
 * "Backend engineer with 7 years building…": the career length the candidate
 * claims. Read from the header/summary, or any line saying "N years of experience";
 * a bullet's "ran it for 3 years" is about a task, not a career.
 */
function statedYears(intro: DocLine[], all: DocLine[]): StatedYears | null {
  const candidates = [...intro.filter((l) => YEARS.test(l.text)), ...all.filter((l) => CAREER_YEARS.test(l.text))];
  let best: StatedYears | null = null;
  for (const l of candidates) {
    const sentence = l.text.split(/(?<=[.!?;])\s+/).find((s) => YEARS.test(s)) ?? l.text;
    const years = Number(YEARS.exec(sentence)?.[1] ?? 0);
    if (years > 0 && years <= 50 && (!best || years > best.years)) best = { years, phrase: sentence };
  }
  return best;
}

/**
 * Degree lines anywhere but contact lines, education lines known as such (for
 * "BA", "RN"), and the candidate's own titles and summary (for "Pharmacist").
 */
function degreesOf(lines: DocLine[], sections: Map<ResumeSection, DocLine[]>, found: FoundRole[]): DegreeLine[] {
  const text = (ls: DocLine[] | undefined): string[] => (ls ?? []).map((l) => l.text);
  const own = [...found.map((f) => f.source || f.role.title), ...text(sections.get('header')), ...text(sections.get('summary'))];
  const source = text(lines.filter((l) => !isContactLine(l.text) && !resumeHeading(l)));
  return resumeDegrees(uniq(source), new Set(text(sections.get('education'))), uniq(own));
}

/** Parse resume text into its profile half. */
export function parseResume(text: string | null): ResumeProfile {
  const lines = toLines(text);
  const sections = groupSections<ResumeSection>(lines, resumeHeading, 'header');
  const expLines = sections.get('experience');
  const person = candidateName(lines);
  let found = findRoles(expLines && expLines.length > 0 ? expLines : lines, person);
  if (found.length === 0 && expLines) found = findRoles(lines, person);
  const skillLines = sections.get('skills') ?? [];
  const listedAsWritten = skillItems(skillLines);
  const listed = listedAsWritten.map((s) => s.toLowerCase());
  const fullText = lines.map((l) => l.text).join('\n');
  const tools = uniq([...findTerms(fullText, 'tool'), ...listed.filter((s) => findTerms(s, 'tool').length > 0).flatMap((s) => findTerms(s, 'tool'))]);
  const toolSet = new Set(tools);
  const inSkills = new Set(skillLines);
  const said = saidSkills(lines.filter((l) => !inSkills.has(l)), found);
  const skills = uniq([...said, ...listed.filter((s) => findTerms(s, 'tool').length === 0 && !toolSet.has(s))]);
  const contentLines = lines.filter((l) => !resumeHeading(l) && wordCount(l.text) >= 4);
  const achievements = uniq(contentLines.filter((l) => (l.bullet || wordCount(l.text) >= 6) && hasMetric(l.text)).map((l) => l.text));
  return {
    candidateName: person,
    roles: found.map((f) => f.role),
    skills,
    tools,
    projects: projectNames(sections.get('projects') ?? []),
    achievements,
    allLines: contentLines.map((l) => l.text),
    statedYears: statedYears([...(sections.get('header') ?? []), ...(sections.get('summary') ?? [])], lines),
    found,
    listed: uniq(listedAsWritten),
    degrees: degreesOf(lines, sections, found),
  };
}
