/**
 * Technical questions that fit the role (session 9 QA): a hospital pharmacist
 * applying for Clinical Trial Manager, and a warehouse shift lead applying for
 * Operations Manager, were asked to debug a memory leak and decide what to
 * cache; "Practise your weakest" then named Debugging and Performance. Software
 * bank questions are for software roles; any other role gets technical
 * questions about its own craft, built from its documents.
 */
import { describe, expect, it } from 'vitest';
import type { QuestionRequest } from '../../../src/server/coach/coach.js';
import { BANK } from '../../../src/server/coach/builtin/bank/index.js';
import { buildProfile, emptyProfile } from '../../../src/server/coach/builtin/index.js';
import { generateQuestions } from '../../../src/server/coach/builtin/questions.js';
import { CRAFT_COMPETENCY } from '../../../src/server/coach/builtin/questions/craft.js';
import { asYouDid } from '../../../src/server/coach/builtin/questions/personal.js';
import { isSoftwareRole } from '../../../src/server/coach/builtin/questions/software-role.js';
import { contentStems } from '../../../src/server/coach/builtin/text.js';
import { aimHint, rankByTargets } from '../../../src/server/services/review/aim.js';
import { competencyName } from '../../../src/server/services/review/labels.js';
import type { GeneratedQuestion, Profile } from '../../../src/shared/domain.js';
import { type RoleDocs, TRADE_ROLES } from '../../fixtures/roles/index.js';
import { backendJd } from './fixtures/jobs.js';
import { classicResume } from './fixtures/resumes.js';

/** Words that give a question away as a software question. */
const SOFTWARE_WORDS = [
  /memory leak/i, /\bcach(?:e|es|ing)\b/i, /\blatency\b/i, /\bendpoints?\b/i, /\bdeploy/i, /\bAPIs?\b/, /\bcode\b/i, /\bdatabases?\b/i,
  /\bfeatures?\b/i, /\bbacklog\b/i, /\bbugs?\b/i, /\bship(?:ped|s|ping)?\b/i, /\bin production\b/i, /\blegacy system\b/i, /\bmicroservices?\b/i,
  /\bservers?\b/i, /\brefactor/i, /\bp99\b/i, /\bSLOs?\b/, /\bschema/i, /\bURL\b/, /\btickets?\b/i, /\bengineers?\b/i, /\bbuilt\b/i, /\bon call\b/i,
];


/** Competencies that only make sense for software work ("Practise your weakest: Debugging" for a pharmacist). */
const SOFTWARE_COMPETENCIES = new Set(['debugging', 'performance', 'system_design', 'scalability', 'data_modeling', 'api_design', 'code_quality', 'reliability', 'testing', 'security', 'experimentation']);

const TYPES = ['mixed', 'technical'] as const;
const LEVELS = ['easy', 'medium', 'hard'] as const;

function req(profile: Profile, over: Partial<QuestionRequest> = {}): QuestionRequest {
  return { profile, persona: 'helpful', questionType: 'mixed', difficulty: 'medium', count: 10, existing: [], snippets: [], ...over };
}

/** Two batches of ten (the second continuing the session), as a user clicking "more questions" sees them. */
function session(profile: Profile, questionType: QuestionRequest['questionType'], difficulty: QuestionRequest['difficulty']): GeneratedQuestion[] {
  const first = generateQuestions(req(profile, { questionType, difficulty }));
  const second = generateQuestions(req(profile, { questionType, difficulty, existing: first.map((q) => q.text) }));
  return [...first, ...second];
}

/** A software word in the question that the role's own documents never use. */
function softwareWord(text: string, docs: string): RegExp | undefined {
  return SOFTWARE_WORDS.find((re) => re.test(text) && !re.test(docs));
}

/** The template's own words, which say nothing about the role. */
const TEMPLATE = contentStems(
  'role involves needs part job explain new colleague what good looks like mistakes avoid check first started going wrong work practice seen break down ' +
    'handle first month step tools records checks rely doing well day before learn here measures signs watch week early warning put place usual procedure ' +
    'fit situation front decide instead example own harmless causes real damage later catch ways fall short differently based experience current demanding ' +
    'technically trust least change never get',
);

