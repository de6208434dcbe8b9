/** HTTP calls of the review feature (summary, progress, practice again, export, import), through the app's one API client. */
import { request, send } from '../../api/client.js';
import type { Session } from '../../api/types.js';
import { NOT_A_SESSION_EXPORT } from '../../../../src/shared/labels.js';
import { filenameFrom } from './filename.js';
import type { ExportFormat, SessionReview } from '../../../../src/shared/review.js';
// Types only (erased from the bundle): the progress report's schema lives beside the review service until it moves to src/shared/review.ts.
import type { ProgressReport } from '../../../../src/shared/review-report.js';

export type { AnswerHighlight, CompetencyAverage, DimensionAverage, ExportFormat, Progress, ProgressPoint, ProgressSeries, SessionReview } from '../../../../src/shared/review.js';
export type { ProgressReport };

const enc = encodeURIComponent;

export const getSummary = (sessionId: string): Promise<SessionReview> => request(`/api/sessions/${enc(sessionId)}/summary`);

export const getProgress = (): Promise<ProgressReport> => request('/api/progress');

export const practiceAgain = (sessionId: string, reuseQuestions: boolean): Promise<Session> =>
  request(`/api/sessions/${enc(sessionId)}/practice-again`, { method: 'POST', body: { reuseQuestions } });

export const practiceWeakest = (): Promise<Session> => request('/api/progress/practice-weakest', { method: 'POST', body: {} });

/**
 * Which attempts a study guide prints in full: `latest` (the server's default) or `all`. The JSON
 * export is always complete, so the option is sent only for the guides.
 */
export type GuideAttempts = 'latest' | 'all';

/** Where the browser downloads an export (the server names the file). */
export function exportUrl(sessionId: string, format: ExportFormat, attempts: GuideAttempts = 'latest'): string {
  const all = attempts === 'all' && format !== 'json' ? '&attempts=all' : '';
  return `/api/sessions/${enc(sessionId)}/export?format=${format}${all}`;
}

/** An export as a file to save: its bytes and the name the server gave it. Fails with the server's message. */
export async function fetchExport(sessionId: string, format: ExportFormat, attempts: GuideAttempts = 'latest'): Promise<{ blob: Blob; filename: string }> {
  const res = await send(exportUrl(sessionId, format, attempts));
  return { blob: await res.blob(), filename: filenameFrom(res.headers.get('content-disposition'), `interview-practice.${format}`) };
}

/** Whether the text could be an export: a JSON object. Anything else (a PDF, notes) is refused before the upload. */
export function looksLikeExport(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch (err) {
    // JSON.parse throws only SyntaxError: not JSON, so not an export.
    if (err instanceof SyntaxError) return false;
    throw err;
  }
}

/** Import a JSON export file; the server validates it and creates a new session. */
export async function importSessionFile(file: File): Promise<Session> {
  const text = await file.text();
  // The server says the same; checking here names the problem without sending a large wrong file.
  if (!looksLikeExport(text)) throw new Error(NOT_A_SESSION_EXPORT);
  const res = await send('/api/sessions/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
  return (await res.json()) as Session;
}
