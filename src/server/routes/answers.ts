/**
 * /api/sessions/:id/answers: answer a question and get feedback, as one JSON
 * reply or as a stream of events (`saved`, `delta`, `feedback`, `error`).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AnswerResult, ErrorBody } from '../../shared/api.js';
import { AnswerSource } from '../../shared/domain.js';
import type { Services } from '../services/index.js';
import { mapError } from '../plugins/errors.js';
import { answerTextField } from './answer-text.js';
import { addSessionScope } from './session-scope.js';
import { openSse } from './sse.js';

const IdParams = z.object({ id: z.string().min(1).max(64) });
export const AnswerBody = z.object({
  questionId: z.string().min(1).max(64),
  text: answerTextField('write an answer before submitting'),
  source: AnswerSource.optional(),
  durationSeconds: z.number().min(0).max(3600).optional(),
});
const errors = { 400: ErrorBody, 404: ErrorBody, 429: ErrorBody };

export function answerRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    addSessionScope(app, services.sessions);
    app.post(
      '/api/sessions/:id/answers',
      { schema: { tags: ['answers'], summary: 'Answer a question; get feedback', params: IdParams, body: AnswerBody, response: { 201: AnswerResult, ...errors } } },
      async (req, reply) => reply.code(201).send(await services.coaching.answer(req.practiceSession, req.body)),
    );
    app.post(
      '/api/sessions/:id/answers/stream',
      {
        schema: {
          tags: ['answers'],
          summary: 'Answer a question; feedback streams as Server-Sent Events (saved, delta, feedback, error)',
          params: IdParams,
          body: AnswerBody,
          response: { 200: z.string().describe('text/event-stream'), ...errors },
        },
      },
      async (req, reply) => {
        // Validate the question before switching to a stream, so a bad id is a plain 404.
        await services.questions.requireQuestion(req.params.id, req.body.questionId);
        const sse = openSse(reply);
        try {
          const { feedback } = await services.coaching.answer(req.practiceSession, req.body, {
            onSaved: (answer) => sse.send('saved', answer),
            onDelta: (text) => sse.send('delta', { text }),
            onFallback: (reason) => sse.send('notice', { reason }),
            signal: sse.signal,
          });
          sse.send('feedback', feedback);
        } catch (err) {
          const mapped = mapError(err);
          if (mapped.status >= 500) req.log.error({ err }, 'answer_stream_failed');
          sse.send('error', { error: { code: mapped.code, message: mapped.message } });
        } finally {
          sse.close();
        }
      },
    );
  };
}
