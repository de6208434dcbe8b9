/**
 * Owners: whoever holds the signed, httpOnly, SameSite=Lax `owner` cookie.
 * The first API request without a valid cookie gets a new owner id. Every
 * row is stored with its owner id and every query filters on it, so another
 * owner's ids simply do not exist for you (404, never 403).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hashOwner, requestContext } from '../context.js';

declare module 'fastify' {
  interface FastifyRequest {
    ownerId: string;
  }
}

export const OWNER_COOKIE = 'owner';
const ONE_YEAR_S = 365 * 24 * 3600;

function readOwner(request: FastifyRequest): string | null {
  const raw = request.cookies[OWNER_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : null;
}

export function registerOwner(app: FastifyInstance, opts: { secureCookie: boolean }): void {
  app.decorateRequest('ownerId', '');
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    let owner = readOwner(request);
    if (!owner) {
      owner = randomUUID();
      void reply.setCookie(OWNER_COOKIE, owner, {
        signed: true,
        httpOnly: true,
        sameSite: 'lax',
        secure: opts.secureCookie,
        path: '/',
        maxAge: ONE_YEAR_S,
      });
    }
    request.ownerId = owner;
    const ctx = requestContext.getStore();
    if (ctx) ctx.ownerHash = hashOwner(owner);
  });
}
