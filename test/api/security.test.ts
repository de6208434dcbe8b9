import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './helper.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
});
afterAll(async () => {
  await t.destroy();
});

describe('security', () => {
  it('sends a CSP without inline scripts and other hardening headers', async () => {
    const res = await t.client().get('/api/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a state-changing request from another origin with 403', async () => {
    const c = t.client();
    const res = await c.request({ method: 'POST', url: '/api/sessions', payload: {}, headers: { origin: 'https://evil.example', host: 'localhost:8000' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden_origin');
    const ok = await c.request({ method: 'POST', url: '/api/sessions', payload: {}, headers: { origin: 'http://localhost:8000', host: 'localhost:8000' } });
    expect(ok.statusCode).toBe(201);
  });

  it('rate-limits expensive routes per owner with 429 and Retry-After, leaving other owners alone', async () => {
    const a = t.client();
    const s = (await a.post('/api/sessions', {})).json();
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await a.post(`/api/sessions/${s.id}/questions/generate`, { count: 1 })).statusCode);
    expect(codes.slice(0, 3)).toEqual([201, 201, 201]);
    const limited = await a.post(`/api/sessions/${s.id}/questions/generate`, { count: 1 });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Cheap routes are not limited.
    expect((await a.get(`/api/sessions/${s.id}`)).statusCode).toBe(200);
    const b = t.client();
    const sb = (await b.post('/api/sessions', {})).json();
    expect((await b.post(`/api/sessions/${sb.id}/questions/generate`, { count: 1 })).statusCode).toBe(201);
  });
});
