/**
 * Realtime voice instructions: the persona's `voice.md` filled with the
 * candidate's name, the session's questions, resume and JD excerpts and the
 * top work-history snippets — within a character budget, because the
 * instructions ride along in every realtime turn (cost and latency).
 *
 * When over budget, material is given up in a fixed order, least useful
 * first: work-history snippets (lowest-ranked first), then the job
 * description, then the resume (both clipped, never dropped mid-fence), and
 * only last the questions (from the end; the first question always stays).
 * Persona wording, the grounding rules and the rule to ask each question in
 * its given words (ASK_AS_WRITTEN) are never cut. Everything that came
 * from a user is fenced by `fence()`, so it cannot close its own block.
 *
 * A call that resumes a cut-off interview (a reconnect) also carries
 * RESUMED_NOTE, the question in progress and a recap of the last lines,
 * bounded by RECAP_MAX_LINES / RECAP_MAX_CHARS and never cut by the budget:
 * without them the interviewer greets again and repeats questions.
 */
import type { Persona, Profile } from '../../../shared/domain.js';
import type { GroundingSnippet } from '../../coach/coach.js';
import { jobText, resumeText, snippetsText } from '../../coach/llm/context.js';
import { fence } from '../../coach/llm/fence.js';
import type { PromptLibrary } from '../../coach/prompts.js';

/** Default size of the instructions in characters (≈ 3k tokens). */
export const DEFAULT_INSTRUCTION_BUDGET = 12_000;

/** What may be cut, in the order it is cut. */
export const TRUNCATION_ORDER = ['snippets', 'jd', 'resume', 'questions'] as const;
export type TruncatedPart = (typeof TRUNCATION_ORDER)[number];

export interface VoiceInstructionInput {
  persona: Persona;
  profile: Profile;
  /** Question texts in session order. */
  questions: string[];
  /** Work-history snippets, best first. */
  snippets: GroundingSnippet[];
  budget?: number;
  /** Set when this call continues an interview that was cut off. */
  resume?: ResumeContext;
}

/** What a resumed call needs to know about the interview so far. */
export interface ResumeContext {
  /** The text of the question the interviewer was on, if known. */
  lastQuestion: string | null;
  /** The saved transcript so far, oldest first (only the last lines are used). */
  lines: Array<{ role: 'candidate' | 'coach'; text: string }>;
}

export interface VoiceInstructions {
  text: string;
  /** Which parts were shortened or dropped to fit the budget (for debug logs). */
  truncated: TruncatedPart[];
  /** The user's stories that survived the budget: what the interviewer knows (shown to the user). */
  snippets: GroundingSnippet[];
}

interface Parts {
  snippets: GroundingSnippet[];
  jd: string;
  resume: string;
  questions: string[];
}

const CLIP_MARK = '\n[… shortened to fit]';

/**
 * Appended to every persona's wording: the app links the candidate's answers
 * to a question by finding that question's words in the interviewer's line
 * (web/src/features/realtime/question-link.ts), so each one must be asked in
 * its given words. Never cut by the budget.
 */
export const ASK_AS_WRITTEN =
  'When you ask one of the numbered questions, say it in the words given (a short lead-in before it is fine), and ask only one of them per turn. Follow-ups are your own words.';
const INLINE_MAX = 80;

/** Told to the interviewer on a reconnected call; never cut by the budget. */
export const RESUMED_NOTE =
  'This call continues an interview that was cut off by a dropped connection. Do not greet the candidate or introduce yourself again, and do not ask again a question that was already asked. Say briefly that the line dropped, then continue: if the candidate had not finished answering the last question, ask them to go on from where they were; otherwise ask the next question.';
/** The recap of a resumed call: at most this many of the last lines, each and all clipped. */
export const RECAP_MAX_LINES = 8;
export const RECAP_LINE_CHARS = 300;
export const RECAP_MAX_CHARS = 2000;

function clipLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > RECAP_LINE_CHARS ? `${flat.slice(0, RECAP_LINE_CHARS)}…` : flat;
}

