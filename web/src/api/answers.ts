/**
 * Submitting answers. The streaming endpoint reports each stage (saved, partial
 * model text, feedback), so the UI can show progress instead of a frozen button.
 */
import { ApiError, request, send } from './client.js';
import { enc } from './sessions.js';
import { readEvents } from './sse.js';
import type { Answer, AnswerResult, Feedback } from './types.js';

/** What the user submits for one question. */
export interface AnswerInput {
  questionId: string;
  text: string;
  source?: 'text' | 'voice' | 'realtime';
  durationSeconds?: number;
}

/** Callbacks for each stage of a streamed evaluation. */
export interface AnswerStreamHandlers {
  onSaved?: (answer: Answer) => void;
  onDelta?: (text: string) => void;
}

/** Submit and wait for the whole result (non-streaming). */
export const submitAnswer = (sessionId: string, input: AnswerInput): Promise<AnswerResult> =>
  request(`/api/sessions/${enc(sessionId)}/answers`, { method: 'POST', body: input });

/**
 * Submit through the SSE endpoint; resolves with the answer and its feedback.
 * Throws ApiError for an `error` event or a stream that ends without feedback.
 */
export async function streamAnswer(
  sessionId: string,
  input: AnswerInput,
  handlers: AnswerStreamHandlers = {},
  signal?: AbortSignal,
): Promise<AnswerResult> {
  const res = await send(`/api/sessions/${enc(sessionId)}/answers/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(input),
    signal,
  });
  if (!res.body) throw new ApiError('stream_failed', 'The server sent no progress stream. Please try again.', res.status);
  let answer: Answer | null = null;
  for await (const ev of readEvents(res.body)) {
    const data: unknown = JSON.parse(ev.data);
    if (ev.event === 'saved') {
      answer = data as Answer;
      handlers.onSaved?.(answer);
    } else if (ev.event === 'delta') {
      handlers.onDelta?.((data as { text: string }).text);
    } else if (ev.event === 'feedback') {
      if (!answer) throw new ApiError('stream_failed', 'Feedback arrived before the answer was saved. Please reload.', 500);
      return { answer, feedback: data as Feedback };
    } else if (ev.event === 'error') {
      const { code, message } = (data as { error: { code: string; message: string } }).error;
      throw new ApiError(code, message, 500);
    }
  }
  const saved = answer ? ' Your answer was saved; reload to see whether feedback arrived.' : '';
  throw new ApiError('stream_ended', `The connection closed before the coach finished.${saved}`, 500);
}

/** Remember an answer as a story in the work history. */
export const memorizeAnswer = (sessionId: string, answerId: string): Promise<unknown> =>
  request(`/api/sessions/${enc(sessionId)}/answers/${enc(answerId)}/memorize`, { method: 'POST' });
