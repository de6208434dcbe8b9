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
 *
 * A degree requirement is read by field and level (`degrees.ts`: a PharmD meets
 * "a healthcare degree"); a bracketed list of examples stands for the thing before
 * it ("a WMS (Manhattan, Blue Yonder)": any of them, or the WMS itself, will do); the
 * years are years of the requirement's subject (`years.ts`), or of an alternative it
 * accepts ("(teaching experience counts)"); names in a bracket that stands for no
 * named skill, or joined by slashes ("authoring tools (Articulate Storyline/Rise,
 * Camtasia)"), are one more thing to show, any of them showing it. What the candidate
 * only hopes to do ("…, moving into clinical research") is never evidence.
 */
import type { GapEntry, Requirement } from '../../../../shared/domain.js';
import { findTerms, isKnownTool } from '../lexicon.js';
import { contentStems, STOPWORDS, uniq } from '../text.js';
import { conceptsIn, isConcept, nameIn, shows } from './concepts.js';
import { degreeAsk, readDegree } from './degrees.js';
import { acceptedAlternatives, acronymsIn, examplesIn, GENERIC, mainPart, slashListsIn } from './requirements.js';
import { isContactLine } from './normalize.js';
import type { ResumeProfile } from './resume.js';
import { type FoundRole, normalName } from './roles.js';
import { readAlternativeYears, readYears, yearsAsk, type YearsReading } from './years.js';

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

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A bracketed list of examples the lexicon does not know ("a WMS (Manhattan, Blue Yonder)"), and the named skills it stands for. */
interface Examples {
  heads: string[];
  items: string[];
  bracket: string;
}

/**
 * The example lists of a requirement and what each stands for: the named skill
 * just before the bracket ("WMS"), or several abbreviations side by side ("CTMS and
 * EDC systems"). Brackets of tools the lexicon knows ("(AWS, GCP or Azure)") keep
 * their usual reading.
 */
function examplesOf(text: string, named: string[], acronyms: string[]): Examples[] {
  return examplesIn(text).flatMap((e) => {
    if (e.items.every((i) => findTerms(i).length > 0)) return [];
    const at = (s: string): number => e.head.toLowerCase().lastIndexOf(nameIn(e.head, s).toLowerCase());
    const inHead = named.filter((s) => at(s) >= 0).sort((a, b) => at(a) - at(b));
    const last = inHead[inHead.length - 1];
    if (!last) return [];
    const heads = acronyms.includes(last) ? inHead.filter((s) => acronyms.includes(s)) : [last];
    return [{ heads, items: e.items, bracket: e.bracket }];
  });
}

/** True when the line names the example: a name of two words or more anywhere, one word ("Manhattan") only beside the thing it is an example of. */
function namesExample(line: string, item: string, head: string): boolean {
  const named = new RegExp(`(?<![A-Za-z0-9])${escapeRe(item)}(?![A-Za-z0-9])`).test(line);
  return named && (/\s/.test(item) || findTerms(item).length > 0 || shows(line, head));
}

/**
 * Named alternatives that stand for one thing the requirement asks: "authoring
 * tools (Articulate Storyline/Rise, Camtasia)" is shown by any one of them. It
 * decides like one named skill, under `key`.
 */
interface Group {
  key: string;
  /** What the names are examples of ("authoring tools"), for "but not …". */
  label: string;
  items: string[];
  /** The bracket or slash list as written, left out of the requirement's plain text. */
  written: string;
}

/** "Experience with authoring tools" → "authoring tools": what a bracket of examples is of. */
function category(head: string): string {
  const ws = head.split(/\s+/).filter(Boolean);
  while (ws.length > 0 && (GENERIC.has(ws[0]!.toLowerCase()) || STOPWORDS.has(ws[0]!.toLowerCase()))) ws.shift();
  return ws.join(' ');
}

/** Brackets of names that stand for no named skill before them, and names joined by slashes. */
function groupsOf(text: string, examples: Examples[]): Group[] {
  const taken = new Set(examples.map((e) => e.bracket));
  const brackets = examplesIn(text).filter((e) => !taken.has(e.bracket) && !e.items.every((i) => findTerms(i).length > 0));
  const lists = [
    ...brackets.map((e) => ({ written: e.bracket, items: e.items, label: category(e.head) })),
    ...slashListsIn(text).map((l) => ({ written: l.written, items: l.items, label: l.written })),
  ];
  return lists.map((l, i) => ({ ...l, key: `group:${i}`, label: l.label || l.items.join(' or ') }));
}

