/**
 * Optional login for hosted use. When APP_PASSWORD is set, every /api route
 * except GET /api/health and POST /api/login (and /api/logout) answers 401
 * `unauthorized` unless the request carries a valid signed `auth` cookie.
 * The front end (LoginGate) shows a password form on that 401. Static files
 * stay public: they hold no user data. Without APP_PASSWORD this does nothing.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { AUTH_COOKIE, authRoutes } from '../routes/auth.js';
import { tokenValid } from './auth-token.js';
import { createLoginAttempts } from './login-attempts.js';

/** Login attempts allowed per client address per window. */
export const LOGIN_ATTEMPTS = { max: 5, windowMs: 60_000 };

/** Routes anyone may call: liveness for load balancers, and signing in/out. */
const OPEN_ROUTES = new Set(['GET /api/health', 'HEAD /api/health', 'POST /api/login', 'POST /api/logout']);

function isApi(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return request.url.startsWith('/api') || (route !== undefined && route.startsWith('/api'));
}

function isOpen(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  return route !== undefined && OPEN_ROUTES.has(`${request.method} ${route}`);
}

function authenticated(request: FastifyRequest, password: string): boolean {
  const raw = request.cookies[AUTH_COOKIE];
  if (!raw) return false;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value !== null && tokenValid(unsigned.value, password);
}

/**
 * Register the password gate and its routes. Call after @fastify/cookie and
 * before the API routes (the hook is added on the root instance, so it covers
 * every route whatever the registration order).
 */
export async function registerAuth(app: FastifyInstance, config: Pick<Config, 'APP_PASSWORD'>): Promise<void> {
  const password = config.APP_PASSWORD;
  if (!password) return;
  app.addHook('onRequest', async (request) => {
    if (!isApi(request) || isOpen(request) || authenticated(request, password)) return;
    throw new AppError('unauthorized', 'This app is private. Sign in with the app password to continue.');
  });
  await app.register(authRoutes({ password, attempts: createLoginAttempts(LOGIN_ATTEMPTS) }));
}
