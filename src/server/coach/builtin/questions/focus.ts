/**
 * The focus box ("hint") can name a skill rather than a competency:
 * "kubernetes" matches no competency and, before this, no question either, so
 * it was silently ignored. Here a focus naming a known tool or skill gets
 * questions about that skill — tied to the JD line that asks for it when there
 * is one — and `focusNote` reports focus words that still matched nothing.
 */
import type { GeneratedQuestion, Profile } from '../../../../shared/domain.js';
import { COMPETENCIES, normaliseCompetency } from '../competencies.js';
import { findTerms, hasTerm, isKnownTool } from '../lexicon.js';
import { nameIn } from '../profile/concepts.js';
import { clip, contentStems, STOPWORDS, uniq, words } from '../text.js';
import type { Candidate } from './personal.js';
import { isSoftwareRole, softwareTermCount } from './software-role.js';

/** Skills and tools the focus names that are not competencies (those already steer the mix). */
export function focusSkills(hint: string): string[] {
  return findTerms(hint).filter((t) => !COMPETENCIES[normaliseCompetency(t)]);
}

const RATIONALE = 'You asked to focus on this; interviewers test a named skill by asking how you used it, what broke, and when you would not use it.';

type Ask = (s: string) => string;

/**
 * Generic probes of one skill, by level; "any" ones fill in at every level. A
 * second wording is for a skill outside software: a pharmacist's "GCP" has no
 * production, and nobody advises against a regulation.
 */
const PROBES: ReadonlyArray<readonly [Candidate['level'], GeneratedQuestion['category'], Ask, Ask?]> = [
  ['easy', 'technical', (s) => `How have you used ${s} in your work, and what did you use it for?`],
  [
    'medium',
    'technical',
    (s) => `Tell me about a problem you hit with ${s} in production. How did you find the cause, and what did you change?`,
    (s) => `Tell me about a problem with ${s} that you had to solve at work. How did you find the cause, and what did you change?`,
  ],
  [
    'hard',
    'technical',
    (s) => `When would you advise against ${s}? Walk me through the trade-offs against the alternative you know best.`,
    (s) => `Where is ${s} hardest to get right in real work, and how do you handle that?`,
  ],
  ['any', 'situational', (s) => `You join a team that is new to ${s}. What would you set up first, what would you leave out, and which risks would you watch?`],
  ['any', 'technical', (s) => `What is the most common mistake teams make with ${s}, and how would you spot it early?`],
];

/**
 * Software wording only for a software subject ("kubernetes"), or a tool the
 * lexicon knows in a software role ("GCP" for a backend engineer); everything
 * else — "GCP inspections" for a pharmacist, Excel for an accountant — gets the
 * trade-neutral wording.
 */
function softwareSubject(profile: Profile, skill: string): boolean {
  return softwareTermCount(skill) > 0 || (isKnownTool(skill) && isSoftwareRole(profile));
}

/** The generic probes of one skill, as written for its field. */
function probes(name: string, skill: string, software: boolean): Candidate[] {
  return PROBES.map(([level, category, ask, neutral]) => {
    const text = (software ? ask : (neutral ?? ask))(name);
    return { q: { text, category, competency: 'technical_depth', rationale: RATIONALE, source: { kind: 'bank', text: skill } }, level, weight: 2.5 };
  });
}

/** Questions about each skill the focus names; JD lines that ask for the skill come first. */
export function focusCandidates(profile: Profile, hint: string | undefined): Candidate[] {
  if (!hint) return [];
  const out: Candidate[] = [];
  for (const skill of focusSkills(hint)) {
    const jdLines = [...profile.job.requirements.map((r) => r.text), ...profile.job.responsibilities].filter((l) => hasTerm(l, skill));
    // Written as the JD writes it ("Kubernetes"), else as the user typed it.
    const name = [...jdLines, hint].map((t) => nameIn(t, skill)).find((n) => n.toLowerCase() === skill && n !== skill) ?? nameIn(hint, skill);
    for (const line of jdLines.slice(0, 2)) {
      const text = `This role involves “${clip(line.replace(/[.;]\s*$/, ''), 100)}”. What have you done with ${name}, and what was the hardest part?`;
      out.push({ q: { text, category: 'technical', competency: 'technical_depth', rationale: RATIONALE, source: { kind: 'job_description', text: line } }, level: 'any', weight: 3.5 });
    }
    out.push(...probes(name, skill, softwareSubject(profile, skill)));
  }
  return out;
}

/**
 * A note for the user when focus words matched none of the returned questions,
 * or null when every focus word was used. The question service can show it next
 * to "N questions added" so an unused focus is never silent.
 */
export function focusNote(hint: string | undefined, questions: readonly GeneratedQuestion[]): string | null {
  if (!hint?.trim()) return null;
  const hay = contentStems(questions.map((q) => `${q.text} ${q.competency.replace(/_/g, ' ')} ${q.category.replace(/_/g, ' ')} ${q.source.text}`).join(' '));
  const unused = uniq(words(hint).filter((w) => w.length > 2 && !STOPWORDS.has(w)).filter((w) => ![...contentStems(w)].some((s) => hay.has(s))));
  if (unused.length === 0) return null;
  const list = unused.map((w) => `“${w}”`).join(', ');
  return `No question matched ${list}. The focus box works best with a competency (leadership, conflict, system design) or a skill named in your resume or the job description.`;
}