/** True when the text names the item: a lexicon name in any of its forms, a name of several words in any case, one word as written. */
function namesItem(text: string, item: string): boolean {
  const known = findTerms(item);
  if (known.length > 0) return known.some((t) => shows(text, t));
  return new RegExp(`(?<![A-Za-z0-9])${escapeRe(item)}(?![A-Za-z0-9])`, /\s/.test(item) ? 'i' : '').test(text);
}

/** How a requirement's skills are read: which decide, and how each is shown. */
interface SkillView {
  named: string[];
  deciding: string[];
  /** The requirement without its example brackets and name lists, for "A or B". */
  plain: string;
  showsIn: (line: string, skill: string) => boolean;
  groups: Group[];
}

/**
 * Named skills decide; a skill named only inside an example bracket is one of the
 * examples, not a further demand; a group of named alternatives decides as one.
 */
function skillView(req: Requirement, skills: string[], own: string[]): SkillView {
  const acronyms = acronymsIn(req.text);
  const candidates = skills.filter((s) => isConcept(s) || findTerms(s).includes(s) || own.includes(s) || acronyms.includes(s));
  const examples = examplesOf(req.text, candidates, acronyms);
  const groups = groupsOf(req.text, examples);
  const grouped = new Set(groups.flatMap((g) => g.items.flatMap((i) => [i.toLowerCase(), ...findTerms(i)])));
  const named = [...candidates.filter((s) => !grouped.has(s)), ...groups.map((g) => g.key)];
  const plain = [...examples.map((e) => e.bracket), ...groups.map((g) => g.written)].reduce((t, w) => t.replace(w, ' '), req.text);
  const group = (s: string): Group | undefined => groups.find((g) => g.key === s);
  const strong = named.filter((s) => group(s) || ((isKnownTool(s) || isConcept(s) || own.includes(s) || acronyms.includes(s)) && (examples.length === 0 || shows(plain, s))));
  // "infrastructure as code (Terraform)": the tool in brackets stands for the concept, not beside it.
  const deciding = (strong.length > 0 ? strong : named).filter((c) => !isConcept(c) || !named.some((t) => t !== c && !isConcept(t) && shows(t, c)));
  const showsIn = (line: string, skill: string): boolean => {
    const g = group(skill);
    if (g) return g.items.some((i) => namesItem(line, i));
    return shows(line, skill) || examples.some((e) => e.heads.includes(skill) && e.items.some((i) => namesExample(line, i, skill)));
  };
  return { named, deciding, plain, showsIn, groups };
}

/** Named tools and concepts decide coverage; broad skill words only when none is named; keywords by majority. */
function readSkills(req: Requirement, lines: string[], resume: Pick<ResumeProfile, 'skills' | 'tools' | 'listed'>): Reading {
  const own = listedNamedIn(req.text, resume.listed);
  const skills = uniq([...req.skills, ...own]);
  if (skills.length === 0) {
    const evidence = overlapLines(lines, req.text);
    return { status: evidence.length > 0 ? 'covered' : 'none', evidence };
  }
  const { named, deciding, plain, showsIn, groups } = skillView(req, skills, own);
  const listed = [...resume.skills, ...resume.tools].join(', ');
  const asWritten = [...resume.listed, listed].join(', ');
  const isShown = (s: string): boolean => lines.some((l) => showsIn(l, s)) || (s.startsWith('group:') ? showsIn(asWritten, s) : shows(listed, s));
  // Evidence shows what decides: the named skills when there are any ("Zendesk", not the "desk" of a job title).
  const evidence = uniq((named.length > 0 ? named : skills).flatMap((s) => lines.filter((l) => showsIn(l, s))));
  if (named.length === 0) {
    // Salient keywords, not named skills: most of them is enough.
    const matched = skills.filter(isShown).length;
    return { status: matched >= Math.ceil(skills.length / 2) ? 'covered' : 'missing', evidence };
  }
  const shown = deciding.filter(isShown);
  const missing = deciding.filter((s) => !shown.includes(s));
  if (shown.length === 0) return { status: 'missing', evidence: [] };
  if (missing.length === 0 || / or |either|one of/i.test(plain)) return { status: 'covered', evidence };
  const name = (s: string, on: boolean): string => {
    const g = groups.find((x) => x.key === s);
    if (!g) return nameIn(req.text, s);
    // A group shown is named by what the resume shows ("Articulate Rise"), a missing one by what it stands for.
    return on ? (g.items.find((i) => [...lines, asWritten].some((l) => namesItem(l, i))) ?? g.label) : g.label;
  };
  return { status: 'partial', evidence, note: `your resume shows ${list(shown.map((s) => name(s, true)))} but not ${list(missing.map((s) => name(s, false)))}` };
}

/**
 * A degree requirement is read by field and level, and so is a background in a
 * field ("pharmacy or nursing background") unless it also names skills
 * ("engineering background with distributed systems": those decide); any other
 * requirement by its skills.
 */
