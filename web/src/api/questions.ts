/** Questions and example answers. */
import { request } from './client.js';
import { enc } from './sessions.js';
import type { ExampleAnswer, Question } from './types.js';

const base = (sessionId: string): string => `/api/sessions/${enc(sessionId)}/questions`;

/**
 * New questions; `fallbackReason` is set when the AI coach failed and the built-in coach wrote them,
 * `focusNote` when words of the focus matched none of them.
 */
export async function generateQuestions(sessionId: string, count: number, hint?: string): Promise<{ questions: Question[]; fallbackReason?: string; focusNote?: string }> {
  const body = hint ? { count, hint } : { count };
  return request<{ questions: Question[]; fallbackReason?: string; focusNote?: string }>(`${base(sessionId)}/generate`, { method: 'POST', body });
}

/** Add a question; `followUpOf` (a question id) makes it a follow-up that keeps that question's category. */
export const addQuestion = (sessionId: string, text: string, followUpOf?: string): Promise<Question> =>
  request(base(sessionId), { method: 'POST', body: followUpOf ? { text, followUpOf } : { text } });

export const deleteQuestion = (sessionId: string, questionId: string): Promise<void> =>
  request(`${base(sessionId)}/${enc(questionId)}`, { method: 'DELETE' });

export const getExampleAnswer = (sessionId: string, questionId: string): Promise<ExampleAnswer> =>
  request(`${base(sessionId)}/${enc(questionId)}/example-answer`, { method: 'POST' });
