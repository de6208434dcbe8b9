/**
 * The lean keep-alive fetch on its own, against a tiny node:http server this
 * test starts: what the SDK relies on from `fetch` (status, headers, bodies,
 * incremental SSE, abort, errors) and what the transport adds (one warm
 * socket reused, a stale socket retried once).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLeanFetch, type LeanFetch } from '../../../../src/server/coach/llm/transport.js';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let server: Server;
let base: string;
let handler: Handler = (_req, _body, res) => res.end();
const sockets = new Set<Socket>();
let lean: LeanFetch;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, Buffer.concat(chunks).toString('utf8'), res));
  });
  server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  lean = createLeanFetch({ maxSockets: 8 });
});
afterEach(() => lean.close());
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const json = (res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
};

describe('lean fetch', () => {
  it('sends method, headers and body; returns status, headers and the JSON body', async () => {
    handler = (req, body, res) => json(res, 201, { got: JSON.parse(body), method: req.method, auth: req.headers.authorization, path: req.url }, { 'x-request-id': 'req_1' });
    const res = await lean.fetch(`${base}/v1/chat?x=1`, { method: 'post', headers: new Headers({ authorization: 'Bearer k', 'content-type': 'application/json' }), body: '{"a":1}' });
    expect(res.status).toBe(201);
    expect(res.ok).toBe(true);
    expect(res.headers.get('x-request-id')).toBe('req_1');
    expect(await res.json()).toEqual({ got: { a: 1 }, method: 'POST', auth: 'Bearer k', path: '/v1/chat?x=1' });
  });

  it('keeps error statuses and their headers for the caller to classify (429 Retry-After)', async () => {
    handler = (_req, _body, res) => json(res, 429, { error: { message: 'slow down' } }, { 'retry-after': '3' });
    const res = await lean.fetch(`${base}/x`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.text()).toContain('slow down');
  });

  it('decodes a gzip body and answers a 204 with no body', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(JSON.stringify({ zipped: true })));
    };
    expect(await (await lean.fetch(`${base}/gz`)).json()).toEqual({ zipped: true });
    handler = (_req, _body, res) => res.writeHead(204).end();
    const empty = await lean.fetch(`${base}/none`, { method: 'DELETE' });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
  });

  it('hands an event stream over at headers time and delivers chunks as they arrive', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: one\n\n');
      void held.then(() => res.end('data: two\n\n'));
    };
    const res = await lean.fetch(`${base}/sse`, { method: 'POST', body: '{}' });
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('data: one\n\n'); // read while the server still holds the rest
    release();
    const second = await reader.read();
    expect(new TextDecoder().decode(second.value)).toBe('data: two\n\n');
    expect((await reader.read()).done).toBe(true);
  });

  it('errors a stream that is cut mid-reply (never a silent, clean end)', async () => {
    handler = (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: partial\n\n', () => setTimeout(() => res.destroy(), 20));
    };
    const res = await lean.fetch(`${base}/cut`, { method: 'POST', body: '{}' });
    const reader = res.body!.getReader();
    await reader.read();
    await expect(reader.read()).rejects.toThrow();
  });

  it('rejects with an AbortError when aborted before headers, and errors a stream aborted later', async () => {
    handler = (_req, _body, res) => void setTimeout(() => json(res, 200, {}), 2000);
    const early = new AbortController();
    setTimeout(() => early.abort(), 50);
    const t0 = Date.now();
    await expect(lean.fetch(`${base}/slow`, { method: 'POST', body: '{}', signal: early.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - t0).toBeLessThan(1000);

    handler = (_req, _body, res) => (res.writeHead(200, { 'content-type': 'text/event-stream' }), res.write('data: x\n\n'));
    const late = new AbortController();
    const res = await lean.fetch(`${base}/stall`, { method: 'POST', body: '{}', signal: late.signal });
    const reader = res.body!.getReader();
    await reader.read();
    late.abort();
    await expect(reader.read()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects at once for an already aborted signal, without sending anything', async () => {
    let calls = 0;
    handler = (_req, _body, res) => (calls++, json(res, 200, {}));
    await expect(lean.fetch(`${base}/x`, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(0);
  });

  it('fails like fetch (TypeError with the cause) when nothing listens', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const err = (await lean.fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e)) as TypeError & { cause: { code: string } };
    expect(err).toBeInstanceOf(TypeError);
    expect(err.cause.code).toBe('ECONNREFUSED');
  });

  it('reuses one warm connection for consecutive calls', async () => {
    const ports: number[] = [];
    handler = (req, _body, res) => (ports.push(req.socket.remotePort!), json(res, 200, {}));
    for (let i = 0; i < 3; i++) await (await lean.fetch(`${base}/k`, { method: 'POST', body: '{}' })).json();
    expect(ports).toHaveLength(3);
    expect(new Set(ports).size).toBe(1);
  });

  it('sends once more on a fresh socket when a reused one turns out closed by the server', async () => {
    let calls = 0;
    handler = (_req, _body, res) => (calls++, json(res, 200, { n: calls }));
    await (await lean.fetch(`${base}/a`, { method: 'POST', body: '{}' })).json();
    // The server drops the idle keep-alive connection without the client noticing in time.
    handler = (req, _body, res) => {
      calls++;
      if (calls === 2) return void req.socket.destroy();
      json(res, 200, { n: calls });
    };
    const res = await lean.fetch(`${base}/b`, { method: 'POST', body: '{}' });
    expect(await res.json()).toEqual({ n: 3 });
  });

  it('leaves what it does not handle (a Request object, a stream body) to the platform fetch', async () => {
    handler = (_req, body, res) => json(res, 200, { body });
    const viaRequest = await lean.fetch(new Request(`${base}/r`, { method: 'POST', body: 'hello' }));
    expect(await viaRequest.json()).toEqual({ body: 'hello' });
    const stream = new Blob(['streamed']).stream();
    const viaStream = await lean.fetch(`${base}/s`, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(await viaStream.json()).toEqual({ body: 'streamed' });
  });
});
