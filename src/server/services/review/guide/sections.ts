/**
 * The sections of the study guide, in order: title, overview with scores,
 * next steps, documents summary, then every question with its latest attempt
 * in full (earlier ones as a line of scores, or in full on request).
 */
import { roleLabel } from '../../../coach/builtin/profile.js';
import type { AnswerWithFeedback, Question } from '../../../../shared/api.js';
import type { Feedback } from '../../../../shared/domain.js';
import { hasStrongPart, STRENGTH_FROM } from '../../../../shared/labels.js';
import { coachWords, competencyName, DIMENSION_LABELS, SOURCE_WORDS } from '../labels.js';
import { quoteFrom } from '../quote.js';
import { deliveryAddon } from './delivery.js';
import { earlierAttemptsLine, fullFrom, HISTORY_NOTE } from './history.js';
import type { AttemptAddon, Block, GuideContext, QuestionAddon, ScoreRow, SectionBuilder } from './blocks.js';

const day = (iso: string): string => iso.slice(0, 10);
const score = (n: number | null): string => (n === null ? 'not enough evidence' : `${n}/5`);

/** "no answers scored yet", "1 answer scored", "3 answers scored" — never "0 answer(s)". */
export function answersScored(n: number): string {
  if (n === 0) return 'no answers scored yet';
  return n === 1 ? '1 answer scored' : `${n} answers scored`;
}

const CATEGORY_LABELS: Record<string, string> = {
  behavioral: 'Behavioural',
  technical: 'Technical',
  resume_deep_dive: 'Resume deep-dive',
  role_fit: 'Role fit and motivation',
  situational: 'Situational',
  gap: 'Gap',
};

function title(ctx: GuideContext): Block[] {
  const s = ctx.bundle.session;
  const role = [ctx.profile.job.title, ctx.profile.job.company].filter(Boolean).join(' at ');
  return [
    { kind: 'heading', level: 1, text: `Study guide: ${s.name}` },
    {
      kind: 'paragraph',
      tone: 'muted',
      text: [role || null, `Coach persona: ${s.persona}`, `difficulty: ${s.difficulty}`, `session of ${day(s.created_at)}`, `made ${day(ctx.generatedAt)}`]
        .filter(Boolean)
        .join(' · '),
    },
  ];
}

function overview(ctx: GuideContext): Block[] {
  const r = ctx.review;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Overview' },
    { kind: 'paragraph', text: `${r.answeredCount} of ${r.questionCount} questions answered. Average score (latest attempt of each question): ${score(r.average)}.` },
  ];
  if (r.dimensions.length > 0) {
    blocks.push({ kind: 'scores', rows: r.dimensions.map((d) => ({ label: DIMENSION_LABELS[d.key], score: score(d.average), detail: answersScored(d.scored) })) });
  }
  if (r.best) blocks.push({ kind: 'paragraph', tone: 'strong', text: `Best answer (${r.best.overall}/5): ${r.best.questionText}` }, { kind: 'quote', text: r.best.quote });
  if (r.weakest) blocks.push({ kind: 'paragraph', tone: 'strong', text: `Weakest answer (${r.weakest.overall}/5): ${r.weakest.questionText}` }, { kind: 'quote', text: r.weakest.quote });
  return blocks;
}

function nextSteps(ctx: GuideContext): Block[] {
  return [{ kind: 'heading', level: 2, text: 'Next steps' }, { kind: 'list', ordered: true, items: ctx.review.nextSteps }];
}

