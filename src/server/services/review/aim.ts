/**
 * Fresh questions aimed at named competencies. Any coach may treat the hint
 * loosely, so more candidates are asked for than needed and the ones whose
 * competency matches a target come first.
 */
import type { Difficulty, GeneratedQuestion, Persona, QuestionType } from '../../../shared/domain.js';
import type { Coach, Usage } from '../../coach/coach.js';
import type { DocumentService } from '../documents.js';
import type { Grounding } from '../grounding.js';
import type { SessionSettings } from './write-session.js';
import { competencyName } from './labels.js';

export interface AimDeps {
  coach: Coach;
  documents: DocumentService;
  grounding?: Grounding;
}

export interface AimRequest {
  ownerId: string;
  /** The session whose documents the questions are built from. */
  sourceSessionId: string;
  settings: SessionSettings;
  competencies: string[];
  count: number;
  /** Question texts not to repeat. */
  avoid: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

function matches(competency: string, targets: string[]): boolean {
  const c = norm(competency);
  return targets.some((t) => {
    const n = norm(t);
    return n.length > 0 && (c === n || c.includes(n) || n.includes(c));
  });
}

/** Order candidates: target competencies first (in the coach's order), then the rest. */
export function rankByTargets(candidates: GeneratedQuestion[], targets: string[], count: number): GeneratedQuestion[] {
  const hit = candidates.filter((q) => matches(q.competency, targets));
  const rest = candidates.filter((q) => !matches(q.competency, targets));
  return [...hit, ...rest].slice(0, count);
}

/** Ask the coach for questions on the competencies; returns them and any model usage. */
export async function aimQuestions(deps: AimDeps, req: AimRequest): Promise<{ questions: GeneratedQuestion[]; usage: Usage[] }> {
  const names = req.competencies.map(competencyName);
  const hint = names.length > 0 ? `Focus on these competencies: ${names.join(', ')}.` : undefined;
  const profile = await deps.documents.profile(req.sourceSessionId);
  const snippets = deps.grounding ? await deps.grounding.topForGrounding(req.ownerId, `${hint ?? ''} ${profile.job.title ?? ''}`, 5) : [];
  const usage: Usage[] = [];
  const generated = await deps.coach.generateQuestions(
    {
      profile,
      persona: req.settings.persona as Persona,
      questionType: req.settings.question_type as QuestionType,
      difficulty: req.settings.difficulty as Difficulty,
      count: Math.min(20, Math.max(req.count, req.count * 2)),
      hint,
      existing: req.avoid,
      snippets,
    },
    { model: req.settings.model ?? undefined, onUsage: (u) => usage.push(u) },
  );
  return { questions: rankByTargets(generated, req.competencies, req.count), usage };
}
