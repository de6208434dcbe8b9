/** Questions and example answers. */
import { request } from './client.js';
import { enc } from './sessions.js';
import type { ExampleAnswer, Question } from './types.js';

const base = (sessionId: string): string => `/api/sessions/${enc(sessionId)}/questions`;

export async function generateQuestions(sessionId: string, count: number, hint?: string): Promise<Question[]> {
  const body = hint ? { count, hint } : { count };
  const res = await request<{ questions: Question[] }>(`${base(sessionId)}/generate`, { method: 'POST', body });
  return res.questions;
}

export const addQuestion = (sessionId: string, text: string): Promise<Question> =>
  request(base(sessionId), { method: 'POST', body: { text } });

export const deleteQuestion = (sessionId: string, questionId: string): Promise<void> =>
  request(`${base(sessionId)}/${enc(questionId)}`, { method: 'DELETE' });

export const getExampleAnswer = (sessionId: string, questionId: string): Promise<ExampleAnswer> =>
  request(`${base(sessionId)}/${enc(questionId)}/example-answer`, { method: 'POST' });