/** The last lines of the conversation, newest kept, within RECAP_MAX_CHARS. */
export function recapText(lines: ResumeContext['lines']): string {
  const kept: string[] = [];
  let size = 0;
  for (const line of lines.slice(-RECAP_MAX_LINES).reverse()) {
    const text = `${line.role === 'coach' ? 'Interviewer' : 'Candidate'}: ${clipLine(line.text)}`;
    if (size + text.length + 1 > RECAP_MAX_CHARS) break;
    kept.unshift(text);
    size += text.length + 1;
  }
  return kept.join('\n');
}

function resumedText(resume: ResumeContext): string {
  const question = resume.lastQuestion ? `\n\nThe question in progress when the line dropped:\n${fence('last_question', resume.lastQuestion, RECAP_LINE_CHARS)}` : '';
  const recap = recapText(resume.lines);
  const said = recap ? `\n\nThe last lines of the interview so far (most recent last):\n${fence('transcript_so_far', recap, RECAP_MAX_CHARS)}` : '';
  return `${RESUMED_NOTE}${question}${said}`;
}

/**
 * Name, title and company sit inside sentences, so they are not fenced; they
 * are read from the documents, so they are flattened to one short line with
 * no markup or template characters instead.
 */
export function inline(value: string | null, fallback: string): string {
  const flat = (value ?? '').replace(/[<>{}`\[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, INLINE_MAX).trim();
  return flat || fallback;
}

function render(prompts: PromptLibrary, input: VoiceInstructionInput, p: Parts): string {
  const { profile } = input;
  const list = p.questions.map((q, i) => `${i + 1}. ${q}`).join('\n');
  const persona = prompts.render(input.persona, 'voice', {
    candidate_name: inline(profile.candidateName, 'the candidate'),
    job_title: inline(profile.job.title, 'target'),
    company: inline(profile.job.company, 'the hiring company'),
    questions: fence('questions', list || '(no questions yet: ask the candidate to walk you through their background)'),
    resume_excerpt: fence('resume', p.resume || '(no resume provided)', Number.MAX_SAFE_INTEGER),
    jd_excerpt: fence('job_description', p.jd || '(no job description provided)', Number.MAX_SAFE_INTEGER),
    snippets: fence('work_history', snippetsText(p.snippets) || '(none)', Number.MAX_SAFE_INTEGER),
  });
  const resumed = input.resume ? `\n\n${resumedText(input.resume)}` : '';
  return `${persona.trimEnd()}\n\n${ASK_AS_WRITTEN}${resumed}`;
}

/** Longest prefix of `text` (plus a visible mark) for which `fits` holds; binary search. */
function clipToFit(text: string, fits: (candidate: string) => boolean): string {
  if (fits(text)) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(text.slice(0, mid) + CLIP_MARK)) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : text.slice(0, lo) + CLIP_MARK;
}

/**
 * Build the voice instructions for a session within `budget` characters.
 * May exceed the budget only when the persona text, the first question and
 * (on a resumed call) the bounded recap alone do (then nothing optional is left in).
 */
export function buildVoiceInstructions(prompts: PromptLibrary, input: VoiceInstructionInput): VoiceInstructions {
  const budget = input.budget ?? DEFAULT_INSTRUCTION_BUDGET;
  const p: Parts = {
    snippets: [...input.snippets],
    jd: jobText(input.profile),
    resume: resumeText(input.profile),
    questions: [...input.questions],
  };
  const truncated = new Set<TruncatedPart>();
  const size = () => render(prompts, input, p).length;

  while (size() > budget && p.snippets.length > 0) {
    p.snippets.pop();
    truncated.add('snippets');
  }
  for (const key of ['jd', 'resume'] as const) {
    if (size() <= budget) break;
    const original = p[key];
    p[key] = clipToFit(original, (candidate) => render(prompts, input, { ...p, [key]: candidate }).length <= budget);
    if (p[key] !== original) truncated.add(key);
  }
  while (size() > budget && p.questions.length > 1) {
    p.questions.pop();
    truncated.add('questions');
  }
  return { text: render(prompts, input, p), truncated: TRUNCATION_ORDER.filter((k) => truncated.has(k)), snippets: p.snippets };
}
