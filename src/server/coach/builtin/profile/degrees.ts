/**
 * Degrees on a resume and degree requirements in a job description, read the
 * way a person reads them: "PharmD", "MPharm, University of Bradford", "BSc (Hons)
 * Nursing", "MSc Biology", "RN" are degrees (or licences) in a field at a level,
 * and "Life-science or healthcare degree" is met by any of them whose field is
 * within one it names (`fields.ts`). A requirement without a field ("Bachelor's
 * degree") is met by any degree of that level or above.
 */
import { fieldsIn, fieldsWithin, licensedIn, peopleIn, relatedFields } from './fields.js';

/** 1 associate/foundation, 2 bachelor's, 3 master's, 4 doctorate; null when a line does not say. */
export type Level = 1 | 2 | 3 | 4;

/** One resume line that shows a qualification: its level (when it says) and fields. */
export interface DegreeLine {
  text: string;
  level: Level | null;
  fields: string[];
  /** True when only a regulated profession shows it ("Senior Clinical Pharmacist"), not a degree. */
  licence: boolean;
}

interface Marker {
  re: RegExp;
  level: Level | null;
  field?: string;
  /** Also an ordinary word or place ("BA", "MS", "MA", "RN"): trusted only on an education line. */
  ambiguous?: boolean;
  /** The bare word "degree" or "graduate": its level only when nothing more precise is named. */
  generic?: boolean;
}

