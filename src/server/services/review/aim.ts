/**
 * Fresh questions aimed at named competencies. Any coach may treat the hint
 * loosely, so more candidates are asked for than needed and the ones whose
 * competency matches a target come first.
 */
import type { Difficulty, DimensionKey, GeneratedQuestion, Persona, QuestionType } from '../../../shared/domain.js';
import type { Coach, Usage } from '../../coach/coach.js';
import type { DocumentService } from '../documents.js';
import type { Grounding } from '../grounding.js';
import type { SessionSettings } from './write-session.js';
import { competencyName, DIMENSION_LABELS } from './labels.js';

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
  /** The weakest part of the user's answers, named in the hint so a coach can aim at it. */
  dimension?: DimensionKey | null;
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

/** The coach's hint: the competencies to focus on and the weakest part of the answers, or nothing. */
export function aimHint(competencies: string[], dimension?: DimensionKey | null): string | undefined {
  const parts = [
    competencies.length > 0 ? `Focus on these competencies: ${competencies.map(competencyName).join(', ')}.` : null,
    dimension ? `The weakest part of the candidate's answers: ${DIMENSION_LABELS[dimension]}.` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Ask the coach for questions on the competencies; returns them and any model usage. */
export async function aimQuestions(deps: AimDeps, req: AimRequest): Promise<{ questions: GeneratedQuestion[]; usage: Usage[] }> {
  const hint = aimHint(req.competencies, req.dimension);
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
