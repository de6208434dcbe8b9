/** /api/sessions: create, list, read, update, delete practice sessions. */
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Session, SessionDetail, SessionSummary } from '../../shared/api.js';
import { Difficulty, Persona, QuestionType } from '../../shared/domain.js';
import { SESSION_NAME_MAX } from '../../shared/limits.js';
import { VOICES } from '../../shared/voices.js';
import type { Services } from '../services/index.js';
import { addSessionScope } from './session-scope.js';

const IdParams = z.object({ id: z.string().min(1).max(64) });
const NewSessionBody = z.object({
  name: z.string().trim().max(SESSION_NAME_MAX).optional(),
  persona: Persona.optional(),
  difficulty: Difficulty.optional(),
  questionType: QuestionType.optional(),
});
const PatchBody = NewSessionBody.extend({
  name: z.string().trim().min(1, 'a name cannot be empty').max(SESSION_NAME_MAX).optional(),
  model: z.string().trim().min(1).max(100).nullable().optional(),
  voice: z.enum(VOICES).nullable().optional(),
  // The column is a 32-bit integer on PostgreSQL: a larger number is a bad request, not a database error.
  version: z.number().int().positive().max(2_147_483_647, 'version must be the number you last read from this session').optional(),
});
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function sessionRoutes(services: Services): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/sessions',
      { schema: { tags: ['sessions'], body: NewSessionBody, response: { 201: Session, 400: ErrorBody } } },
      async (req, reply) => reply.code(201).send(await services.sessions.create(req.ownerId, req.body)),
    );
    app.get(
      '/api/sessions',
      { schema: { tags: ['sessions'], response: { 200: z.array(SessionSummary) } } },
      async (req) => services.sessions.list(req.ownerId),
    );
    await app.register(async (instance) => {
      addSessionScope(instance, services.sessions);
      const scoped = instance.withTypeProvider<ZodTypeProvider>();
      scoped.get(
        '/api/sessions/:id',
        { schema: { tags: ['sessions'], params: IdParams, response: { 200: SessionDetail, ...errors } } },
        async (req) => services.sessions.detail(req.ownerId, req.params.id),
      );
      scoped.patch(
        '/api/sessions/:id',
        { schema: { tags: ['sessions'], params: IdParams, body: PatchBody, response: { 200: Session, ...errors } } },
        async (req) => services.sessions.update(req.ownerId, req.params.id, req.body),
      );
      scoped.delete(
        '/api/sessions/:id',
        { schema: { tags: ['sessions'], params: IdParams, response: { 204: z.null(), ...errors } } },
        async (req, reply) => {
          await services.sessions.remove(req.ownerId, req.params.id);
          return reply.code(204).send(null);
        },
      );
    });
  };
}
