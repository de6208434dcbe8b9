/**
 * Progress over time across all of an owner's sessions: one point per
 * session (its date and the mean of its latest attempts) for each competency
 * and each rubric dimension, and where the user is weakest now (see standing.ts).
 */
import type { AnswerWithFeedback } from '../../../shared/api.js';
import { DIMENSION_KEYS } from '../../../shared/domain.js';
import type { Progress, ProgressPoint, ProgressSeries } from '../../../shared/review.js';
import type { Storage } from '../../storage/db.js';
import type { SessionRow } from '../../storage/schema.js';
import { toQuestion } from '../mappers.js';
import { loadAnswers } from './data.js';
import type { ProgressReport } from '../../../shared/review-report.js';
import { competencyAverages, dimensionAverages, latestAttempts, overallAverage, type ScoredAttempt } from './scoring.js';
import { focusOf, standings, type Focus } from './standing.js';

/** How many weakest competencies progress reports (and "practise your weakest" targets). */
export const WEAKEST_COUNT = 3;

/** One session with the latest scored attempt of each of its questions. */
export interface SessionScores {
  session: SessionRow;
  attempts: ScoredAttempt[];
}

function point(session: SessionRow, average: number, answers: number): ProgressPoint {
  return { sessionId: session.id, sessionName: session.name, date: session.created_at, average, answers };
}

function series(key: string, points: ProgressPoint[]): ProgressSeries {
  const change = points.length >= 2 ? Math.round((points.at(-1)!.average - points[0]!.average) * 10) / 10 : null;
  return { key, points, change };
}

/** Competency and dimension series, keys in a stable order. */
function buildSeries(scored: SessionScores[]): Pick<Progress, 'competencies' | 'dimensions'> {
  const comp = new Map<string, ProgressPoint[]>();
  const dims = new Map<string, ProgressPoint[]>();
  for (const { session, attempts } of scored) {
    for (const c of competencyAverages(attempts)) comp.set(c.competency, [...(comp.get(c.competency) ?? []), point(session, c.average, c.answers)]);
    for (const d of dimensionAverages(attempts)) {
      if (d.average !== null) dims.set(d.key, [...(dims.get(d.key) ?? []), point(session, d.average, d.scored)]);
    }
  }
  const competencies = [...comp.keys()].sort().map((k) => series(k, comp.get(k)!));
  const dimensions = DIMENSION_KEYS.filter((k) => dims.has(k)).map((k) => series(k, dims.get(k)!));
  return { competencies, dimensions };
}

/** Load and score every session of the owner, oldest first. */
export async function scoreSessions(storage: Storage, ownerId: string): Promise<SessionScores[]> {
  const { db } = storage;
  const [sessions, questionRows, answers] = await Promise.all([
    db.selectFrom('sessions').selectAll().where('owner_id', '=', ownerId).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('questions').selectAll().where('owner_id', '=', ownerId).orderBy('position').execute(),
    loadAnswers(storage, { ownerId }),
  ]);
  const questions = new Map<string, ReturnType<typeof toQuestion>[]>();
  for (const q of questionRows) questions.set(q.session_id, [...(questions.get(q.session_id) ?? []), toQuestion(q)]);
  return sessions.map((session) => ({
    session,
    attempts: latestAttempts(questions.get(session.id) ?? [], answers.get(session.id) ?? ([] as AnswerWithFeedback[])),
  }));
}

/** The owner's progress. Sessions with no scored answer add no points. */
export async function progress(storage: Storage, ownerId: string): Promise<ProgressReport> {
  const scored = (await scoreSessions(storage, ownerId)).filter((s) => s.attempts.length > 0);
  const sessions = scored.map(({ session, attempts }) => point(session, overallAverage(attempts)!, attempts.length));
  const focus = currentFocus(scored);
  return {
    sessions,
    ...buildSeries(scored),
    weakest: focus.competencies,
    weakestDimension: focus.weakestDimension,
    onlyCompetency: focus.onlyCompetency,
  };
}

/**
 * Where the user stands now: each distinct question's latest attempt across all
 * sessions, its weakest competencies (none when all share one) and weakest dimension.
 */
export function currentFocus(scored: SessionScores[], count = WEAKEST_COUNT): Focus & { current: ScoredAttempt[] } {
  const current = standings(scored.flatMap((s) => s.attempts));
  return { ...focusOf(current, count), current };
}