/** The question names something the role's documents say: a content word of its source line, which is in the documents. */
function namesTheRole(q: GeneratedQuestion, docs: string): boolean {
  if (q.source.kind === 'bank' || !docs.includes(q.source.text)) return false;
  const source = contentStems(q.source.text);
  return [...contentStems(q.text)].some((s) => source.has(s) && !TEMPLATE.has(s));
}

describe.each(TRADE_ROLES.map((r) => [r.name, r] as [string, RoleDocs]))('technical questions for a %s', (_name, role) => {
  const profile = buildProfile(role.resume, role.jd);
  const docs = `${role.resume}\n${role.jd}`;

  it('is not a software role', () => {
    expect(isSoftwareRole(profile)).toBe(false);
  });

  it.each(TYPES.flatMap((t) => LEVELS.map((l) => [t, l] as const)))('%s / %s: no software words, and every technical question names the role’s own craft', (type, level) => {
    const qs = session(profile, type, level);
    const technical = qs.filter((q) => q.category === 'technical');
    expect(technical.length).toBeGreaterThanOrEqual(type === 'technical' ? 8 : 3);
    for (const q of qs) expect(softwareWord(q.text, docs), q.text).toBeUndefined();
    for (const q of technical) {
      expect(namesTheRole(q, docs), q.text).toBe(true);
      expect(q.competency).toBe(CRAFT_COMPETENCY);
    }
    for (const q of qs) expect(SOFTWARE_COMPETENCIES.has(q.competency), `${q.competency}: ${q.text}`).toBe(false);
  });

  it('writes whole sentences: no clipped phrase, no pasted quote, no doubled word, a full stop or question mark at the end', () => {
    const technical = [...TYPES].flatMap((t) => LEVELS.flatMap((l) => session(profile, t, l))).filter((q) => q.category === 'technical');
    for (const q of technical) {
      expect(q.text, q.text).not.toMatch(/…|“|”|\s[,.]|\s{2}|\b(\w+) \1\b|\bis to being\b|\(|\)/);
      expect(q.text, q.text).toMatch(/^[A-Z].*[?.]$/);
      // The phrase from the JD ends on a word, not a preposition or a list cut in half.
      expect(q.text, q.text).not.toMatch(/\b(?:of|to|and|or|the|a|an|for|with|in|on|by)\. /);
    }
  });
});

describe('technical questions about the craft, from the JD', () => {
  it('asks a pharmacist about the trial work the job describes, and a warehouse lead about the building', () => {
    const [pharm, ware] = TRADE_ROLES.map((r) => buildProfile(r.resume, r.jd));
    const asked = (p: Profile): string => LEVELS.flatMap((l) => session(p, 'technical', l)).map((q) => q.text).join('\n');
    expect(asked(pharm!)).toMatch(/ICH-GCP|trial timelines|oncology trials|CTMS/);
    expect(asked(ware!)).toMatch(/weekly labour plan|warehouse operations|Lean|WMS/);
  });

  it('aims "Practise your weakest: Role knowledge" at the role’s craft', () => {
    const profile = buildProfile(TRADE_ROLES[0]!.resume, TRADE_ROLES[0]!.jd);
    const generated = generateQuestions(req(profile, { hint: aimHint([CRAFT_COMPETENCY]), count: 12 }));
    const picked = rankByTargets(generated, [CRAFT_COMPETENCY], 4);
    expect(picked.every((q) => q.competency === CRAFT_COMPETENCY && q.source.kind !== 'bank')).toBe(true);
    expect(competencyName(CRAFT_COMPETENCY)).toBe('Role knowledge');
  });
});

