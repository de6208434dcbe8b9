/**
 * Turns coach requests into template variables. Everything that came from a
 * user (documents, snippets, hints, custom questions, answers) is fenced here;
 * all prompt wording comes from the persona files, never from a client.
 */
import { roleLabel } from '../builtin/profile.js';
import type { DimensionKey, Profile } from '../../../shared/domain.js';
import type { EvaluationRequest, ExampleRequest, GroundingSnippet, QuestionForCoach, QuestionRequest, RecentQuestion } from '../coach.js';
import type { PromptLibrary, PromptVars } from '../prompts.js';
import { fence } from './fence.js';

const BEHAVIOURAL_DIMENSIONS: DimensionKey[] = ['structure', 'specificity', 'ownership', 'result_impact', 'relevance', 'concision'];
const SNIPPET_CHARS = 1200;

/** The rubric dimensions scored for a question: trade-offs only for technical questions. */
export function dimensionsFor(question: QuestionForCoach): DimensionKey[] {
  return question.category === 'technical' ? [...BEHAVIOURAL_DIMENSIONS, 'tradeoffs'] : [...BEHAVIOURAL_DIMENSIONS];
}

type ProfileText = 'resume' | 'job' | 'resume_fenced' | 'job_fenced';
/**
 * Text derived from a profile, cached per profile object: the app hands the
 * coach the same Profile object for a session's documents (DocumentService
 * caches it), so the resume and JD are not rebuilt and re-fenced on every call.
 * Profiles are never mutated after they are built.
 */
const profileTexts = new WeakMap<Profile, Map<ProfileText, string>>();
function memo(profile: Profile, key: ProfileText, build: () => string): string {
  let texts = profileTexts.get(profile);
  if (!texts) profileTexts.set(profile, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = build()));
  return text;
}

/** Resume as plain lines: roles with their bullets, then skills, projects, achievements. */
export function resumeText(profile: Profile): string {
  return memo(profile, 'resume', () => buildResumeText(profile));
}

function buildResumeText(profile: Profile): string {
  const r = profile.resume;
  const roles = r.roles.map((role) => [roleLabel(role), ...role.lines.map((l) => `- ${l}`)].join('\n'));
  const lists: Array<[string, string[]]> = [['Skills', r.skills], ['Tools', r.tools], ['Projects', r.projects], ['Achievements', r.achievements]];
  const extra = lists.filter(([, xs]) => xs.length > 0).map(([name, xs]) => `${name}: ${xs.join('; ')}`);
  return [...roles, ...extra].join('\n');
}

/** Job description as plain lines: title, responsibilities, requirements (required/preferred). */
export function jobText(profile: Profile): string {
  return memo(profile, 'job', () => buildJobText(profile));
}

function buildJobText(profile: Profile): string {
  const j = profile.job;
  const head = [j.title, j.company, j.seniority].filter((x): x is string => Boolean(x)).join(' · ');
  const resp = j.responsibilities.map((x) => `- ${x}`);
  const reqs = j.requirements.map((x) => `- (${x.required ? 'required' : 'preferred'}) ${x.text}`);
  return [head, ...(resp.length ? ['Responsibilities:', ...resp] : []), ...(reqs.length ? ['Requirements:', ...reqs] : [])]
    .filter(Boolean)
    .join('\n');
}

function gapsText(profile: Profile): string {
  return profile.gaps.map((g) => `- ${g.covered ? 'covered' : 'NOT covered'}: ${g.requirement}`).join('\n');
}

/** Snippets keep their ids so the model can cite them in `basedOn`. */
export function snippetsText(snippets: GroundingSnippet[]): string {
  return snippets.map((s) => `[${s.id}] ${s.text.trim().slice(0, SNIPPET_CHARS)}`).join('\n\n');
}

function contextVars(profile: Profile): PromptVars {
  return {
    candidate_name: profile.candidateName ?? 'the candidate',
    job_title: profile.job.title ?? 'target',
    company: profile.job.company ?? 'the hiring company',
  };
}

