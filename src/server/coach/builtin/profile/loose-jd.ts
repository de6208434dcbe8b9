/**
 * Job descriptions with no requirement headings: a one-line ad ("Senior backend
 * engineer, Go and PostgreSQL, remote."), two sentences, loose bullets. A clause
 * that asks for something ("5+ years…", "you will need…") or only lists skills
 * becomes requirements — one per separately named skill, split on commas,
 * semicolons and "and" (never "or": "Go or Rust" asks for one). They are
 * must-haves unless the clause says "nice to have", "a bonus", "preferred"…
 * Bullets that describe work are responsibilities.
 */
import type { Requirement } from '../../../../shared/domain.js';
import { findTerms } from '../lexicon.js';
import { STOPWORDS, words } from '../text.js';
import { conceptsIn } from './concepts.js';
import { type DocLine, wordCount } from './normalize.js';
import { GENERIC, OPTIONAL, REQUIREMENTISH, requirementSkills, toRequirement } from './requirements.js';

interface Piece {
  text: string;
  /** Joined to the piece before it by "and" (rather than a comma). */
  and: boolean;
}

/** Qualifiers and work modes around a skill that name nothing themselves. */
const FILLER = new Set([
  ...STOPWORDS, ...GENERIC,
  ...('need needs want solid modern hands-on proficiency proficient expert fluent fluency remote hybrid onsite on-site ' +
    'full-time part-time contract bonus ideally preferably must tools stack frameworks framework tooling ecosystem ' +
    'senior junior practical production professional commercial looking').split(' '),
]);
/** A clause that opens with a verb of work describes a duty, not a skill asked for. */
const DUTY = /^(?:build|design|own|lead|run|define|work|ship|drive|partner|collaborate|develop|maintain|manage|create|write|improve|deliver|support|mentor|operate|help|scale|implement|launch|join|shape|grow|plan|review|deploy|monitor|automate|migrate|contribute|report)\b/i;
const LEAD_IN = /^(?:and|or|plus|with|also|including|you(?:'ll| will)? (?:need|work with|use)|we need|must have|you have|requires?|required)\b[\s:]*/i;

/** True when the text names a lexicon term or a multi-word concept. */
function namesSkill(text: string): boolean {
  return findTerms(text).length > 0 || conceptsIn(text).names.length > 0;
}

/** Words left once the skills (up to three-word names) and filler are taken out. */
function leftover(text: string): number {
  const ws = words(text);
  const used = ws.map((w) => FILLER.has(w) || /^\d/.test(w));
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= ws.length; i++) if (namesSkill(ws.slice(i, i + n).join(' '))) used.fill(true, i, i + n);
  }
  return used.filter((u) => !u).length;
}

/** A piece that is a skill with at most a qualifier or two ("strong SQL", "Tableau skills"), or a short aside ("hybrid in Leeds"). */
function isListPiece(text: string): boolean {
  return !DUTY.test(text) && leftover(text) <= 2;
}

/** The text with bracketed characters replaced (same length), so "(AWS, GCP)" is never split. */
function maskBrackets(text: string): string {
  let depth = 0;
  let out = '';
  for (const c of text.split('')) {
    if (c === ')') depth = Math.max(0, depth - 1);
    out += depth > 0 ? '_' : c;
    if (c === '(') depth++;
  }
  return out;
}

/** Pieces of a clause split at commas and "and" outside brackets; one piece when it says "or". */
function splitPieces(clause: string): Piece[] {
  if (/\bor\b|\beither\b|\bone of\b/i.test(clause)) return [{ text: clause, and: false }];
  const masked = maskBrackets(clause);
  const pieces: Piece[] = [];
  let start = 0;
  let and = false;
  for (const m of masked.matchAll(/\s*,\s*(and\s+)?|\s+and\s+/gi)) {
    pieces.push({ text: clause.slice(start, m.index), and });
    and = /and/i.test(m[0]);
    start = m.index + m[0].length;
  }
  pieces.push({ text: clause.slice(start), and });
  return pieces.filter((p) => p.text.trim().length > 0);
}

