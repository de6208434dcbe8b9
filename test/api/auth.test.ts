/**
 * APP_PASSWORD: the whole API behind a login for hosted use. Without the
 * signed `auth` cookie every /api route but health and login answers 401;
 * the login compares in constant time, is rate-limited, and the cookie stops
 * working after logout, tampering, expiry or a password change.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken, passwordMatches, tokenValid } from '../../src/server/plugins/auth-token.js';
import { createLoginAttempts } from '../../src/server/plugins/login-attempts.js';
import { startTestApp, type TestApp } from './helper.js';

const PASSWORD = 'correct horse battery staple';

/** A cookie jar that follows Set-Cookie like a browser (including clears). */
function jarClient(t: TestApp, remoteAddress = '127.0.0.1') {
  const jar = new Map<string, string>();
  return {
    jar,
    async request(opts: InjectOptions): Promise<LightMyRequestResponse> {
      const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      const res = await t.app.inject({ remoteAddress, ...opts, headers: { ...(opts.headers ?? {}), ...(cookie ? { cookie } : {}) } });
      for (const c of res.cookies as { name: string; value: string; expires?: Date }[]) {
        if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) jar.delete(c.name);
        else jar.set(c.name, c.value);
      }
      return res;
    },
  };
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ APP_PASSWORD: PASSWORD });
});
afterAll(async () => {
  await t.destroy();
});

describe('APP_PASSWORD login', () => {
  it('answers 401 unauthorized on every API route without a login, but keeps health open', async () => {
    const c = jarClient(t, '10.0.0.1');
    for (const [method, url] of [
      ['GET', '/api/sessions'],
      ['POST', '/api/sessions'],
      ['GET', '/api/sessions/abc'],
      ['GET', '/api/work-history'],
      ['GET', '/api/openapi.json'],
      ['GET', '/api/personas'],
      ['GET', '/api/no-such-route'],
    ] as const) {
      const res = await c.request({ method, url, payload: method === 'POST' ? {} : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
      expect(res.json().error.message).toMatch(/sign in/i);
    }
    expect((await c.request({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await t.app.storage.db.selectFrom('sessions').select('id').execute()).length).toBe(0);
  });

  it('refuses a wrong password with 401 and sets no auth cookie', async () => {
    const c = jarClient(t, '10.0.0.2');
    const res = await c.request({ method: 'POST', url: '/api/login', payload: { password: 'wrong' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/password/);
    expect(c.jar.has('auth')).toBe(false);
    expect((await c.request({ method: 'GET', url: '/api/sessions' })).statusCode).toBe(401);
  });

  it('signs in with the right password: httpOnly SameSite=Lax cookie, then the API works; logout ends it', async () => {
    const c = jarClient(t, '10.0.0.3');
    const res = await c.request({ method: 'POST', url: '/api/login', payload: { password: PASSWORD } });
    expect(res.statusCode).toBe(200);
    const set = (res.cookies as { name: string; httpOnly?: boolean; sameSite?: string }[]).find((k) => k.name === 'auth');
    expect(set).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect((await c.request({ method: 'POST', url: '/api/sessions', payload: { name: 'hosted' } })).statusCode).toBe(201);
    expect((await c.request({ method: 'GET', url: '/api/sessions' })).json()).toHaveLength(1);
    expect((await c.request({ method: 'POST', url: '/api/logout' })).statusCode).toBe(204);
    expect(c.jar.has('auth')).toBe(false);
    expect((await c.request({ method: 'GET', url: '/api/sessions' })).statusCode).toBe(401);
  });

  it('refuses a tampered cookie, an unsigned token and a token minted for another password', async () => {
    const c = jarClient(t, '10.0.0.4');
    await c.request({ method: 'POST', url: '/api/login', payload: { password: PASSWORD } });
    const good = c.jar.get('auth')!;
    for (const value of [
      `${good.slice(0, -2)}xx`,
      encodeURIComponent(issueToken(PASSWORD)),
      encodeURIComponent(t.app.signCookie(issueToken('another password'))),
      encodeURIComponent(t.app.signCookie('1.abc')),
    ]) {
      c.jar.set('auth', value);
      expect((await c.request({ method: 'GET', url: '/api/sessions' })).statusCode).toBe(401);
    }
    c.jar.set('auth', encodeURIComponent(t.app.signCookie(issueToken(PASSWORD))));
    expect((await c.request({ method: 'GET', url: '/api/sessions' })).statusCode).toBe(200);
  });

  it('rate-limits login attempts per address with 429 and Retry-After, even for the right password', async () => {
    const c = jarClient(t, '10.0.0.5');
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await c.request({ method: 'POST', url: '/api/login', payload: { password: `guess ${i}` } })).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401]);
    const limited = await c.request({ method: 'POST', url: '/api/login', payload: { password: PASSWORD } });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(c.jar.has('auth')).toBe(false);
    // Another address is not affected.
    expect((await jarClient(t, '10.0.0.6').request({ method: 'POST', url: '/api/login', payload: { password: PASSWORD } })).statusCode).toBe(200);
  });

  it('validates the login body', async () => {
    const c = jarClient(t, '10.0.0.7');
    expect((await c.request({ method: 'POST', url: '/api/login', payload: { password: 12 } })).statusCode).toBe(400);
    expect((await c.request({ method: 'POST', url: '/api/login', payload: { password: 'x'.repeat(5000) } })).statusCode).toBe(400);
  });
});

describe('auth tokens and attempts', () => {
  it('compares passwords of any length without throwing', () => {
    expect(passwordMatches('abc', 'abc')).toBe(true);
    expect(passwordMatches('abc', 'abcd')).toBe(false);
    expect(passwordMatches('', 'abc')).toBe(false);
    expect(passwordMatches('pässwörd', 'pässwörd')).toBe(true);
  });

  it('expires tokens after 30 days and refuses tokens from the future', () => {
    const now = Date.UTC(2025, 0, 1);
    const token = issueToken('pw', now);
    expect(tokenValid(token, 'pw', now + 29 * 86_400_000)).toBe(true);
    expect(tokenValid(token, 'pw', now + 31 * 86_400_000)).toBe(false);
    expect(tokenValid(token, 'pw', now - 3_600_000)).toBe(false);
    expect(tokenValid(token, 'other', now)).toBe(false);
    expect(tokenValid('garbage', 'pw', now)).toBe(false);
  });

  it('lets attempts age out of the window', () => {
    const attempts = createLoginAttempts({ max: 2, windowMs: 1000 });
    expect(attempts.hit('a', 0)).toBe(0);
    expect(attempts.hit('a', 10)).toBe(0);
    expect(attempts.hit('a', 20)).toBe(1);
    expect(attempts.hit('a', 1001)).toBe(0);
  });
});

describe('without APP_PASSWORD', () => {
  it('needs no login and has no login route', async () => {
    const open = await startTestApp();
    try {
      expect((await open.client().get('/api/sessions')).statusCode).toBe(200);
      expect((await open.client().post('/api/login', { password: 'x' })).statusCode).toBe(404);
    } finally {
      await open.destroy();
    }
  });
});