function documentVars(profile: Profile, snippets: GroundingSnippet[]): PromptVars {
  return {
    resume_excerpt: memo(profile, 'resume_fenced', () => fence('resume', resumeText(profile))),
    jd_excerpt: memo(profile, 'job_fenced', () => fence('job_description', jobText(profile))),
    snippets: fence('work_history', snippetsText(snippets)),
  };
}

function questionVars(q: QuestionForCoach): PromptVars {
  return { question: fence('question', q.text, 2000), category: q.category, competency: q.competency };
}

/** Variables for the persona's system prompt. */
export function systemVars(profile: Profile): PromptVars {
  return contextVars(profile);
}

/** At most this many recent questions, and characters of them, go into a questions prompt. */
export const RECENT_IN_PROMPT = { questions: 30, chars: 3000 } as const;

/**
 * Recent questions the model should not ask again, as list lines within the budget:
 * those answered well first, then the most often asked. Ones answered badly are left
 * out — the model may ask them again, as the built-in coach does.
 */
export function recentToAvoid(recent: RecentQuestion[] = []): string[] {
  const rank = (r: RecentQuestion): number => (r.outcome === 'well' ? 1000 : 0) + r.times;
  const lines: string[] = [];
  let chars = 0;
  for (const r of recent.filter((x) => x.outcome !== 'weak').sort((a, b) => rank(b) - rank(a))) {
    const line = `- ${r.text.replace(/\s+/g, ' ').trim()}`;
    if (lines.length >= RECENT_IN_PROMPT.questions || chars + line.length + 1 > RECENT_IN_PROMPT.chars) break;
    lines.push(line);
    chars += line.length + 1;
  }
  return lines;
}

/**
 * The `existing` variable: the session's own questions, then — in a block of its own
 * source — those of the owner's recent sessions (bounded), so the persona's "do not
 * repeat" line covers both without a new template variable.
 */
function existingVar(req: QuestionRequest): string {
  const recent = recentToAvoid(req.recent);
  const blocks = [
    req.existing.length ? fence('existing_questions', req.existing.map((t) => `- ${t}`).join('\n')) : '',
    recent.length ? fence('asked_in_recent_sessions', recent.join('\n'), RECENT_IN_PROMPT.chars) : '',
  ].filter(Boolean);
  return blocks.length ? blocks.join('\n') : '(none yet)';
}

/** Variables for question generation. */
export function questionRequestVars(req: QuestionRequest): PromptVars {
  return {
    ...contextVars(req.profile),
    ...documentVars(req.profile, req.snippets),
    count: req.count,
    question_type: req.questionType,
    difficulty: req.difficulty,
    gaps: fence('gaps', gapsText(req.profile)),
    existing: existingVar(req),
    hint: req.hint?.trim() ? fence('hint', req.hint, 500) : '(none)',
  };
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Variables for scoring one answer. */
export function evaluationVars(req: EvaluationRequest): PromptVars {
  const duration = req.durationSeconds === undefined ? 'not recorded (typed answer)' : `about ${Math.round(req.durationSeconds)} seconds`;
  return {
    ...contextVars(req.profile),
    ...documentVars(req.profile, req.snippets),
    ...questionVars(req.question),
    answer: fence('answer', req.answer, 20_000),
    word_count: countWords(req.answer),
    duration,
    dimensions: dimensionsFor(req.question).join(', '),
  };
}

/** Variables for an example answer. */
export function exampleVars(req: ExampleRequest): PromptVars {
  return { ...contextVars(req.profile), ...documentVars(req.profile, req.snippets), ...questionVars(req.question) };
}

/** Variables for realtime voice instructions (used by the voice module). */
export function voiceVars(profile: Profile, questions: string[], snippets: GroundingSnippet[]): PromptVars {
  const list = questions.map((q, i) => `${i + 1}. ${q}`).join('\n');
  return { ...contextVars(profile), ...documentVars(profile, snippets), questions: fence('questions', list) };
}

/**
 * Realtime voice instructions for a persona: the persona's voice.md with the
 * session's questions and fenced documents. For the realtime token route.
 */
export function renderVoiceInstructions(
  prompts: PromptLibrary,
  persona: string,
  input: { profile: Profile; questions: string[]; snippets: GroundingSnippet[] },
): string {
  return prompts.render(persona, 'voice', voiceVars(input.profile, input.questions, input.snippets));
}
