/**
 * Questions that could only be asked of this person for this role: deep-dives
 * into their resume lines, gap questions naming a JD requirement their resume
 * lacks, behavioural questions tied to the JD's responsibilities, role-fit
 * questions naming the company and title, and prompts from work-history notes.
 */
import type { Difficulty, GeneratedQuestion, Profile } from '../../../../shared/domain.js';
import type { GroundingSnippet } from '../../coach.js';
import { userWords } from '../../story-text.js';
import { competencyMatcher } from '../competencies.js';
import { clip } from '../text.js';
import { SOFTWARE_COMPETENCIES } from './software-role.js';

export interface Candidate {
  q: GeneratedQuestion;
  level: Difficulty | 'any';
  /** Higher = more tailored to this person; the selector adds level, hint and variety. */
  weight: number;
  /** Bank tags ("kubernetes"), matched against the user's focus like the question's words. */
  tags?: readonly string[];
}

const IRREGULAR = /^(?:Led|Built|Wrote|Ran|Made|Took|Grew|Cut|Rewrote|Set|Drove|Won|Sold|Taught|Brought|Began|Spent|Held|Kept|Found|Oversaw|Shipped|Owned|Co-led|Co-founded)\b/;
const LINE_COMPETENCIES = ['mentoring', 'leadership', 'performance', 'reliability', 'customer_focus', 'experimentation', 'data_analysis', 'testing', 'stakeholder_management', 'collaboration', 'system_design', 'delivery'];

/** Past participles that say what happened to the candidate: "Promoted to team lead" → "you were promoted to team lead". */
const PASSIVE = /^(?:Promoted|Awarded|Selected|Nominated|Appointed|Elected|Invited|Hired|Recognised|Recognized|Chosen|Shortlisted|Seconded|Headhunted)\b/;

/** "Led the move to X." → "you led the move to X"; other lines are quoted. */
export function asYouDid(line: string): string {
  const t = clip(line.replace(/[.;]\s*$/, ''), 130);
  const first = t.split(/\s+/)[0] ?? '';
  if (PASSIVE.test(t)) return `you were ${first.toLowerCase()}${t.slice(first.length)}`;
  if (/^[A-Z][a-z]+ed$/.test(first) || IRREGULAR.test(t)) return `you ${first.toLowerCase()}${t.slice(first.length)}`;
  return `your resume says “${t}”`;
}

/**
 * The competency a resume line or JD line is most about. Outside software work the
 * software competencies are left out: "raised reading scores" is not system design
 * ("read"), "testing of distribution boards" is not software testing.
 */
function lineCompetency(line: string, software: boolean): string {
  let best = 'ownership';
  let hits = 0;
  for (const c of LINE_COMPETENCIES) {
    if (!software && SOFTWARE_COMPETENCIES.has(c)) continue;
    const re = competencyMatcher(c);
    const n = re ? (line.match(re) ?? []).length : 0;
    if (n > hits) [best, hits] = [c, n];
  }
  return best;
}

const DEEP_DIVE: Record<Difficulty, (who: string, did: string) => string> = {
  easy: (who, did) => `${who}${did}. Walk me through how you did it, step by step.`,
  medium: (who, did) => `${who}${did}. What was the hardest decision along the way, and what did you weigh?`,
  hard: (who, did) => `${who}${did}. How do you know the result came from your work rather than something else — and what would you do differently today?`,
};

function deepDives(profile: Profile, software: boolean): Candidate[] {
  const out: Candidate[] = [];
  const achievements = new Set(profile.resume.achievements);
  profile.resume.roles.forEach((role, ri) => {
    const who = role.employer ? `At ${role.employer}, ` : role.title ? `As ${role.title}, ` : '';
    role.lines.slice(0, 6).forEach((line, li) => {
      const did = asYouDid(line);
      const weight = 3 + (achievements.has(line) ? 1 : 0) - ri * 0.4 - li * 0.15;
      for (const level of ['easy', 'medium', 'hard'] as const) {
        const text = DEEP_DIVE[level](who, who ? did : did.charAt(0).toUpperCase() + did.slice(1));
        const rationale = 'Interviewers pick claims from your resume and dig until they find your personal contribution and its limits.';
        out.push({ q: { text, category: 'resume_deep_dive', competency: lineCompetency(line, software), rationale, source: { kind: 'resume', text: line } }, level, weight });
      }
    });
  });
  for (const p of profile.resume.projects.slice(0, 4)) {
    const name = clip(p.split(/\s+[–—-]\s+|:\s+/)[0] ?? p, 80);
    const text = `Tell me about ${name}: what was your part, what did you decide, and what would you change now?`;
    out.push({ q: { text, category: 'resume_deep_dive', competency: 'ownership', rationale: 'Projects you chose to list invite questions about your decisions and judgement.', source: { kind: 'resume', text: p } }, level: 'any', weight: 2.5 });
  }
  return out;
}