describe('no documents', () => {
  const profile = emptyProfile();

  it('asks trade-neutral technical questions, never software ones', () => {
    expect(isSoftwareRole(profile)).toBe(false);
    for (const type of TYPES) {
      for (const level of LEVELS) {
        const qs = session(profile, type, level);
        for (const q of qs) expect(softwareWord(q.text, ''), q.text).toBeUndefined();
        const technical = qs.filter((q) => q.category === 'technical');
        expect(technical.length).toBeGreaterThan(0);
        for (const q of technical) expect(BANK.find((b) => b.text === q.text)?.audience, q.text).toBe('other');
      }
    }
  });

  it('asks about the most demanding part of the current job, not the most complex thing built', () => {
    const all = generateQuestions(req(profile, { count: 50 })).map((q) => q.text);
    expect(all).toContain('What is the most technically demanding part of your current job, and how do you handle it?');
    expect(all.join('\n')).not.toMatch(/\bbuilt\b/);
  });
});

describe('a software role keeps the software bank', () => {
  const profile = buildProfile(classicResume, backendJd);

  it('is a software role', () => {
    expect(isSoftwareRole(profile)).toBe(true);
  });

  it('fills technical slots from the software bank, with its competencies', () => {
    const qs = LEVELS.flatMap((l) => generateQuestions(req(profile, { questionType: 'technical', difficulty: l })));
    const software = qs.filter((q) => BANK.find((b) => b.text === q.text)?.audience === 'software');
    expect(software.length).toBeGreaterThanOrEqual(9);
    expect(new Set(software.map((q) => q.competency)).size).toBeGreaterThanOrEqual(4);
    expect(qs.some((q) => q.competency === CRAFT_COMPETENCY)).toBe(false);
  });
});

describe('isSoftwareRole', () => {
  const role = (title: string | null, lines: string[], resumeTitle = ''): Profile => {
    const p = emptyProfile();
    return {
      ...p,
      resume: { ...p.resume, roles: resumeTitle ? [{ title: resumeTitle, employer: 'Acme', dates: '2020 – now', lines: [] }] : [] },
      job: { ...p.job, title, requirements: lines.map((text) => ({ text, skills: [], required: true })) },
    };
  };

  it.each([
    ['a software title', role('Senior Backend Engineer', []), true],
    ['a data scientist', role('Data Scientist', []), true],
    ['an engineer with software tools', role('Engineer', ['Python and AWS experience']), true],
    ['a civil engineer', role('Civil Engineer', ['Chartered status', 'AutoCAD and site supervision']), false],
    ['an analyst with one tool', role('Financial Analyst', ['Advanced Excel and SQL']), false],
    ['an analyst with two', role('Data Analyst', ['SQL and Python', 'Tableau dashboards']), true],
    ['no title but a software stack', role(null, ['TypeScript and Node.js', 'Kubernetes on AWS']), true],
    ['a clinical role naming GCP (Good Clinical Practice), CI and ML', role('Clinical Trial Manager', ['ICH-GCP', 'Continuous improvement (CI)', 'Dose in ml']), false],
    ['a teacher who will "react" and "spark curiosity"', role('Year 4 Teacher', ['React calmly to incidents', 'Spark curiosity in pupils']), false],
    ['no JD: the resume’s current title', role(null, [], 'Frontend Developer'), true],
    ['no JD: a nurse', role(null, [], 'Staff Nurse'), false],
  ])('%s', (_what, profile, expected) => {
    expect(isSoftwareRole(profile)).toBe(expected);
  });
});

describe('the bank', () => {
  it('offers only software roles the questions that assume software', () => {
    for (const q of BANK.filter((b) => b.audience !== 'software')) expect(softwareWord(q.text, ''), q.text).toBeUndefined();
    for (const q of BANK.filter((b) => b.category === 'technical')) expect(['software', 'other']).toContain(q.audience);
  });
});

describe('resume lines in deep-dives', () => {
  it('says what happened to the candidate in the passive ("you were promoted"), not "you promoted"', () => {
    expect(asYouDid('Promoted to team lead of 12 in 2018.')).toBe('you were promoted to team lead of 12 in 2018');
    expect(asYouDid('Led the move to electronic prescribing.')).toBe('you led the move to electronic prescribing');
  });
});
