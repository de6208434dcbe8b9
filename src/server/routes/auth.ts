/**
 * POST /api/login and POST /api/logout, only present when APP_PASSWORD is set.
 * Login compares the password in constant time, is rate-limited per client
 * address, and sets the signed, httpOnly, SameSite=Lax `auth` cookie.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../shared/api.js';
import { AppError } from '../errors.js';
import { AUTH_MAX_AGE_S, issueToken, passwordMatches } from '../plugins/auth-token.js';
import type { LoginAttempts } from '../plugins/login-attempts.js';

export const AUTH_COOKIE = 'auth';
const LoginBody = z.object({ password: z.string().max(1000) });
const LoginResult = z.object({ authenticated: z.literal(true) });

export function authRoutes(opts: { password: string; attempts: LoginAttempts }): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/login',
      { schema: { tags: ['auth'], summary: 'Sign in with the app password', body: LoginBody, response: { 200: LoginResult, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody } } },
      async (req, reply) => {
        const wait = opts.attempts.hit(req.ip);
        if (wait > 0) {
          throw new AppError('rate_limited', `Too many sign-in attempts. Wait ${wait} s and try again.`, { headers: { 'retry-after': String(wait) } });
        }
        if (!passwordMatches(req.body.password, opts.password)) {
          req.log.info('login_failed');
          throw new AppError('unauthorized', 'That password is not right. Check it and try again.');
        }
        opts.attempts.reset(req.ip);
        req.log.info('login_succeeded');
        void reply.setCookie(AUTH_COOKIE, issueToken(opts.password), {
          signed: true,
          httpOnly: true,
          sameSite: 'lax',
          secure: req.protocol === 'https',
          path: '/',
          maxAge: AUTH_MAX_AGE_S,
        });
        return { authenticated: true as const };
      },
    );
    app.post('/api/logout', { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } }, async (_req, reply) => {
      void reply.clearCookie(AUTH_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    });
  };
}
