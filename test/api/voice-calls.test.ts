/**
 * POST /api/voice/calls: the browser's SDP offer goes through the server to
 * OPENAI_REALTIME_URL (here the fake OpenAI server), so every way the call can
 * fail is told as it is — which setting to check, upstream refusing vs. not
 * reachable — and never with the upstream body.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { delayed, reply, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { startTestApp, type TestApp } from './helper.js';

const OFFER = 'v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n';
const ANSWER = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=fake answer\r\nt=0 0\r\n';
const CALLS = '/v1/realtime/calls';
/** A body the fake upstream sends with its errors: it must never reach the user. */
const UPSTREAM_SECRET_BODY = 'upstream-internal-detail-3b9f';

let fake: FakeOpenAI;
let app: TestApp;
let unreachable: TestApp;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  const env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.url, OPENAI_REALTIME_MODEL: 'gpt-realtime-test', OPENAI_TIMEOUT_MS: '5000' };
  app = await startTestApp({ ...env, OPENAI_REALTIME_URL: `${fake.url}/realtime/calls` });
  // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
  unreachable = await startTestApp({ ...env, OPENAI_REALTIME_URL: 'http://127.0.0.1:9/v1/realtime/calls' });
});
afterAll(async () => {
  await app?.destroy();
  await unreachable?.destroy();
  await fake?.close();
});
beforeEach(() => fake.reset());

const postOffer = (target: TestApp, headers: Record<string, string> = { authorization: 'Bearer ek_fake_secret' }) =>
  target.client().request({ method: 'POST', url: '/api/voice/calls', payload: OFFER, headers: { 'content-type': 'application/sdp', ...headers } });

describe('POST /api/voice/calls', () => {
  it('forwards the offer with the client secret and returns the SDP answer', async () => {
    fake.setScenario(CALLS, reply.raw(ANSWER, { headers: { 'content-type': 'application/sdp' } }));
    const res = await postOffer(app);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/sdp/);
    expect(res.body).toBe(ANSWER);
    const [sent] = fake.requestsTo(CALLS);
    expect(sent!.headers.authorization).toBe('Bearer ek_fake_secret');
    expect(sent!.headers['content-type']).toBe('application/sdp');
    expect(sent!.rawBody.toString('utf8')).toBe(OFFER);
  });

  it('a 404 from the realtime URL names OPENAI_REALTIME_URL and the model, without the upstream body', async () => {
    fake.setScenario(CALLS, reply.status(404, { error: { message: UPSTREAM_SECRET_BODY } }));
    const res = await postOffer(app);
    expect(res.statusCode).toBe(502);
    const { code, message } = res.json().error;
    expect(code).toBe('upstream_failed');
    expect(message).toContain('HTTP 404');
    expect(message).toContain('OPENAI_REALTIME_URL');
    expect(message).toContain(`${fake.url}/realtime/calls`);
    expect(message).toContain('OPENAI_REALTIME_MODEL ("gpt-realtime-test")');
    expect(res.body).not.toContain(UPSTREAM_SECRET_BODY);
  });

  it('an unreachable realtime URL says the server could not reach it (not "check your internet")', async () => {
    const res = await postOffer(unreachable);
    expect(res.statusCode).toBe(502);
    const { message } = res.json().error;
    expect(message).toBe(
      "This server could not reach the realtime voice service at http://127.0.0.1:9/v1/realtime/calls. Check the server's OPENAI_REALTIME_URL setting and its network connection.",
    );
    expect(message).not.toMatch(/internet/i);
  });

  it('an expired or refused secret says to start again; 5xx and 429 keep their own codes', async () => {
    fake.setScenario(CALLS, reply.status(401, { error: { message: UPSTREAM_SECRET_BODY } }));
    const refused = await postOffer(app);
    expect(refused.statusCode).toBe(502);
    expect(refused.json().error.message).toMatch(/refused the voice session \(HTTP 401\)\. It may have expired: press Start again/);

    fake.setScenario(CALLS, reply.serverError(503));
    expect((await postOffer(app)).json().error.message).toMatch(/failed to start the call \(HTTP 503\)/);

    fake.setScenario(CALLS, reply.rateLimited(30));
    const limited = await postOffer(app);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
  });

  it('a 200 that is not SDP (a wrong URL that answers anyway) is not passed on as an answer', async () => {
    fake.setScenario(CALLS, delayed(10, reply.raw('<html>welcome</html>')));
    const res = await postOffer(app);
    expect(res.statusCode).toBe(502);
    expect(res.json().error.message).toMatch(/not an SDP answer\. Check the server's OPENAI_REALTIME_URL/);
    expect(res.body).not.toContain('welcome');
  });

  it('asks for the client secret and never calls upstream without one', async () => {
    const res = await postOffer(app, {});
    expect(res.statusCode).toBe(400);
    expect(fake.requestsTo(CALLS)).toHaveLength(0);
  });
});

describe('POST /api/voice/session when minting is refused', () => {
  it('a 404 names OPENAI_BASE_URL and OPENAI_REALTIME_MODEL (not the speech model)', async () => {
    fake.setScenario('/v1/realtime/client_secrets', reply.status(404, { error: { message: UPSTREAM_SECRET_BODY } }));
    const c = app.client();
    const session = (await c.post('/api/sessions', { name: 'mint 404' })).json() as { id: string };
    const res = await c.post('/api/voice/session', { sessionId: session.id });
    expect(res.statusCode).toBe(502);
    const { message } = res.json().error;
    expect(message).toContain('HTTP 404');
    expect(message).toContain(`OPENAI_BASE_URL setting (${fake.url})`);
    expect(message).toContain('OPENAI_REALTIME_MODEL ("gpt-realtime-test")');
    expect(message).not.toContain('OPENAI_SPEECH_MODEL');
    expect(res.body).not.toContain(UPSTREAM_SECRET_BODY);
  });
});
