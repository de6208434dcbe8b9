/**
 * Technical questions about the craft of a role that is not software work:
 * the curated technical bank asks about memory leaks and caches, which a
 * pharmacist or a warehouse lead cannot use. These are built from the job
 * description — what the job involves, the named methods and systems it asks
 * for — and the candidate's current role, with templates that work for any
 * trade: how would you do it here, what would you check first when it goes
 * wrong, explain it to a new colleague.
 */
import type { Difficulty, GeneratedQuestion, Profile } from '../../../../shared/domain.js';
import type { Candidate } from './personal.js';
import { type Phrase, phraseOf } from './phrase.js';
import { namedTerms } from './terms.js';

/** The competency of every craft question: knowing the job itself (shown as "Role knowledge"). */
export const CRAFT_COMPETENCY = 'role_knowledge';

const LEVELS: readonly Difficulty[] = ['easy', 'medium', 'hard'];

/** What to ask about a piece of the job, by level; lines take turns so one batch does not repeat a wording. */
const TAILS: Record<Difficulty, readonly string[]> = {
  easy: [
    'Walk me through how you would handle that in your first month, step by step.',
    'Which tools, records or checks would you rely on for that, and why?',
    'What does doing that well look like day to day, and how have you done it before?',
    'What would you want to learn first about how we do that here, and why?',
  ],
  medium: [
    'What would you check first if that started going wrong, and why?',
    'What are the most common ways that goes wrong, and how would you spot each one early?',
    'How would you explain to a new colleague what good looks like there, and the mistakes to avoid?',
    'How would you know, week to week, whether that was going well? Which measures or signs would you watch?',
  ],
  hard: [
    'Which early warning signs would tell you it is about to go wrong, and what would you put in place before it does?',
    'When the usual procedure does not fit the situation in front of you, how do you decide what to do instead? Use an example from your own work.',
    'What is a mistake there that looks harmless but causes real damage later, and how would you catch it?',
    'Where do the usual ways of doing that fall short, and what would you do differently, based on your own experience?',
  ],
};

/** Questions about a named method or system ("Explain CAPA to a new colleague…"). */
const TERM_ASKS: Record<Difficulty, (t: string) => string> = {
  easy: (t) => `Explain ${t} to a new colleague: what it is for, and what they must never get wrong.`,
  medium: (t) => `How does ${t} work in practice, and where have you seen it go wrong?`,
  hard: (t) => `Where does ${t} break down in practice, and what do you do when it does?`,
};

const RATIONALE = {
  line: 'Interviewers test the craft a role is built on: how you would do it here, step by step, and what you would check when it goes wrong.',
  term: 'Named methods and systems in a job description get tested: can you explain what they are for and where they fail, in your own words?',
  role: 'Interviewers gauge the depth of your craft from the hardest part of the job you do now.',
};

function opener(p: Phrase, from: 'requirement' | 'responsibility'): string {
  if (from === 'requirement') return p.kind === 'verb' ? `This role needs you to ${p.text}.` : `This role involves ${p.text}.`;
  return p.kind === 'verb' ? `Part of this job is to ${p.text}.` : `Part of this job is ${p.text}.`;
}

function candidate(text: string, level: Difficulty, weight: number, rationale: string, source: GeneratedQuestion['source']): Candidate {
  return { q: { text, category: 'technical', competency: CRAFT_COMPETENCY, rationale, source }, level, weight };
}

/** One question per level for each requirement and responsibility a clean phrase can be cut from. */
function lineQuestions(profile: Profile, context: string): Candidate[] {
  // Earlier lines weigh more within each list; responsibilities (what the job does) a little
  // more than requirements (often a list of backgrounds), and a must-have more than a plus.
  const lines = [
    ...profile.job.requirements.map((r, i) => ({ line: r.text, from: 'requirement' as const, weight: 3.1 + (r.required ? 0.1 : 0) - i * 0.08 })),
    ...profile.job.responsibilities.map((line, i) => ({ line, from: 'responsibility' as const, weight: 3.25 - i * 0.08 })),
  ];
  const out: Candidate[] = [];
  let turn = 0;
  for (const { line, from, weight } of lines) {
    const phrase = phraseOf(line, context);
    if (!phrase) continue;
    for (const level of LEVELS) {
      const tails = TAILS[level];
      const text = `${opener(phrase, from)} ${tails[turn % tails.length]!}`;
      out.push(candidate(text, level, weight, RATIONALE.line, { kind: 'job_description', text: line }));
    }
    turn++;
  }
  return out;
}

function termQuestions(profile: Profile): Candidate[] {
  const lines = [...profile.job.requirements.map((r) => r.text), ...profile.job.responsibilities];
  const exclude = `${profile.job.title ?? ''} ${profile.job.company ?? ''}`;
  return namedTerms(lines, exclude).flatMap(({ name, line }, i) =>
    LEVELS.map((level) => candidate(TERM_ASKS[level](name), level, 3 - i * 0.1, RATIONALE.term, { kind: 'job_description', text: line })),
  );
}

/** About the candidate's current role, by its title: the depth they already have. */
function currentRole(profile: Profile): Candidate[] {
  const role = profile.resume.roles.find((r) => r.title);
  if (!role) return [];
  const as = `In your role as ${role.title}${role.employer ? ` at ${role.employer}` : ''}`;
  const src = { kind: 'resume' as const, text: role.title };
  return [
    candidate(`${as}, what is the most technically demanding part of the work, and how do you handle it?`, 'easy', 2.7, RATIONALE.role, src),
    candidate(`${as}, which check or procedure do you trust least, and what would you change about it?`, 'hard', 2.7, RATIONALE.role, src),
  ];
}

/** Technical questions about this role's own craft, from the JD and the resume. */
export function craftCandidates(profile: Profile): Candidate[] {
  const context = [...profile.job.responsibilities, ...profile.job.requirements.map((r) => r.text)].join('\n');
  return [...lineQuestions(profile, context), ...termQuestions(profile), ...currentRole(profile)];
}
