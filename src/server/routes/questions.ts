/** /api/sessions/:id/questions: generate, add, delete; example answers. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Question } from '../../shared/api.js';
import { ExampleAnswer } from '../../shared/domain.js';
import type { Services } from '../services/index.js';
import { addSessionScope } from './session-scope.js';

const IdParams = z.object({ id: z.string().min(1).max(64) });
const QuestionParams = IdParams.extend({ questionId: z.string().min(1).max(64) });
const GenerateBody = z
  .object({
    count: z.number().int().min(1, 'ask for at least 1 question').max(20, 'ask for at most 20 questions at a time').default(5),
    hint: z.string().trim().max(300).optional(),
  })
  .default({ count: 5 });
const CustomBody = z.object({
  text: z.string().trim().min(5, 'write a question of at least a few words').max(1000),
  /** The question this one follows up ("Practise this follow-up"): it keeps that question's category and competency. */
  followUpOf: z.string().min(1).max(64).optional(),
});
const Generated = z.object({
  questions: z.array(Question),
  /** Set when the AI coach failed and the built-in coach wrote these questions. */
  fallbackReason: z.string().optional(),
  /** Set when words of the focus matched none of the questions: says so, and what the focus box understands. */
  focusNote: z.string().optional(),
});
const errors = { 400: ErrorBody, 404: ErrorBody, 429: ErrorBody };

export function questionRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    addSessionScope(app, services.sessions);
    app.post(
      '/api/sessions/:id/questions/generate',
      {
        schema: {
          tags: ['questions'],
          summary: 'Generate questions aimed at the resume and the role',
          params: IdParams,
          body: GenerateBody,
          response: { 201: Generated, ...errors },
        },
      },
      async (req, reply) => {
        const result = await services.questions.generate(req.practiceSession, { count: req.body.count, hint: req.body.hint || undefined });
        return reply.code(201).send(result);
      },
    );
    app.post(
      '/api/sessions/:id/questions',
      { schema: { tags: ['questions'], summary: 'Add your own question, or a follow-up of one (followUpOf)', params: IdParams, body: CustomBody, response: { 201: Question, ...errors } } },
      async (req, reply) => reply.code(201).send(await services.questions.addCustom(req.practiceSession, req.body.text, req.body.followUpOf)),
    );
    app.delete(
      '/api/sessions/:id/questions/:questionId',
      { schema: { tags: ['questions'], summary: 'Delete a question and its answers', params: QuestionParams, response: { 204: z.null(), ...errors } } },
      async (req, reply) => {
        await services.questions.remove(req.params.id, req.params.questionId);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/api/sessions/:id/questions/:questionId/example-answer',
      {
        schema: {
          tags: ['questions'],
          summary: 'An example answer built only from your own documents and stories',
          params: QuestionParams,
          response: { 200: ExampleAnswer, ...errors },
        },
      },
      async (req) => services.coaching.exampleAnswer(req.practiceSession, req.params.questionId),
    );
  };
}
