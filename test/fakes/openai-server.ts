/**
 * A fake OpenAI-compatible HTTP server for contract tests (real HTTP, real SDK).
 *
 * Usage:
 *   const fake = await startFakeOpenAI();
 *   const client = new OpenAI({ apiKey: 'test', baseURL: fake.url, maxRetries: 0 });
 *   fake.setScenario('/v1/chat/completions', chat.json({ ok: true }));   // one reply for every call
 *   fake.setScenario('/v1/chat/completions', sequence(reply.status(500), chat.json({ ok: true }))); // per call
 *   ... exercise code ...
 *   expect(fake.requestsTo('/v1/chat/completions')[0]!.body).toMatchObject({ model: 'gpt-4o-mini' });
 *   await fake.close();
 *
 * Every request is recorded (`fake.requests`): method, path, lower-cased headers,
 * raw body, parsed JSON body, and for multipart bodies the text fields and files.
 *
 * A handler gets the recorded request and `{ index }` (0-based count of earlier
 * calls to that route) and returns a FakeReply: JSON, raw bytes, or an SSE
 * stream, each with optional status, headers and delay. Helpers build common
 * replies: `reply.*` (status codes, 429 + Retry-After, raw bodies), `chat.*`
 * (Chat Completions JSON — or SSE when the request streams — and forced streaming
 * in the real chunk format, with usage, holds and mid-stream cuts),
 * `delayed(ms, h)` and `sequence(...hs)`. Routes without a scenario answer with
 * defaults: embeddings (deterministic vectors), transcriptions (`{ text }`),
 * speech (a few bytes of audio/mpeg), realtime client secrets (an `ek_` token);
 * chat completions has no default (a 500 saying so), so tests are explicit.
 * Embeddings honour `encoding_format: 'base64'`, which the SDK requests by default.
 * A handler that throws answers 599 and logs, so a broken test is not mistaken
 * for a provider error.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultHandlers, reply, type FakeHandler, type FakeReply } from './openai-replies.js';

export { chat, delayed, fakeVector, reply, sequence } from './openai-replies.js';
export type { FakeHandler, FakeReply } from './openai-replies.js';

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  bytes: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v1/chat/completions`. */
  path: string;
  query: Record<string, string>;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  rawBody: Buffer;
  /** Parsed JSON body, when the body was JSON. */
  body?: unknown;
  /** Text fields of a multipart/form-data body. */
  fields?: Record<string, string>;
  files?: RecordedFile[];
  receivedAt: number;
}

export interface FakeOpenAI {
  /** Base URL ending in `/v1`, for `new OpenAI({ baseURL })` or OPENAI_BASE_URL. */
  url: string;
  requests: RecordedRequest[];
  requestsTo(path: string): RecordedRequest[];
  /** Set the handler (or one fixed reply) for a path like `/v1/chat/completions`; replaces the previous one. */
  setScenario(path: string, handler: FakeHandler | FakeReply): void;
  /** Forget recorded requests and scenarios (defaults come back). */
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function parseMultipart(raw: Buffer, contentType: string): Promise<Pick<RecordedRequest, 'fields' | 'files'>> {
  // The platform's own multipart parser (undici), via a synthetic Request.
  const form = await new Request('http://fake.local/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
  const fields: Record<string, string> = {};
  const files: RecordedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') fields[field] = value;
    else {
      const bytes = Buffer.from(await value.arrayBuffer());
      files.push({ field, filename: value.name, contentType: value.type, size: bytes.length, bytes });
    }
  }
  return { fields, files };
}

async function record(req: IncomingMessage): Promise<RecordedRequest> {
  const url = new URL(req.url ?? '/', 'http://fake.local');
  const rawBody = await readBody(req);
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : (v ?? '')]));
  const type = headers['content-type'] ?? '';
  const rec: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers, rawBody, receivedAt: Date.now() };
  if (type.includes('application/json') && rawBody.length) {
    try {
      rec.body = JSON.parse(rawBody.toString('utf8')) as unknown;
    } catch {
      rec.body = undefined;
    }
  } else if (type.startsWith('multipart/form-data')) {
    Object.assign(rec, await parseMultipart(rawBody, type));
  }
  return rec;
}

async function send(res: ServerResponse, r: FakeReply): Promise<void> {
  if (r.delayMs) await sleep(r.delayMs);
  if (res.destroyed) return;
  const headers = { ...r.headers };
  if ('sse' in r) {
    res.writeHead(r.status ?? 200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...headers });
    for (let i = 0; i < r.sse.length; i++) {
      if (r.cutAfter === i) return void res.destroy();
      await r.beforeEvent?.(i);
      if (r.eventDelayMs) await sleep(r.eventDelayMs);
      if (res.destroyed) return;
      res.write(`data: ${r.sse[i]}\n\n`);
    }
    res.end();
    return;
  }
  const isJson = 'json' in r;
  const body = isJson ? JSON.stringify(r.json) : (r.body ?? '');
  res.writeHead(r.status ?? 200, { 'content-type': isJson ? 'application/json' : 'text/plain', ...headers });
  res.end(body);
}

/** Start the fake on 127.0.0.1 with an ephemeral port. */
export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const scenarios = new Map<string, FakeHandler>();
  const counts = new Map<string, number>();

  const server = createServer((req, res) => {
    void (async () => {
      const rec = await record(req);
      requests.push(rec);
      const index = counts.get(rec.path) ?? 0;
      counts.set(rec.path, index + 1);
      const handler = scenarios.get(rec.path) ?? defaultHandlers[rec.path];
      const r = handler ? await handler(rec, { index }) : reply.status(404, { error: { message: `fake: no route ${rec.path}`, type: 'invalid_request_error' } });
      await send(res, r);
    })().catch((err: unknown) => {
      // A broken handler is a test bug: make it loud rather than look like a provider 500.
      console.error('fake OpenAI server: handler failed', err);
      if (!res.headersSent && !res.destroyed) res.writeHead(599).end(`fake handler failed: ${String(err)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    setScenario: (path, handler) => void scenarios.set(path, typeof handler === 'function' ? handler : () => handler),
    reset: () => {
      requests.length = 0;
      scenarios.clear();
      counts.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
