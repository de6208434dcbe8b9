/**
 * A role's header in the resume's own words ("Customer Support Agent — Brightmoor
 * Energy, Cardiff (2016 – 2020)", "Brightmoor Energy | Customer Support Agent")
 * split into its title and employer, and the one way to write a role back out.
 * The title is the fragment headed by a job noun (agent, engineer, lead…); when no
 * fragment has one, the fragment that reads like a company is the employer and the
 * other the title — never a title used as an employer (session 8).
 */
import type { Role } from '../../../../shared/domain.js';
import { wordCount } from './normalize.js';

/** Job nouns: a fragment containing one reads like a title. */
export const TITLE_WORDS =
  /\b(?:engineer|developer|programmer|manager|lead|head|director|architect|analyst|designer|scientist|consultant|intern|specialist|officer|coordinator|associate|administrator|vp|vice president|president|founder|co-founder|cto|ceo|cfo|coo|owner|researcher|editor|writer|strategist|advisor|adviser|executive|representative|rep|technician|assistant|teacher|instructor|principal|staff|sre|devops|product|marketer|recruiter|accountant|nurse|supervisor|partner|fellow|contractor|freelance|freelancer|agent|clerk|operator|advocate|controller|dispatcher|planner|buyer|trainer|tutor|lecturer|professor|librarian|receptionist|secretary|cashier|barista|chef|cook|driver|courier|mechanic|electrician|apprentice|trainee|auditor|bookkeeper|underwriter|paralegal|solicitor|lawyer|attorney|pharmacist|therapist|physician|inspector|surveyor|translator|interpreter|journalist|reporter|producer|photographer|handler|steward|volunteer|ambassador|tester|worker|organiser|organizer)s?\b/i;

/** Words that make a fragment read like a company or organisation rather than a title. */
export const EMPLOYER_WORDS =
  /\b(?:inc|ltd|llc|llp|plc|gmbh|corp|co|company|group|holdings|bank|energy|telecom|labs?|technologies|tech|systems|solutions|partners|council|university|college|school|hospital|nhs|trust|agency|studios?|coffee|foods?|logistics|media|health|ventures|services|consulting|capital|insurance|airlines?|airways|ferries|rail(?:ways)?|retail|stores?|books|freight|software|digital|networks?|industries|international|global|foundation|charity|ministry|department|hotels?|restaurants?|café|cafe|bakery|shop|clinic|pharmacy|motors|finance|financial|analytics|robotics)\b|&/i;

export const LOCATION = /^(?:remote|hybrid|on-?site|[A-Z][a-zA-Z. ]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+)|london|berlin|paris|new york|san francisco|toronto|amsterdam|singapore|dublin|remote \(.*\))$/i;
const SEPARATORS = /\s+(?:\||–|—|-|·|@|at)\s+|\s*[|·•,]\s*|\s+\(|\)\s*/;

export interface RoleHeader {
  title: string;
  employer: string;
}

/** Lower-case words only, for comparing names, titles and employers written differently. */
export function normalName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9à-ÿ+#&]+/g, ' ').replace(/\b(?:inc|ltd|llc|gmbh|plc|corp|limited)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The fragment without the candidate's name: "" when it is only the name, the rest when it opens with it. */
export function withoutPerson(fragment: string, person: string | null): string {
  if (!person) return fragment;
  const name = person.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+');
  return fragment.replace(new RegExp(`^\\s*${name}\\s*(?:[/|,·•:–—-]\\s*|$)`, 'i'), '').trim();
}

/**
 * How strongly a fragment reads as a title: 2 when its head noun is a job noun
 * ("Customer Support Agent", "Head of Support"), 1 when a job noun sits elsewhere
 * ("Product Hunt"), 0 without one; a company-like fragment loses a point.
 */
function titleScore(p: string): number {
  if (!TITLE_WORDS.test(p) || wordCount(p) > 8) return 0;
  const head = p.replace(/\s+(?:of|for|to|in)\s+.*$/i, '').split(/\s+/).pop() ?? '';
  const first = p.split(/\s+/)[0] ?? '';
  const headed = TITLE_WORDS.test(head) || /^(?:head|director|vp|chief)$/i.test(first);
  return (headed ? 2 : 1) - (EMPLOYER_WORDS.test(p) ? 1 : 0);
}

