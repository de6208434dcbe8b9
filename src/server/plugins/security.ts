/**
 * Security headers, CSRF defence and rate limits.
 * - helmet with a CSP the built front end runs under (no inline scripts);
 *   connect-src also allows the realtime calls endpoint for WebRTC SDP.
 * - CSRF: the owner cookie is SameSite=Lax, state changes accept only JSON or
 *   multipart, and a state-changing request whose Origin is not this app's
 *   (or ALLOWED_ORIGINS) is refused with 403.
 * - Expensive routes are rate-limited per owner (429 + Retry-After). Counters
 *   are in memory on SQLite (one instance) and in the database on PostgreSQL.
 */
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { dbRateLimitStore } from '../storage/db-rate-limit-store.js';

/** Route patterns (Fastify route urls) that cost real work or money. */
export const EXPENSIVE_ROUTES = new Set([
  '/api/sessions/:id/questions/generate',
  '/api/sessions/:id/answers',
  '/api/sessions/:id/answers/stream',
  '/api/sessions/:id/documents',
  '/api/sessions/:id/questions/:questionId/example-answer',
  '/api/sessions/:id/transcriptions',
  '/api/sessions/:id/voice-answers',
  '/api/sessions/:id/voice-answers/submit',
  '/api/sessions/:id/summary',
  '/api/sessions/:id/export',
  '/api/sessions/:id/practice-again',
  '/api/sessions/import',
  '/api/voice/session',
  '/api/voices/:id/preview',
  '/api/work-history/import',
]);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function sameOrigin(request: FastifyRequest, origin: string, allowed: string[]): boolean {
  if (allowed.includes(origin)) return true;
  const host = request.headers.host;
  if (!host) return false;
  return origin === `http://${host}` || origin === `https://${host}`;
}

export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  const realtimeOrigin = originOf(config.OPENAI_REALTIME_URL);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'", ...(realtimeOrigin ? [realtimeOrigin] : [])],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return;
    const origin = request.headers.origin;
    if (origin && !sameOrigin(request, origin, config.ALLOWED_ORIGINS)) {
      throw new AppError('forbidden_origin', 'This request came from another site and was refused. Use the app from its own address.');
    }
  });

  await app.register(fastifyRateLimit, {
    global: true,
    hook: 'preHandler',
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    // On PostgreSQL the counters live in the shared database, so several instances enforce one limit.
    ...(app.storage.dialect === 'postgres' ? { store: dbRateLimitStore(app.storage.db) } : {}),
    keyGenerator: (request) => request.ownerId || request.ip,
    allowList: (request) => !EXPENSIVE_ROUTES.has(request.routeOptions.url ?? ''),
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', `You are going faster than the coach can keep up. Try again in ${Math.ceil(context.ttl / 1000)} s.`, {
        headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
      }),
  });
}