/** Degree abbreviations and wordings (case-sensitive unless flagged). */
const MARKERS: readonly Marker[] = [
  { re: /\bPharm\.?\s?D\b/, level: 4, field: 'pharmacy' },
  { re: /\bM\.?Pharm\b/, level: 3, field: 'pharmacy' },
  { re: /\bB\.?Pharm\b/, level: 2, field: 'pharmacy' },
  { re: /\bMB\s?B\.?S\b|\bMBChB\b|\bBMBS\b|\bMB BCh\b|\bM\.D\.(?!\w)/, level: 2, field: 'medicine' },
  { re: /\bBSN\b|\bB\.?Sc?N\b/, level: 2, field: 'nursing' },
  { re: /\bMSN\b/, level: 3, field: 'nursing' },
  { re: /\bDNP\b/, level: 4, field: 'nursing' },
  { re: /\bRN\b|\bRGN\b|\bRMN\b|\bLPN\b/, level: null, field: 'nursing', ambiguous: true },
  { re: /\bBDS\b|\bDDS\b|\bDMD\b/, level: 2, field: 'dentistry' },
  { re: /\bMPH\b/, level: 3, field: 'public health' },
  { re: /\bE?MBA\b/, level: 3, field: 'business' },
  { re: /\bBBA\b/, level: 2, field: 'business' },
  { re: /\bB\.?Eng\b/, level: 2, field: 'engineering' },
  { re: /\bM\.?Eng\b/, level: 3, field: 'engineering' },
  { re: /\bB\.?Ed\b/, level: 2, field: 'education' },
  { re: /\bM\.?Ed\b/, level: 3, field: 'education' },
  { re: /\bPGCE\b|\bQTS\b/, level: 2, field: 'education' },
  { re: /\bLLB\b/, level: 2, field: 'law' },
  { re: /\bACCA\b|\bACA\b|\bCPA\b|\bCIMA\b/, level: null, field: 'accounting' },
  { re: /\bCS\b/, level: null, field: 'computer science', ambiguous: true },
  { re: /\bPh\.?\s?D\b|\bDPhil\b|\bdoctorate\b|\bdoctoral degree\b|\bDoctor of\b/i, level: 4 },
  { re: /\bmaster'?s\b|\bmaster of\b|\bM\.?Sc\b|\bMRes\b|\bMPhil\b|\bpostgraduate degree\b/i, level: 3 },
  { re: /\bbachelor'?s?\b|\bbachelor of\b|\bundergraduate degree\b|\bB\.?Sc\b|\bhonou?rs degree\b|\bpostgraduate (?:diploma|certificate)\b/i, level: 2 },
  { re: /\bassociate'?s? degree\b|\bassociate of\b|\bfoundation degree\b|\bHND\b/i, level: 1 },
  { re: /\bdegree\b/i, level: 2, generic: true },
  { re: /\bB\.?A\.?(?!\w)|\bB\.?S\.?(?!\w)/, level: 2, ambiguous: true },
  { re: /\bM\.?A\.?(?!\w)|\bM\.?S\.?(?!\w)/, level: 3, ambiguous: true },
];

const MAX_LINE = 300;
const EDUCATION_WORDS = /universit|college|institut|school|academy|\(hons\)|\bhons\b|honou?rs|graduat|faculty/i;

function markersOn(text: string, education: boolean): Marker[] {
  return MARKERS.filter((m) => (!m.ambiguous || education || EDUCATION_WORDS.test(text)) && m.re.test(text));
}

/** A line's level: the highest degree it names ("BSc and MSc"), the bare word "degree" only when it names none. */
function levelOf(found: Marker[]): Level | null {
  const levels = (generic: boolean): number[] => found.filter((m) => m.level !== null && !!m.generic === generic).map((m) => m.level!);
  const named = levels(false);
  if (named.length > 0) return Math.max(...named) as Level;
  return levels(true).length > 0 ? 2 : null;
}

/** The degree one resume line shows, or null when it shows none. */
function degreeOf(text: string, education: boolean): DegreeLine | null {
  const found = markersOn(text, education);
  if (found.length === 0) return null;
  const fields = [...new Set([...found.flatMap((m) => (m.field ? [m.field] : [])), ...fieldsIn(text)])];
  const level = levelOf(found);
  return fields.length > 0 || level !== null ? { text, level, fields, licence: false } : null;
}

/**
 * The qualifications a resume shows: degree lines anywhere (ambiguous
 * abbreviations such as "BA" or "RN" only on education lines), and a regulated
 * profession the candidate names as their own ("Senior Clinical Pharmacist" as a
 * role title, "Hospital pharmacist with 8 years…" in the summary) — not one they
 * supervised ("Supervised 3 pre-registration pharmacists").
 */
export function resumeDegrees(all: readonly string[], education: ReadonlySet<string>, own: readonly string[]): DegreeLine[] {
  // A qualification is a short line; a paragraph-long one is prose, and reading it would only cost time.
  const lines = all.filter((l) => l.length <= MAX_LINE);
  const degrees = lines.flatMap((l) => degreeOf(l, education.has(l)) ?? []);
  const shown = new Set(degrees.map((d) => d.text));
  const licences = own.filter((l) => l.length <= MAX_LINE).flatMap((l) => {
    const fields = licensedIn(l);
    return fields.length > 0 && !shown.has(l) ? [{ text: l, level: null, fields, licence: true }] : [];
  });
  return [...degrees, ...licences];
}

const LEVEL_NAMES: Record<Level, string> = { 1: 'an associate degree', 2: "a bachelor's degree", 3: "a master's degree", 4: 'a doctorate' };

/** What a degree requirement asks: the fields it names (and their sub-fields), the lowest level it accepts, and whether a background is enough. */
export interface DegreeAsk {
  fields: Set<string>;
  level: Level | null;
  /** True when it asks for a degree, not only a background ("engineering background"). */
  degree: boolean;
  background: boolean;
}

const RELATED = /\b(?:related|similar|relevant|equivalent|adjacent) (?:field|discipline|subject|area)s?\b/i;
const ASKS_DEGREE = /\bdegree\b|\bbachelor|\bmaster'?s\b|\bB\.?Sc\b|\bBS\/BA\b|\bBA\/BS\b|\bPh\.?D\b|\bdoctorate\b|\bdiploma\b|\bqualification\b|\bbackground\b/i;

/** The degree a requirement asks for, or null when it asks for none (then skills and years decide). */
export function degreeAsk(text: string): DegreeAsk | null {
  if (!ASKS_DEGREE.test(text)) return null;
  const named = fieldsIn(text);
  // "Master's degree": the named level, not the bare word "degree" beside it; "Bachelor's or Master's": the lower.
  const asked = MARKERS.filter((m) => !m.ambiguous && m.level !== null && !m.field && m.re.test(text));
  const levels = (asked.some((m) => !m.generic) ? asked.filter((m) => !m.generic) : asked).map((m) => m.level!);
  const degree = /\bdegree\b|\bbachelor|\bmaster'?s\b|\bB\.?Sc\b|\bPh\.?D\b|\bdoctorate\b/i.test(text);
  // "Background in distributed systems" names no field: not a degree requirement.
  if (named.length === 0 && !degree) return null;
  const related = RELATED.test(text) ? relatedFields(named) : [];
  return {
    fields: fieldsWithin([...named, ...related]),
    level: degree && levels.length > 0 ? (Math.min(...levels) as Level) : null,
    degree,
    background: /\bbackground\b|\bexperience\b/i.test(text),
  };
}

/** The reading of a degree requirement: the resume lines that meet it, or what falls short. */
export interface DegreeReading {
  status: 'covered' | 'partial' | 'missing';
  evidence: string[];
  note?: string;
}

/** Lines naming people of an asked field ("Ward pharmacist…"): enough when the requirement accepts a background. */
function backgroundLines(ask: DegreeAsk, lines: readonly string[]): string[] {
  return lines.filter((l) => peopleIn(l).some((k) => ask.fields.has(k)) || fieldsIn(l).some((k) => ask.fields.has(k)));
}

/** Check one degree requirement against the resume's qualifications. */
export function readDegree(ask: DegreeAsk, degrees: readonly DegreeLine[], lines: readonly string[]): DegreeReading {
  const inField = ask.fields.size === 0 ? degrees.filter((d) => !d.licence) : degrees.filter((d) => d.fields.some((k) => ask.fields.has(k)));
  // A licence or a degree of unknown level ("RN", "Staff Nurse") shows a first degree at most, not a master's.
  const high = inField.filter((d) => (d.level === null ? (ask.level ?? 0) <= 2 : d.level >= (ask.level ?? 0)));
  if (high.length > 0) return { status: 'covered', evidence: high.map((d) => d.text) };
  if (inField.length > 0) {
    const best = inField.reduce((a, b) => ((a.level ?? 0) >= (b.level ?? 0) ? a : b));
    const shown = best.level === null ? 'a qualification in the field' : LEVEL_NAMES[best.level];
    return { status: 'partial', evidence: [best.text], note: `your resume shows ${shown}, not ${LEVEL_NAMES[ask.level!]}` };
  }
  const background = ask.background && ask.fields.size > 0 ? backgroundLines(ask, lines) : [];
  return background.length > 0 ? { status: 'covered', evidence: background } : { status: 'missing', evidence: [] };
}
