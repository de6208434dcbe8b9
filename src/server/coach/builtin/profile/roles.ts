/**
 * Finds dated roles in the experience part of a resume. A role starts at a
 * non-bullet line carrying a date range; the short non-bullet lines just above
 * it (or just below, for "dates first" layouts) hold the title and employer.
 * The candidate's own name, when a header line carries it ("Dana Reyes /
 * Backend Engineer, …"), is taken out first: it is never an employer or title.
 */
import type { Role } from '../../../../shared/domain.js';
import { parseHeader, TITLE_WORDS, withoutPerson } from './header.js';
import { type DocLine, wordCount } from './normalize.js';

export { normalName, parseHeader, type RoleHeader, roleLabel } from './header.js';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s*'?\\d{2,4}|\\d{1,2}[/.]\\d{2,4}|(?:19|20)\\d{2})`;
const END = `(?:${DATE}|present|current|now|today|ongoing)`;
export const DATE_RANGE = new RegExp(`(?:${DATE})\\s*(?:–|—|-|to|until|till|→)\\s*${END}|since\\s+${DATE}`, 'i');

/** A role and the resume's own words that announced it (its header lines, dates included). */
export interface FoundRole {
  role: Role;
  source: string;
}

/** A short line that reads like a title/employer (capitalised words or a title word), not like an achievement. */
function isHeaderish(line: DocLine): boolean {
  if (line.bullet || wordCount(line.text) > 12 || /[.!?]$/.test(line.text)) return false;
  const ws = line.text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const caps = ws.filter((w) => /^[A-Z&]/.test(w)).length;
  return caps / Math.max(1, ws.length) >= 0.5 || TITLE_WORDS.test(line.text);
}

/** The header lines that name the role (title, employer or dates), joined: the role in the resume's own words. */
function sourceOf(lines: string[], role: Role, person: string | null): string {
  const named = (l: string): boolean => [role.title, role.employer, role.dates].some((x) => x && l.includes(x));
  const own = lines.map((l) => withoutPerson(l, person)).filter((l) => l && named(l));
  return own.join(' · ');
}

/** What the reader carries from line to line. */
interface Reader {
  found: FoundRole[];
  /** Headerish lines since the last role or content line: the next role's header, or content after all. */
  pending: string[];
  current: Role | null;
  person: string | null;
}

/** Pending lines (but the last `keep`) were content of the current role when they read like sentences. */
function flushPending(r: Reader, keep: number): void {
  if (!r.current) return;
  for (const p of r.pending.slice(0, Math.max(0, r.pending.length - keep))) if (wordCount(p) >= 4) r.current.lines.push(p);
}

function dateRange(line: DocLine): RegExpExecArray | null {
  return line.bullet || wordCount(line.text) > 16 ? null : DATE_RANGE.exec(line.text);
}

/** "Dates first" layouts put title/employer on the next line. */
function headerBelow(next: DocLine | undefined): string[] {
  return next && isHeaderish(next) && !DATE_RANGE.test(next.text) ? [next.text] : [];
}

/** Start a role at the dated line `i`; returns how many lines below it the header used. */
function startRole(r: Reader, lines: DocLine[], i: number, range: RegExpExecArray): number {
  const line = lines[i]!;
  const rest = line.text.replace(range[0], ' ').replace(/\s+/g, ' ').trim();
  // Pending lines too far above the dates were content of the previous role.
  flushPending(r, 2);
  const above = r.pending.slice(-2);
  const fragments = [...above, rest].filter((f) => f.replace(/[^a-z]/gi, '').length > 1);
  const below = fragments.length === 0 ? headerBelow(lines[i + 1]) : [];
  const { title, employer } = parseHeader([...fragments, ...below], r.person);
  r.current = { title, employer, dates: range[0].replace(/\s+/g, ' ').trim(), lines: [] };
  r.found.push({ role: r.current, source: sourceOf([...above, line.text, ...below], r.current, r.person) });
  r.pending = [];
  return below.length;
}

/**
 * Roles found in the given lines, in document order, each with the words that
 * announced it. `person` is the candidate's name (see parseHeader).
 */
export function findRoles(lines: DocLine[], person: string | null = null): FoundRole[] {
  const r: Reader = { found: [], pending: [], current: null, person };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const range = dateRange(line);
    if (range) i += startRole(r, lines, i, range);
    else if (!line.bullet && isHeaderish(line)) r.pending.push(line.text);
    else {
      // Content: a bullet or a sentence. Headerish lines that turned out not to start a role are content too.
      flushPending(r, 0);
      r.current?.lines.push(line.text);
      r.pending = [];
    }
  }
  flushPending(r, 0);
  return r.found;
}

/** Rough years spanned by a date range ("Mar 2019 – Present" → years to `now`). */
export function yearsIn(range: string, now: number): number {
  const years = [...range.matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
  if (years.length === 0) return 0;
  const end = /present|current|now|today|ongoing/i.test(range) ? now : (years[1] ?? years[0]!);
  return Math.max(0, end - years[0]!);
}
