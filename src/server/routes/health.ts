/** Liveness with a database round trip, and the persona catalogue. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, Health, PersonaInfo } from '../../shared/api.js';
import type { CoachInfo } from '../coach/factory.js';
import { PERSONA_INFO } from '../coach/personas.js';
import type { Storage } from '../storage/db.js';

export function healthRoutes(opts: { storage: Storage; version: string; coach: CoachInfo }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      { schema: { tags: ['meta'], summary: 'Liveness and database check', response: { 200: Health, 503: ErrorBody } } },
      async (_req, reply) => {
        try {
          await opts.storage.ping();
        } catch (err) {
          _req.log.error({ err }, 'health_db_failed');
          return reply.code(503).send({ error: { code: 'storage_unavailable', message: 'The database is not answering.' } });
        }
        return { status: 'ok' as const, version: opts.version, coach: opts.coach, storage: opts.storage.describe() };
      },
    );
    app.get(
      '/api/personas',
      { schema: { tags: ['meta'], summary: 'Coach personas', response: { 200: z.array(PersonaInfo) } } },
      async () => PERSONA_INFO,
    );
  };
}