const GAP: Record<Difficulty, (req: string, hasResume: boolean) => string> = {
  easy: (r, has) => (has ? `This role asks for “${r}”. Your resume doesn’t show it yet — what’s the closest experience you have?` : `This role asks for “${r}”. What experience do you have with it?`),
  medium: (r, has) => `The job asks for “${r}”${has ? ', which isn’t on your resume' : ''}. Tell me about the nearest thing you’ve done, and how you would close the gap in your first months.`,
  hard: (r, has) => `We need “${r}” from day one${has ? ' and I don’t see it on your resume' : ''}. Convince me it won’t slow you down — with a concrete example.`,
};

/** A requirement the resume shows only part of: name what is there and ask about the rest. */
const PARTLY: Record<Difficulty, (req: string, partly: string, years: boolean) => string> = {
  easy: (r, p, y) => `This role asks for “${r}”, and ${p}. ${y ? 'What have you done that shows you already work at that level?' : 'What’s the closest experience you have with the part that’s missing?'}`,
  medium: (r, p, y) => `The job asks for “${r}”, and ${p}. ${y ? 'What in your experience shows you already work at that level, and where would you still need to grow?' : 'Tell me about the nearest thing you’ve done for the missing part, and how you would close the gap in your first months.'}`,
  hard: (r, p, y) => `We need “${r}” from day one, and ${p}. Convince me ${y ? 'the difference' : 'the missing part'} won’t slow you down — with a concrete example.`,
};

/**
 * The hard gap question for a nice-to-have: no "from day one" about what the job
 * itself calls optional, but still a concrete example of getting up to speed.
 */
function optionalHard(req: string, partly: string | null, hasResume: boolean): string {
  const said = partly ? `, and ${partly}` : hasResume ? ' and I don’t see it on your resume' : '';
  return `“${req}” is a nice-to-have for this role${said}. If it came up in your first months, how would you get up to speed on ${partly ? 'the missing part' : 'it'}? Give me a concrete example of learning something like it quickly.`;
}

function gapQuestions(profile: Profile): Candidate[] {
  const hasResume = profile.resume.roles.length > 0 || profile.resume.skills.length > 0;
  const out: Candidate[] = [];
  profile.gaps.filter((g) => !g.covered).slice(0, 8).forEach((g, i) => {
    const { requirement } = g;
    const partly = g.partly ?? null;
    const req = clip(requirement.replace(/[.;]\s*$/, ''), 110);
    const years = partly !== null && /\byears\b/.test(partly) && !/\bbut not\b/.test(partly);
    for (const level of ['easy', 'medium', 'hard'] as const) {
      const rationale = 'Interviewers probe the requirement your resume does not cover; an honest, prepared answer turns a gap into evidence that you learn fast.';
      const text = level === 'hard' && !g.required ? optionalHard(req, partly, hasResume) : partly ? PARTLY[level](req, partly, years) : GAP[level](req, hasResume);
      out.push({ q: { text, category: 'gap', competency: 'learning', rationale, source: { kind: 'job_description', text: requirement } }, level, weight: 3 + (g.required ? 0.5 : 0) - i * 0.2 });
    }
  });
  return out;
}

/**
 * The behavioural prompts a JD line can be tied to, each with the words that make
 * a line about its topic. The competency vocabularies are for reading answers and
 * too broad here ("feedback" is mentoring there; "planned maintenance" delivery,
 * "the sponsor's SOPs" stakeholders): a line is tied only to a prompt on its own
 * topic ("Gather feedback from learners and iterate" → acting on feedback).
 */
export interface TiedPrompt {
  competency: string;
  prompt: string;
  topic: RegExp;
}

/** Words for the people a leader leads. */
const CREW = '(?:teams?|staff|people|squad|crew|department|engineers|agents|operatives|associates|nurses|teachers|reports)\\b';

