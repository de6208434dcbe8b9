/**
 * Ownership, checked in one hook: every route under /api/sessions/:id loads
 * the session for the request's owner first (404 when it is not theirs) and
 * tags the request context with the session id for logging.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requestContext } from '../context.js';
import type { SessionService } from '../services/sessions.js';
import type { SessionRow } from '../storage/schema.js';

declare module 'fastify' {
  interface FastifyRequest {
    practiceSession: SessionRow;
  }
}

export function addSessionScope(app: FastifyInstance, sessions: SessionService): void {
  app.addHook('preHandler', async (request: FastifyRequest) => {
    const { id } = request.params as { id: string };
    const ctx = requestContext.getStore();
    if (ctx) ctx.sessionId = id;
    request.practiceSession = await sessions.requireOwned(request.ownerId, id);
  });
}
