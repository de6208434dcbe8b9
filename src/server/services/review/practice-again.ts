/**
 * Practice again: a new session with the same documents (bytes copied),
 * persona and settings, and either the same questions or a fresh set aimed
 * at the weakest competencies. "Practise your weakest" does the same across
 * all sessions (see weakest.ts): retries of questions still answered weakly
 * plus fresh questions.
 */
import type { Session } from '../../../shared/api.js';
import type { GeneratedQuestion, QuestionCategory, QuestionSource } from '../../../shared/domain.js';
import { SESSION_NAME_MAX } from '../../../shared/limits.js';
import { AppError } from '../../errors.js';
import type { Storage } from '../../storage/db.js';
import type { DocumentRow, SessionRow } from '../../storage/schema.js';
import { aimQuestions, type AimDeps } from './aim.js';
import { loadBundle } from './data.js';
import { currentFocus, scoreSessions } from './progress.js';
import { latestAttempts } from './scoring.js';
import { focusOf } from './standing.js';
import { asRetry, planWeakest } from './weakest.js';
import { writeSession, type PlannedDocument, type SessionSettings } from './write-session.js';

export const NO_QUESTIONS_TO_PRACTISE_AGAIN =
  'This session has no questions to practise again yet. Generate or add questions here and answer them; then Practice again starts a new session from them.';
/** A fresh set is at most this long (what one generate call may ask for). */
const MAX_FRESH = 20;
const WEAKEST_SESSION_SIZE = 6;

function settingsOf(session: SessionRow, name: string): SessionSettings {
  const { persona, difficulty, question_type, voice, model } = session;
  return { name: name.slice(0, SESSION_NAME_MAX), persona, difficulty, question_type, voice, model };
}

function copyDocuments(rows: DocumentRow[]): PlannedDocument[] {
  return rows.map(({ kind, filename, media_type, bytes, text, pages, role_title, company }) => ({
    kind, filename, media_type, bytes, text, pages, role_title, company,
  }));
}

function againName(name: string): string {
  return `${name.replace(/ \(again\)$/, '')} (again)`;
}

/** Stored question → the shape a plan takes. */
function asGenerated(q: { text: string; category: QuestionCategory; competency: string; rationale: string; source: QuestionSource }): GeneratedQuestion {
  return { text: q.text, category: q.category, competency: q.competency, rationale: q.rationale, source: q.source };
}

export function createPracticeAgain(storage: Storage, deps: AimDeps) {
  /** A new session from one session: same questions, or fresh ones aimed at its weakest competencies and dimension. */
  async function practiceAgain(ownerId: string, sessionId: string, opts: { reuseQuestions: boolean }): Promise<Session> {
    const bundle = await loadBundle(storage, ownerId, sessionId);
    // With no questions there is nothing to practise "again": the copy would be as empty, and a
    // fresh set would only be this session's own Generate. Refused, so repeated clicks add nothing.
    if (bundle.questions.length === 0) throw new AppError('conflict', NO_QUESTIONS_TO_PRACTISE_AGAIN);
    const settings = settingsOf(bundle.session, againName(bundle.session.name));
    const documents = copyDocuments(bundle.documents);
    if (opts.reuseQuestions) {
      return writeSession(storage, { ownerId, settings, documents, questions: bundle.questions.map(asGenerated) });
    }
    // Its weakest competencies (none when all its answers share one) and its weakest rubric dimension.
    const focus = focusOf(latestAttempts(bundle.questions, bundle.answers), 3);
    const { questions, usage } = await aimQuestions(deps, {
      ownerId,
      sourceSessionId: sessionId,
      settings,
      competencies: focus.competencies.map((c) => c.competency),
      dimension: focus.weakestDimension?.key ?? null,
      count: Math.min(MAX_FRESH, bundle.questions.length),
      avoid: bundle.questions.map((q) => q.text),
    });
    return writeSession(storage, { ownerId, settings, documents, questions, usage });
  }

  /** A session built from where the user is weakest now, across every session: retries of weak questions plus fresh ones. */
  async function practiceWeakest(ownerId: string): Promise<Session> {
    const scored = (await scoreSessions(storage, ownerId)).filter((s) => s.attempts.length > 0);
    if (scored.length === 0) {
      throw new AppError('conflict', 'There are no scores yet. Answer a few questions and get feedback first; then this builds a session from your lowest-scoring competencies.');
    }
    const plan = planWeakest(currentFocus(scored));
    const bundle = await loadBundle(storage, ownerId, await templateSession(ownerId, scored.map((s) => s.session)));
    const settings = settingsOf(bundle.session, plan.name);
    const { questions, usage } = await aimQuestions(deps, {
      ownerId,
      sourceSessionId: bundle.session.id,
      settings,
      competencies: plan.competencies,
      dimension: plan.dimension,
      count: Math.max(1, WEAKEST_SESSION_SIZE - plan.retries.length),
      avoid: scored.flatMap((s) => s.attempts.map((a) => a.question.text)),
    });
    const retries = plan.retries.map(asRetry);
    return writeSession(storage, { ownerId, settings, documents: copyDocuments(bundle.documents), questions: [...retries, ...questions], usage });
  }

  /** The newest of the sessions (oldest first) that has documents, else the newest: it gives documents and settings. */
  async function templateSession(ownerId: string, sessions: SessionRow[]): Promise<string> {
    const rows = await storage.db.selectFrom('documents').select('session_id').where('owner_id', '=', ownerId).groupBy('session_id').execute();
    const withDocs = new Set(rows.map((r) => r.session_id));
    return ([...sessions].reverse().find((s) => withDocs.has(s.id)) ?? sessions.at(-1)!).id;
  }

  return { practiceAgain, practiceWeakest };
}

export type PracticeAgain = ReturnType<typeof createPracticeAgain>;