/** Words saying a piece is optional; once split off, `required: false` says it instead. */
const OPTIONAL_WORDS = /^(?:ideally|preferably)\s+|\s+(?:(?:is|are)\s+(?:an?\s+)?(?:big\s+)?(?:plus|bonus)|(?:is |are )?(?:preferred|desirable|nice to have))$/i;

/** "strong SQL." → "Strong SQL", "Redis are a plus" → "Redis": a split-off piece read as a requirement of its own. */
function tidy(text: string): string {
  const t = text.trim().replace(/^[^:]{1,24}:\s*/, '').replace(LEAD_IN, '').replace(LEAD_IN, '').replace(/[\s.,;:!]+$/, '').replace(OPTIONAL_WORDS, '');
  // "strong SQL" → "Strong SQL"; "gRPC" and "iOS" keep their spelling.
  return /^[a-z]+\b/.test(t) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
}

/**
 * Which pieces a "nice to have" covers: from a piece that opens with it
 * ("…, ideally Kafka") onwards; a trailing one ("Kafka and Redis are a plus")
 * covers its whole "and" run, or the whole list when it closes the clause.
 */
function optionalFlags(pieces: Piece[]): boolean[] {
  const flags = pieces.map(() => false);
  const at = pieces.findIndex((p) => OPTIONAL.test(p.text));
  if (at < 0) return flags;
  if (OPTIONAL.exec(pieces[at]!.text)?.index === 0) return flags.map((_, i) => i >= at);
  if (at === pieces.length - 1) return flags.map(() => true);
  let first = at;
  while (first > 0 && pieces[first]!.and) first--;
  return flags.map((_, i) => i >= first && i <= at);
}

/** Requirements one clause states: one per named skill; a clause asking for one thing ("5+ years of Go, ideally in logistics") stays whole. */
function clauseRequirements(clause: string, shortLine: boolean): Requirement[] {
  const pieces = splitPieces(clause);
  const skillful = pieces.filter((p) => namesSkill(p.text));
  const asks = REQUIREMENTISH.test(clause);
  const lists = skillful.length > 0 && pieces.every((p) => isListPiece(p.text));
  if (!asks && !(lists && (!shortLine || skillful.length >= 2))) return [];
  if (asks && skillful.length < 2) return [toRequirement(clause.trim(), true)];
  const optional = optionalFlags(pieces);
  return pieces.flatMap((p, i) => {
    if (!namesSkill(p.text) && !REQUIREMENTISH.test(p.text)) return [];
    const text = tidy(p.text);
    return [{ text, skills: requirementSkills(text), required: !optional[i] }];
  });
}

/** The line without the job title and what leads to it ("We're hiring a Senior Engineer with…" → "with…"). */
function afterTitle(text: string, title: string | null): string {
  if (!title) return text;
  const at = text.toLowerCase().indexOf(title.toLowerCase());
  return at < 0 ? text : text.slice(at + title.length).replace(/^[\s,;:.–—-]+/, '').replace(/^(?:with|who (?:has|knows|brings))\s+/i, '');
}

/** Requirements and responsibilities of a JD that has no requirement headings. */
export function readLooseJob(lines: DocLine[], title: string | null): { requirements: Requirement[]; responsibilities: string[] } {
  const requirements: Requirement[] = [];
  const responsibilities: string[] = [];
  for (const line of lines) {
    const text = afterTitle(line.text, title);
    const clauses = text.split(/\s*;\s*|(?<=[.!?])\s+/).filter((c) => /[a-z]/i.test(c));
    const found = clauses.flatMap((c) => clauseRequirements(c, !line.bullet && wordCount(line.text) < 5));
    if (found.length > 0) requirements.push(...found);
    else if (line.bullet && wordCount(line.text) >= 2) responsibilities.push(line.text);
  }
  return { requirements, responsibilities };
}