function readRequirement(req: Requirement, lines: string[], resume: ResumeProfile): Reading {
  const main = mainPart(req.text);
  const ask = degreeAsk(main);
  const namesSkills = findTerms(main).length > 0 || conceptsIn(main).names.length > 0 || acronymsIn(main).length > 0;
  return ask && (ask.degree || !namesSkills) ? readDegree(ask, resume.degrees, lines) : readSkills(req, lines, resume);
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

function combine(skills: Reading, years: YearsReading | null, found: FoundRole[]): Reading {
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

/**
 * What the candidate hopes to do next ("…, moving into clinical research",
 * "looking to break into product"): not evidence of having done it.
 */
const HOPES = /\s*(?:[,;]\s*|\b(?:and|but)\s+)?\b(?:(?:now|currently)\s+)?(?:(?:moving|transitioning|switching|pivoting|changing careers?) into|career (?:change|move|switch) (?:in)?to|(?:looking|seeking|hoping|keen|eager|aiming|wanting) to (?:move|break|get|transition|pivot|switch) into|aspiring to|interested in (?:a )?(?:career|role|move|moving) in(?:to)?)\b[^.!?]*/gi;

/** The resume's content lines as evidence: no contact lines, no hopes; `original` gives back each line as the resume wrote it. */
function evidenceLines(resume: ResumeProfile): { lines: string[]; original: Map<string, string> } {
  const original = new Map<string, string>();
  const lines: string[] = [];
  // Contact details mention words like "backend" in a headline but show nothing.
  for (const line of resume.allLines.filter((l) => !isContactLine(l))) {
    const own = line.replace(HOPES, '').trim();
    if (!own) continue;
    if (!original.has(own)) original.set(own, line);
    lines.push(own);
  }
  return { lines, original };
}

/** The resume's content lines as evidence, and the year to count "present" to. */
interface Reader {
  lines: string[];
  resume: ResumeProfile;
  now: number;
}

/** A requirement read by its skills (or degree) and its years. */
function readAll(req: Requirement, { lines, resume, now }: Reader): Reading {
  const years = yearsAsk(req.text);
  return combine(readRequirement(req, lines, resume), years ? readYears(years.years, years.subject, resume, lines, now) : null, resume.found);
}

const RANK: Record<Reading['status'], number> = { covered: 3, partial: 2, missing: 1, none: 0 };

/**
 * Years of an alternative the requirement accepts ("3+ years …; teaching experience
 * counts" takes 3+ years of teaching), evidence naming each role once.
 */
function readAlternative(alternative: string, needed: number, r: Reader): Reading {
  const subject = yearsAsk(`${needed}+ years ${alternative}`)?.subject;
  if (!subject) return { status: 'missing', evidence: [] };
  const years = readAlternativeYears(needed, subject, r.resume, r.lines, r.now);
  return { ...years, evidence: oncePerRole(years.evidence, r.resume.found) };
}

/**
 * A years requirement that accepts another experience ("(teaching experience
 * counts)") is read as written, then for each alternative: the best reading wins.
 * Without one, years are years of the requirement's own subject. A degree's
 * "pharmacy background welcome" is a plus, not a replacement: only years take one.
 */
function readGap(req: Requirement, r: Reader): Reading {
  let best = readAll(req, r);
  const accepts = best.status === 'covered' ? null : acceptedAlternatives(req.text);
  const needed = accepts ? yearsAsk(accepts.main)?.years : undefined;
  if (!accepts || needed === undefined) return best;
  for (const alternative of accepts.alternatives) {
    const reading = readAlternative(alternative, needed, r);
    if (RANK[reading.status] > RANK[best.status]) best = reading;
  }
  return best;
}

/** One gap entry per requirement, in JD order. */
export function gapMap(requirements: Requirement[], resume: ResumeProfile, now = new Date().getUTCFullYear()): GapEntry[] {
  const { lines, original } = evidenceLines(resume);
  const quote = (evidence: string[]): string[] => uniq(evidence.map((e) => original.get(e) ?? e)).slice(0, MAX_EVIDENCE);
  return requirements.map((req) => {
    const r = readGap(req, { lines, resume, now });
    const base = { requirement: req.text, required: req.required };
    if (r.status === 'partial') return { ...base, covered: false, evidence: quote(r.evidence), partly: r.note ?? 'some of it' };
    if (r.status !== 'covered') return { ...base, covered: false, evidence: [] };
    const evidence = r.evidence.length > 0 ? r.evidence : skillsEvidence(req, resume);
    return { ...base, covered: true, evidence: quote(evidence) };
  });
}
