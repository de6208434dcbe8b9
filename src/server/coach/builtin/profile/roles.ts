/**
 * Finds dated roles in the experience part of a resume. A role starts at a
 * non-bullet line carrying a date range; the short non-bullet lines just above
 * it (or just below, for "dates first" layouts) hold the title and employer.
 */
import type { Role } from '../../../../shared/domain.js';
import { type DocLine, wordCount } from './normalize.js';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s*'?\\d{2,4}|\\d{1,2}[/.]\\d{2,4}|(?:19|20)\\d{2})`;
const END = `(?:${DATE}|present|current|now|today|ongoing)`;
export const DATE_RANGE = new RegExp(`(?:${DATE})\\s*(?:–|—|-|to|until|till|→)\\s*${END}|since\\s+${DATE}`, 'i');

const TITLE_WORDS =
  /\b(?:engineer|developer|programmer|manager|lead|head|director|architect|analyst|designer|scientist|consultant|intern|specialist|officer|coordinator|associate|administrator|vp|vice president|president|founder|co-founder|cto|ceo|cfo|coo|owner|researcher|editor|writer|strategist|advisor|executive|representative|technician|assistant|teacher|instructor|principal|staff|sre|devops|product|marketer|recruiter|accountant|nurse|supervisor|partner|fellow|contractor|freelance|freelancer)\b/i;
const LOCATION = /^(?:remote|hybrid|on-?site|[A-Z][a-zA-Z. ]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+)|london|berlin|paris|new york|san francisco|toronto|amsterdam|singapore|dublin|remote \(.*\))$/i;
const SEPARATORS = /\s+(?:\||–|—|-|·|@|at)\s+|\s*[|·•,]\s*|\s+\(|\)\s*/;

export interface RoleHeader {
  title: string;
  employer: string;
}

/** Title and employer from the header fragments of one role. */
export function parseHeader(fragments: string[]): RoleHeader {
  const parts: string[] = [];
  for (const f of fragments) {
    const at = /^(.*?)\s+at\s+(.+)$/i.exec(f);
    if (at && TITLE_WORDS.test(at[1]!)) {
      parts.push(at[1]!, at[2]!);
      continue;
    }
    parts.push(...f.split(SEPARATORS));
  }
  const clean = parts.map((p) => p.replace(/^[\s,;:|()–—-]+|[\s,;:|()–—-]+$/g, '').trim()).filter((p) => p.length > 1 && !LOCATION.test(p));
  const title = clean.find((p) => TITLE_WORDS.test(p) && wordCount(p) <= 8) ?? '';
  const employer = clean.find((p) => p !== title && wordCount(p) <= 8 && !/^\d/.test(p)) ?? '';
  return { title, employer };
}

/** A short line that reads like a title/employer (capitalised words or a title word), not like an achievement. */
function isHeaderish(line: DocLine): boolean {
  if (line.bullet || wordCount(line.text) > 12 || /[.!?]$/.test(line.text)) return false;
  const ws = line.text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const caps = ws.filter((w) => /^[A-Z&]/.test(w)).length;
  return caps / Math.max(1, ws.length) >= 0.5 || TITLE_WORDS.test(line.text);
}

/** Roles found in the given lines, in document order. */
export function extractRoles(lines: DocLine[]): Role[] {
  const roles: Role[] = [];
  let pending: string[] = [];
  let current: Role | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const range = line.bullet || wordCount(line.text) > 16 ? null : DATE_RANGE.exec(line.text);
    if (range) {
      const rest = line.text.replace(range[0], ' ').replace(/\s+/g, ' ').trim();
      // Pending lines too far above the dates were content of the previous role.
      if (current) for (const p of pending.slice(0, -2)) if (wordCount(p) >= 4) current.lines.push(p);
      const fragments = [...pending.slice(-2), rest].filter((f) => f.replace(/[^a-z]/gi, '').length > 1);
      const next = lines[i + 1];
      // "Dates first" layouts put title/employer on the next line.
      if (fragments.length === 0 && next && isHeaderish(next) && !DATE_RANGE.test(next.text)) {
        fragments.push(next.text);
        i++;
      }
      const { title, employer } = parseHeader(fragments);
      current = { title, employer, dates: range[0].replace(/\s+/g, ' ').trim(), lines: [] };
      roles.push(current);
      pending = [];
      continue;
    }
    if (!line.bullet && isHeaderish(line)) {
      pending.push(line.text);
      continue;
    }
    // Content: a bullet or a sentence. Headerish lines that turned out not to start a role are content too.
    if (current) {
      for (const p of pending) if (wordCount(p) >= 4) current.lines.push(p);
      current.lines.push(line.text);
    }
    pending = [];
  }
  if (current) for (const p of pending) if (wordCount(p) >= 4) current.lines.push(p);
  return roles;
}

/** Rough years spanned by a date range ("Mar 2019 – Present" → years to `now`). */
export function yearsIn(range: string, now: number): number {
  const years = [...range.matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
  if (years.length === 0) return 0;
  const end = /present|current|now|today|ongoing/i.test(range) ? now : (years[1] ?? years[0]!);
  return Math.max(0, end - years[0]!);
}