const TIED_PROMPTS: readonly TiedPrompt[] = [
  { competency: 'leadership', prompt: 'led a group of people toward a goal they were unsure about', topic: new RegExp(`\\b(?:lead|leading|led|manag\\w*|supervis\\w*|run|head up)\\s+(?:(?:a|the|our|your)\\s+)?(?:\\w+\\s+){0,2}${CREW}|\\bof (?:\\d+(?:-\\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:\\w+\\s+){0,2}${CREW}|\\bline[- ]manag\\w*|\\bpeople management\\b`, 'gi') },
  { competency: 'mentoring', prompt: 'helped someone on your team grow noticeably', topic: /\bmentor\w*|\bcoach\w*|\bdevelop\s+(?:(?:the|our|your|new|junior)\s+)?(?:\w+\s+)?(?:leads|staff|people|colleagues|team|talent|others|engineers|managers|trainees)\b|\b(?:train|onboard|induct)\w*\s+(?:new|junior)\b|\bgrow\w* (?:the|their|your) (?:team|people)\b/gi },
  { competency: 'feedback', prompt: 'gathered feedback on something you made and changed it because of what you heard', topic: /\bfeedback\b|\bcritique\w*|\biterat\w+|\bsurvey\w*|\bretrospective\w*|\buser testing\b/gi },
  { competency: 'stakeholder_management', prompt: 'kept stakeholders with competing needs aligned', topic: /\bstakeholder\w*|\bbudget holders\b|\b(?:report|present)\w*\s+(?:\w+\s+){0,2}to\s+(?:the\s+)?(?:board|sponsors?|executives?|senior|leadership|clients?)\b|\b(?:executive|leadership|senior management) team\b|\bthe board\b|\bbuy-?in\b|\bsign-?off\b/gi },
  { competency: 'prioritization', prompt: 'had to choose between several urgent priorities', topic: /\bpriorit\w+|\bseveral (?:projects|priorities|deadlines)\b|\bmultiple (?:projects|priorities|deadlines|sites)\b|\bcompeting (?:demands|priorities|deadlines)\b|\bat once\b|\bjuggl\w+|\bpush back on scope\b|\btriag\w+/gi },
  { competency: 'reliability', prompt: 'handled a serious incident under pressure', topic: /\bincidents?\b|\boutages?\b|\bon-?call\b|\buptime\b|\bpost-incident\b|\bSLOs?\b/gi },
  { competency: 'collaboration', prompt: 'worked closely with another team or function to get something done', topic: /\b(?:work|working|partner|partnering|liaise|liaising|collaborat\w*)\s+(?:closely\s+)?with\b|\bcross-functional\w*|\bacross teams\b|\bother teams\b/gi },
  { competency: 'customer_focus', prompt: 'changed your plan because of what customers told you', topic: /\b(?:customer|client|user|patient)s?['’]?\s+(?:feedback|needs|complaints|research|interviews|insight\w*)\b|\bcomplaints?\b|\buser research\b|\bcustomer satisfaction\b|\bNPS\b/gi },
  { competency: 'communication', prompt: 'explained something complex to a non-specialist audience', topic: /\bexplain\w*|\bcommentary\b|\bnon-?(?:technical|specialists?|finance)\b|\b(?:turn|translate)\w*\s+complex\b|\bplain (?:english|language)\b|\bsimplif\w+|\bpresent\w*\s+(?:findings|results|to)\b/gi },
  { competency: 'ambiguity', prompt: 'made progress when the goal was unclear', topic: /\bambigu\w+|\bunclear\b|\buncertain\w*|\bfrom scratch\b|\bgreenfield\b|\bfast-?changing\b|\bstart-?up\b/gi },
  { competency: 'delivery', prompt: 'delivered something important against a tight deadline', topic: /\bdeadlines?\b|\bon time\b|\btimelines?\b|\bmilestones?\b|\brelease dates?\b|\bdelivery of\b|\bdeliver\w*\s+(?:\w+\s+){0,2}(?:projects?|programmes?|programs?|trials?|releases?|migrations?)\b/gi },
  { competency: 'influence', prompt: 'changed a decision you did not own', topic: /\binfluenc\w+|\bpersuad\w+|\bconvinc\w+|\bchampion\w*|\badvocat\w+|\bdrive (?:adoption|change)\b|\bchange management\b|\bpush back\b/gi },
  { competency: 'data_analysis', prompt: 'used data to change someone’s mind', topic: /\b(?:use|using|analy[sz]\w*|interpret\w*)\s+(?:\w+\s+){0,2}data\b|\bdata[- ]driven\b|\bdata analysis\b|\banalytics\b|\bvariance analysis\b|\bdashboards?\b|\bKPIs?\b|\bmetrics\b|\binsights?\b/gi },
  { competency: 'experimentation', prompt: 'ran an experiment whose result surprised you', topic: /\bexperiment\w*|\bA\/B\b|\bpilot\w*|\bhypothes\w+|\btest and learn\b/gi },
  { competency: 'ownership', prompt: 'took ownership of a problem nobody else owned', topic: /\bown\b|\bowner(?:ship)?\b|\baccountab\w+|\bend[- ]to[- ]end\b|\bresponsib\w+ for\b/gi },
];

/**
 * The prompt a JD line is about: the one whose topic it names most, and at equal
 * counts the one it names first ("Own safety … KPIs" is ownership before data).
 * Null when the line names no prompt's topic: better no tie than a wrong one.
 */
export function tiedPrompt(line: string, prompts: readonly TiedPrompt[] = TIED_PROMPTS): TiedPrompt | null {
  let best: TiedPrompt | null = null;
  let score = [0, 0];
  for (const p of prompts) {
    const hits = [...line.matchAll(p.topic)];
    if (hits.length === 0) continue;
    const s = [hits.length, -hits[0]!.index];
    if (s[0]! > score[0]! || (s[0] === score[0] && s[1]! > score[1]!)) [best, score] = [p, s];
  }
  return best;
}

function jdBehavioral(profile: Profile, software: boolean): Candidate[] {
  const out: Candidate[] = [];
  const used = new Set<string>();
  // "Handled a serious incident" is reliability in software; in other work it is not that competency.
  const open = (): TiedPrompt[] => TIED_PROMPTS.filter((p) => !used.has(p.competency) && (software || !SOFTWARE_COMPETENCIES.has(p.competency)));
  for (const resp of profile.job.responsibilities.slice(0, 10)) {
    const tied = tiedPrompt(resp, open());
    if (!tied) continue;
    used.add(tied.competency);
    const text = `This role involves “${clip(resp.replace(/[.;]\s*$/, ''), 100)}”. Tell me about a time you ${tied.prompt}.`;
    const rationale = `The job description asks for this directly; a past example is the best predictor of how you will do it here.`;
    out.push({ q: { text, category: 'behavioral', competency: tied.competency, rationale, source: { kind: 'job_description', text: resp } }, level: 'any', weight: 3 });
  }
  return out;
}

function roleFit(profile: Profile): Candidate[] {
  const { title, company, seniority } = profile.job;
  const last = profile.resume.roles[0];
  const out: Candidate[] = [];
  // Each question cites the JD fact it is built on (company, title, seniority) as its source.
  const add = (text: string, competency: string, rationale: string, srcText: string, category: GeneratedQuestion['category'] = 'role_fit'): void => {
    out.push({ q: { text, category, competency, rationale, source: { kind: 'job_description', text: srcText } }, level: 'any', weight: 2.8 });
  };
  if (company) add(`Why ${company}, and why now?`, 'motivation', 'Interviewers test whether you chose this company on purpose and know what it does.', company);
  if (title && last?.employer) add(`After ${last.title || 'your role'} at ${last.employer}, why is ${title} the right next step for you?`, 'motivation', 'A coherent career story reassures the interviewer that you will stay and grow.', title);
  if (title) add(`What would you want to have achieved in your first 90 days as ${title}${company ? ` at ${company}` : ''}?`, 'ambiguity', 'Shows how you ramp up, what you prioritise, and whether you understood the role.', title, 'situational');
  if (seniority && /senior|staff|principal|lead|director/.test(seniority)) add(`This is a ${seniority.replace(/\s*\(.*\)/, '')} role. Where have you already operated at that level, and what did it look like?`, 'leadership', 'Seniority is judged by scope and influence; interviewers want evidence you already work at that level.', seniority);
  return out;
}

function fromSnippets(snippets: GroundingSnippet[]): Candidate[] {
  return snippets.slice(0, 6).map((s, i) => ({
    q: {
      text: `You noted: “${clip(userWords(s.text).replace(/\s+/g, ' '), 110)}” Tell me the full story — what you did and what came of it.`,
      category: 'resume_deep_dive' as const,
      competency: 'ownership',
      rationale: 'Stories from your own notes are the ones you can tell with the most detail; interviewers reward that depth.',
      source: { kind: 'work_history' as const, text: s.text },
    },
    level: 'any' as const,
    weight: 4.5 - i * 0.2,
  }));
}

/** All tailored candidates for this profile and these notes. */
export function personalCandidates(profile: Profile, snippets: GroundingSnippet[], software = true): Candidate[] {
  return [...deepDives(profile, software), ...gapQuestions(profile), ...jdBehavioral(profile, software), ...roleFit(profile), ...fromSnippets(snippets)];
}