function documents(ctx: GuideContext): Block[] {
  const { bundle, profile } = ctx;
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Documents' }];
  if (bundle.documents.length === 0) return [...blocks, { kind: 'paragraph', tone: 'muted', text: 'No resume or job description was added to this session.' }];
  const items = bundle.documents.map((d) => {
    const what = d.kind === 'resume' ? 'Resume' : 'Job description';
    const pages = d.pages ? `, ${d.pages} page${d.pages === 1 ? '' : 's'}` : '';
    return `${what}: ${d.filename ?? 'pasted text'} (${Number(d.characters).toLocaleString('en')} characters${pages})`;
  });
  blocks.push({ kind: 'list', items });
  const roles = profile.resume.roles.slice(0, 5).map(roleLabel);
  if (roles.length > 0) blocks.push({ kind: 'paragraph', tone: 'strong', text: 'Roles on the resume' }, { kind: 'list', items: roles });
  const reqs = profile.job.requirements.slice(0, 10).map((r) => `${r.required ? 'Required' : 'Nice to have'}: ${r.text}`);
  if (reqs.length > 0) blocks.push({ kind: 'paragraph', tone: 'strong', text: 'What the job asks for' }, { kind: 'list', items: reqs });
  const gaps = profile.gaps.filter((g) => !g.covered).map((g) => g.requirement);
  if (gaps.length > 0) blocks.push({ kind: 'paragraph', tone: 'strong', text: 'Requirements the resume shows no evidence for (prepare a story)' }, { kind: 'list', items: gaps.slice(0, 10) });
  return blocks;
}

/** Evidence as the coach quoted it, with "…" where the quote cuts a sentence of the answer. */
function dimensionRows(feedback: Feedback, answer: string): ScoreRow[] {
  return feedback.dimensions.map((d) => ({
    label: DIMENSION_LABELS[d.key],
    score: score(d.score),
    detail: [d.advice, ...d.evidence.map((e) => `“${quoteFrom(answer, e, 200, { complete: false })}”`)].filter((t) => t.trim() !== '').join(' '),
  }));
}

/**
 * The label over the coach's strengths list. When no dimension of the answer reached a strength,
 * the coach still lists what holds up best (the built-in coach writes "Structure (3/5): …");
 * headed "Strengths", a 3/5 would read as praise it is not.
 */
export function strengthsLabel(f: Feedback): string {
  return hasStrongPart(f.dimensions) ? 'Strengths' : `What holds up best (no part scored ${STRENGTH_FROM}/5 or more)`;
}

function feedbackBlocks(f: Feedback, answer: string): Block[] {
  const blocks: Block[] = [{ kind: 'paragraph', text: f.summary }, { kind: 'scores', rows: dimensionRows(f, answer) }];
  if (f.strengths.length > 0) blocks.push({ kind: 'paragraph', tone: 'strong', text: strengthsLabel(f) }, { kind: 'list', items: f.strengths });
  if (f.improvements.length > 0) blocks.push({ kind: 'paragraph', tone: 'strong', text: 'To improve' }, { kind: 'list', items: f.improvements });
  const stories = f.basedOn ?? [];
  if (stories.length > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: `Based on your stories: ${stories.map((s) => `“${s.excerpt}”`).join('; ')}` });
  if (f.followUpQuestion.trim()) blocks.push({ kind: 'paragraph', tone: 'muted', text: `Likely follow-up: ${f.followUpQuestion}` });
  blocks.push({ kind: 'paragraph', tone: 'muted', text: `Coach: ${coachWords(f.coach)}` });
  return blocks;
}

/** A voice transcript stored for the answer (shown when a voice feature provides one). */
const transcript: AttemptAddon = (ctx, _q, answer) => {
  const text = ctx.extras.transcripts.get(answer.id);
  return text ? [{ kind: 'paragraph', tone: 'strong', text: 'Voice transcript' }, { kind: 'quote', text }] : [];
};

/** An example answer stored for the question, clearly labelled as such. */
const exampleAnswer: QuestionAddon = (ctx, q) => {
  const ex = ctx.extras.exampleAnswers.get(q.id);
  if (!ex) return [];
  const blocks: Block[] = [{ kind: 'heading', level: 4, text: 'Example answer (written by the coach from your own documents, not by you)' }, { kind: 'quote', text: ex.text }];
  if (ex.placeholders.length > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: `Fill in: ${ex.placeholders.join(', ')}` });
  return blocks;
};

