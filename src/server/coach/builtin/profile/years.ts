/**
 * "N+ years of X" checked against the years the resume gives *for X*: "8 years in
 * acute care" are not years of clinical research, and neither are the dated roles
 * of a hospital pharmacist that never mention research. The years are the ones the
 * resume states, when their sentence is about X or about nothing in particular
 * ("7 years of experience"); else the years of the dated roles that show X (and of
 * roles with the same kind of title: "Software Engineer" beside "Backend
 * Engineer"); else, when X shows only outside the roles (a Skills list), all of
 * them — unless the resume said its years were in something else.
 */
import { findTerms } from '../lexicon.js';
import { contentStems, STOPWORDS, stem, words } from '../text.js';
import { isConcept, nameIn, shows } from './concepts.js';
import { acronymsIn, GENERIC, mainPart, requirementSkills } from './requirements.js';
import { showsWordForm } from './word-forms.js';
import type { ResumeProfile, StatedYears } from './resume.js';
import { type FoundRole, yearsIn } from './roles.js';

export interface YearsReading {
  status: 'covered' | 'partial' | 'missing';
  evidence: string[];
  note?: string;
}

/** What the years are of: named skills (any one will do), else keywords (most of them, together). */
export interface Subject {
  named: string[];
  keywords: string[];
  /** How the requirement writes it, for notes. */
  label: string;
  /** An accepted alternative ("classroom teaching experience is welcome"): half its keywords will do. */
  loose?: boolean;
}

const YEARS = /(\d{1,2})\+?\s*years?/i;

/** The requirement's clause that holds the years ("5+ years in warehouse operations", not the "2+ years managing…" after it). */
function clauseAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf(',', index), text.lastIndexOf(';', index)) + 1;
  const ends = [text.indexOf(',', index), text.indexOf(';', index)].filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length).trim();
}

/** The years a requirement asks for and what they are of (null subject: any years). */
export function yearsAsk(text: string): { years: number; subject: Subject | null } | null {
  const main = mainPart(text);
  const m = YEARS.exec(main);
  if (!m) return null;
  const clause = clauseAt(main, m.index);
  const skills = requirementSkills(clause);
  if (skills.length === 0) return { years: Number(m[1]), subject: null };
  const acronyms = acronymsIn(clause);
  const named = skills.filter((s) => isConcept(s) || findTerms(s).includes(s) || acronyms.includes(s));
  const keywords = named.length > 0 ? [] : skills;
  const label = named.length > 0 ? named.map((s) => nameIn(clause, s)).join(' or ') : keywords.join(' ');
  return { years: Number(m[1]), subject: { named, keywords, label } };
}

/** Stems meet when one begins the other ("engineer" and "engineering", "manag" and "management"). */
function meets(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a));
}

/**
 * True when the text has every word (for two or fewer), else two in three of them;
 * `loose`, half of them. A word is had in any form the gap map's skills accept
 * ("idempotent" for "idempotency", `word-forms.ts`) or whose light stem meets it.
 */
function showsWords(text: string, ws: string[], loose = false): boolean {
  const have = [...contentStems(text)];
  const hits = ws.filter((w) => have.some((s) => meets(s, stem(w))) || showsWordForm(text, w)).length;
  if (loose) return hits > 0 && hits >= Math.ceil(ws.length / 2);
  return ws.length <= 2 ? hits === ws.length : hits >= Math.ceil((ws.length * 2) / 3);
}

function showsSubject(text: string, subject: Subject): boolean {
  if (subject.named.length > 0) return subject.named.some((s) => shows(text, s) || showsWords(text, words(s)));
  return showsWords(text, subject.keywords, subject.loose);
}

const CAREER_WORDS = new Set(['professional', 'industry', 'total', 'combined', 'overall', 'career', 'hands-on', 'relevant', 'commercial', 'full-time']);

/** 'on' when the stated years are about the subject, 'any' when about nothing in particular, 'off' when about something else. */
function statedFits(stated: StatedYears, subject: Subject): 'on' | 'any' | 'off' {
  const m = YEARS.exec(stated.phrase) ?? /\d{1,2}/.exec(stated.phrase);
  const clause = m ? clauseAt(stated.phrase, m.index) : stated.phrase;
  if (showsSubject(clause, subject)) return 'on';
  const after = m ? clause.slice(clause.indexOf(m[0]) + m[0].length) : '';
  const specific = words(after).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !GENERIC.has(w) && !CAREER_WORDS.has(w) && !/^(?:yrs?|years?)$/.test(w));
  return specific.length > 0 ? 'off' : 'any';
}