/** One piece of a role header; `aside` when it was written in brackets. */
interface Fragment {
  text: string;
  aside: boolean;
}

const BRACKET = /\(([^()]*)\)/g;

/**
 * A header fragment split at separators; a bracket ("Science Teacher (Chemistry
 * specialist), Kirkgate High School") is an aside to the piece before it, not a
 * piece of the header in its own right.
 */
function piecesOf(f: string): Fragment[] {
  const out: Fragment[] = [];
  const add = (s: string, aside: boolean): void => {
    for (const text of s.split(SEPARATORS)) out.push({ text, aside });
  };
  let last = 0;
  for (const m of f.matchAll(BRACKET)) {
    add(f.slice(last, m.index), false);
    add(m[1]!, true);
    last = m.index + m[0].length;
  }
  add(f.slice(last), false);
  return out;
}

const tidy = (p: string): string => p.replace(/^[\s,;:|()–—-]+|[\s,;:|()–—-]+$/g, '').trim();

/** Header fragments: split at separators, trimmed of punctuation, without locations or the candidate's name. */
function fragmentsOf(fragments: string[], person: string | null): Fragment[] {
  const parts: Fragment[] = [];
  for (const raw of fragments) {
    const f = withoutPerson(raw, person);
    if (!f) continue;
    const at = /^(.*?)\s+at\s+(.+)$/i.exec(f);
    // "Agent at Brightmoor Energy, Cardiff": the employer's side still carries a location.
    parts.push(...(at && TITLE_WORDS.test(at[1]!) ? [...piecesOf(at[1]!), ...piecesOf(at[2]!)] : piecesOf(f)));
  }
  const self = person ? normalName(person) : null;
  for (const p of parts) p.text = tidy(p.text);
  return parts.filter((p) => p.text.length > 1 && !LOCATION.test(p.text) && normalName(p.text) !== self && wordCount(p.text) <= 8 && !/^\d/.test(p.text));
}

/** The title when no fragment has a job noun: beside a company-like fragment, or first of two ("Barista — Harbour Roasters"). */
function titleWithoutJobNoun(clean: string[]): string {
  if (clean.length < 2) return '';
  const company = clean.findIndex((p) => EMPLOYER_WORDS.test(p));
  if (company >= 0) return clean.find((p, i) => i !== company && !EMPLOYER_WORDS.test(p)) ?? '';
  return clean[0]!;
}

/** The best title among the pieces: the one whose head is a job noun, else the one beside a company-like name. */
function pickTitle(pieces: string[]): string {
  let title = '';
  let best = 0;
  for (const p of pieces) {
    const s = titleScore(p);
    if (s > best) [title, best] = [p, s];
  }
  return title || titleWithoutJobNoun(pieces);
}

/**
 * Title and employer from the header fragments of one role; `person` (the
 * candidate's name) is never either. Bracketed asides are read only when the rest
 * names no title or no employer ("Software Engineer (Google)"): "Science Teacher
 * (Chemistry specialist), Kirkgate High School" is a Science Teacher at Kirkgate
 * High School, the bracket left out of the title.
 */
export function parseHeader(fragments: string[], person: string | null = null): RoleHeader {
  const all = fragmentsOf(fragments, person);
  const main = all.filter((p) => !p.aside).map((p) => p.text);
  const title = pickTitle(main) || pickTitle(all.map((p) => p.text));
  const employer = main.find((p) => p !== title) ?? all.find((p) => p.text !== title)?.text ?? '';
  return { title, employer };
}

/**
 * A role written out for people and prompts: "Customer Support Agent at
 * Brightmoor Energy (2016 – 2020)"; a missing title or employer is left out, never
 * replaced by stray punctuation.
 */
export function roleLabel(role: Pick<Role, 'title' | 'employer' | 'dates'>): string {
  const who = role.title && role.employer ? `${role.title} at ${role.employer}` : role.title || role.employer || 'A role';
  return role.dates ? `${who} (${role.dates})` : who;
}