export const ATTEMPT_ADDONS: AttemptAddon[] = [deliveryAddon, transcript];
export const QUESTION_ADDONS: QuestionAddon[] = [exampleAnswer];

function attemptBlocks(ctx: GuideContext, q: Question, a: AnswerWithFeedback, n: number, of: number): Block[] {
  const how = SOURCE_WORDS[a.source];
  const head = `Attempt ${n} of ${of} · ${day(a.createdAt)}${a.feedback ? ` · ${a.feedback.overall}/5` : ''}${how ? ` · ${how}` : ''}`;
  const blocks: Block[] = [{ kind: 'heading', level: 4, text: head }, { kind: 'quote', text: a.text }];
  for (const addon of ATTEMPT_ADDONS) blocks.push(...addon(ctx, q, a));
  blocks.push(...(a.feedback ? feedbackBlocks(a.feedback, a.text) : [{ kind: 'paragraph' as const, tone: 'muted' as const, text: 'No feedback was stored for this attempt.' }]));
  return blocks;
}

/** A question's attempts: by default earlier ones as one line of scores, then the rest in full; with `attempts: 'all'` every one in full. */
function historyBlocks(ctx: GuideContext, q: Question, attempts: AnswerWithFeedback[]): Block[] {
  if (attempts.length === 0) return [{ kind: 'paragraph', tone: 'muted', text: 'Not answered yet.' }];
  const from = ctx.attempts === 'all' ? 0 : fullFrom(attempts);
  const blocks: Block[] = from > 0 ? [earlierAttemptsLine(attempts.slice(0, from), attempts[from])] : [];
  attempts.slice(from).forEach((a, n) => blocks.push(...attemptBlocks(ctx, q, a, from + n + 1, attempts.length)));
  return blocks;
}

function questionBlocks(ctx: GuideContext, q: Question, i: number): Block[] {
  return [
    // Under "Questions and answers" (level 2): each question is level 3, its attempts level 4.
    { kind: 'heading', level: 3, text: `Q${i + 1}. ${q.text}` },
    { kind: 'paragraph', tone: 'muted', keepWithNext: true, text: `${CATEGORY_LABELS[q.category] ?? q.category} · ${competencyName(q.competency)} · Why it is asked: ${q.rationale}` },
    ...historyBlocks(ctx, q, ctx.bundle.answers.filter((a) => a.questionId === q.id)),
    ...QUESTION_ADDONS.flatMap((addon) => addon(ctx, q)),
  ];
}

/** Whether some question has an attempt the default guide sums up in a line instead of printing. */
function shortensHistory(ctx: GuideContext): boolean {
  return ctx.attempts === 'latest' && ctx.bundle.questions.some((q) => fullFrom(ctx.bundle.answers.filter((a) => a.questionId === q.id)) > 0);
}

function questions(ctx: GuideContext): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Questions and answers' }];
  if (ctx.bundle.questions.length === 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: 'This session has no questions yet.' });
  if (shortensHistory(ctx)) blocks.push(HISTORY_NOTE);
  ctx.bundle.questions.forEach((q, i) => blocks.push(...questionBlocks(ctx, q, i)));
  return blocks;
}

/** The realtime voice conversation, when the session had one. */
function conversation(ctx: GuideContext): Block[] {
  const turns = ctx.extras.conversation;
  if (turns.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Voice interview transcript' },
    ...turns.map((t): Block => ({ kind: 'paragraph', text: `${t.role === 'coach' ? 'Coach' : 'You'} (${t.at.slice(11, 19)} UTC): ${t.text}` })),
  ];
}

export const SECTIONS: SectionBuilder[] = [title, overview, nextSteps, documents, questions, conversation];

/** The whole guide as blocks. */
export function buildGuide(ctx: GuideContext): Block[] {
  return SECTIONS.flatMap((section) => section(ctx));
}