/** "Backend Engineer" → "engin": roles with the same head noun are the same line of work. */
function headNoun(title: string): string {
  const head = title.replace(/\s+(?:of|for|to|in)\s+.*$/i, '').split(/[\s→>/-]+/).filter(Boolean).pop() ?? '';
  return stem(head);
}

/** The dated roles that show the subject, and those with the same kind of title. */
function rolesFor(found: FoundRole[], subject: Subject): FoundRole[] {
  const showing = found.filter((f) => showsSubject([f.role.title, f.role.employer, ...f.role.lines].join('\n'), subject));
  const heads = new Set(showing.map((f) => headNoun(f.role.title)).filter(Boolean));
  return found.filter((f) => showing.includes(f) || heads.has(headNoun(f.role.title)));
}

function fromStated(needed: number, stated: StatedYears): YearsReading {
  if (stated.years >= needed) return { status: 'covered', evidence: [stated.phrase] };
  return { status: 'partial', evidence: [stated.phrase], note: `your resume states ${stated.years} years` };
}

function fromRoles(needed: number, roles: FoundRole[], now: number, of: string | null): YearsReading {
  const have = roles.reduce((sum, r) => sum + yearsIn(r.role.dates, now), 0);
  const evidence = roles.map((f) => f.source || `${f.role.title} — ${f.role.employer} (${f.role.dates})`);
  if (have >= needed) return { status: 'covered', evidence };
  if (have <= 0) return { status: 'missing', evidence: [] };
  return { status: 'partial', evidence, note: of ? `the roles that show ${of} add up to about ${have} years` : `your dated roles add up to about ${have} years` };
}

/** Years from the roles that show the subject; when none does but the resume shows it elsewhere ("Skills: Python"), from all of them. */
function fromSubjectRoles(needed: number, subject: Subject, resume: ResumeProfile, lines: string[], now: number, statedOff: boolean): YearsReading {
  const roles = rolesFor(resume.found, subject);
  if (roles.length > 0) return fromRoles(needed, roles, now, roles.length < resume.found.length ? subject.label : null);
  // The roles are the best measure then, unless the resume said its years were in something else.
  if (statedOff) return { status: 'missing', evidence: [] };
  const listed = [...resume.listed, ...resume.skills, ...resume.tools].join(', ');
  const elsewhere = lines.some((l) => showsSubject(l, subject)) || showsSubject(listed, subject);
  return elsewhere ? fromRoles(needed, resume.found, now, null) : { status: 'missing', evidence: [] };
}

/**
 * The years reading of a requirement asking for `needed` years of `subject`;
 * null when the resume gives no years at all (no statement, no dated role).
 * `lines` are the resume's content lines, for the subject shown outside its roles.
 */
export function readYears(needed: number, subject: Subject | null, resume: ResumeProfile, lines: string[], now: number): YearsReading | null {
  const stated = resume.statedYears;
  if (!stated && resume.found.length === 0) return null;
  const fit = stated && subject ? statedFits(stated, subject) : 'any';
  if (stated && fit !== 'off') return fromStated(needed, stated);
  return subject ? fromSubjectRoles(needed, subject, resume, lines, now, fit === 'off') : fromRoles(needed, resume.found, now, null);
}

/**
 * Years of a subject the requirement accepts in place of its own ("teaching
 * experience counts"): read like the requirement's years, but only when the resume
 * shows that subject somewhere — "10 years of experience" alone is no teaching.
 */
export function readAlternativeYears(needed: number, alternative: Subject, resume: ResumeProfile, lines: string[], now: number): YearsReading {
  const subject = { ...alternative, loose: true };
  const listed = [...resume.listed, ...resume.skills, ...resume.tools].join(', ');
  const shown = lines.some((l) => showsSubject(l, subject)) || showsSubject(listed, subject);
  return (shown ? readYears(needed, subject, resume, lines, now) : null) ?? { status: 'missing', evidence: [] };
}
