/** HTTP calls of the review feature (summary, progress, practice again, export, import), through the app's one API client. */
import { request, send } from '../../api/client.js';
import type { Session } from '../../api/types.js';
import type { ExportFormat, Progress, SessionReview } from '../../../../src/shared/review.js';

export type { AnswerHighlight, CompetencyAverage, DimensionAverage, ExportFormat, Progress, ProgressPoint, ProgressSeries, SessionReview } from '../../../../src/shared/review.js';

const enc = encodeURIComponent;

export const getSummary = (sessionId: string): Promise<SessionReview> => request(`/api/sessions/${enc(sessionId)}/summary`);

export const getProgress = (): Promise<Progress> => request('/api/progress');

export const practiceAgain = (sessionId: string, reuseQuestions: boolean): Promise<Session> =>
  request(`/api/sessions/${enc(sessionId)}/practice-again`, { method: 'POST', body: { reuseQuestions } });

export const practiceWeakest = (): Promise<Session> => request('/api/progress/practice-weakest', { method: 'POST', body: {} });

/** Where the browser downloads an export (the server names the file). */
export const exportUrl = (sessionId: string, format: ExportFormat): string => `/api/sessions/${enc(sessionId)}/export?format=${format}`;

/** Import a JSON export file; the server validates it and creates a new session. */
export async function importSessionFile(file: File): Promise<Session> {
  const res = await send('/api/sessions/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: await file.text() });
  return (await res.json()) as Session;
}
