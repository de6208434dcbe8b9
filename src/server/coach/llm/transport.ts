/**
 * A lean `fetch` for the OpenAI SDK (its `fetch` client option), built on
 * node:http/https with a keep-alive Agent created once per client.
 *
 * Why: the global fetch (undici's WHATWG implementation) costs several times
 * more CPU per call than node:http, and all of it runs on the one event loop
 * that also serves the app; at 16 concurrent answers that CPU turns into
 * queueing delay (see bench/llm.ts). This fetch does only what the SDK needs:
 *  - string / bytes request bodies (anything else goes to the global fetch);
 *  - a non-streaming reply is read whole, then handed over as a `Response`
 *    (the SDK reads it at once anyway); `text/event-stream` replies are
 *    handed over at headers time as a byte stream, chunk by chunk;
 *  - gzip/deflate/br bodies are decoded (none is asked for: small JSON over
 *    a keep-alive connection is cheaper uncompressed);
 *  - abort (the SDK's timeout and ours) rejects with an `AbortError` at any
 *    point, and errors a stream already handed over;
 *  - a request that fails on a reused keep-alive socket before any reply
 *    (the server closed it while idle) is sent once more on a fresh socket.
 * Redirects are not followed (the API answers POSTs directly).
 */
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';

/** The SDK's `fetch` option type (the platform fetch signature). */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface LeanFetchOptions {
  /** Most sockets open at once per host; requests beyond it wait for a free socket. */
  maxSockets?: number;
  /** Close a socket idle this long (ms); a shorter `Keep-Alive: timeout` from the server wins. */
  idleTimeoutMs?: number;
}

export interface LeanFetch {
  fetch: FetchLike;
  /** Destroy every socket of this transport, idle or in use (shutdown, tests). */
  close(): void;
}

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);
const DEFAULT_MAX_SOCKETS = 64;
const DEFAULT_IDLE_MS = 4000;

function abortError(signal: AbortSignal): unknown {
  const reason: unknown = signal.reason;
  return reason instanceof Error && reason.name === 'AbortError' ? reason : new DOMException('This operation was aborted', 'AbortError');
}

/** Request headers as a plain object (node:http's cheapest input). */
function toNodeHeaders(h: RequestInit['headers']): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  if (!h) return out;
  if (h instanceof Headers || Array.isArray(h)) {
    for (const [k, v] of h as Iterable<[string, string]>) out[k] = v;
    return out;
  }
  return { ...(h as Record<string, string | string[]>) };
}

function toHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}

/** The reply body as decoded bytes (identity, gzip, deflate or br). */
function decoded(res: IncomingMessage): Readable {
  const enc = res.headers['content-encoding']?.trim().toLowerCase();
  const decoder = enc === 'gzip' || enc === 'x-gzip' ? createGunzip() : enc === 'deflate' ? createInflate() : enc === 'br' ? createBrotliDecompress() : undefined;
  if (!decoder) return res;
  res.on('error', (err) => decoder.destroy(err));
  return res.pipe(decoder);
}

/** A web byte stream over a node stream, with backpressure; errors and cancel propagate. */
function webStream(body: Readable, res: IncomingMessage, done: () => void, signal: AbortSignal | null | undefined): ReadableStream<Uint8Array> {
  let finished = false;
  const finish = (then: () => void) => {
    if (finished) return;
    finished = true;
    done();
    then();
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // Like fetch: a stream ended by abort errors with an AbortError, anything else with what happened.
      const fail = (err: unknown) => finish(() => controller.error(signal?.aborted ? abortError(signal) : err));
      body.on('data', (chunk: Buffer) => {
        if (finished) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) body.pause();
      });
      body.on('end', () => finish(() => controller.close()));
      body.on('error', fail);
      // A connection cut mid-reply: node may only report 'close' without 'end'.
      res.on('close', () => {
        if (!res.complete) fail(new TypeError('terminated: the connection closed mid-reply'));
      });
    },
    pull() {
      body.resume();
    },
    cancel() {
      finish(() => res.destroy());
    },
  });
}

function readAll(body: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    body.on('data', (c: Buffer) => chunks.push(c));
    body.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    body.on('error', reject);
  });
}

function isEventStream(res: IncomingMessage): boolean {
  return (res.headers['content-type'] ?? '').toLowerCase().startsWith('text/event-stream');
}

interface Attempt {
  url: URL;
  method: string;
  headers: OutgoingHttpHeaders;
  body: string | Uint8Array | undefined;
  signal: AbortSignal | null | undefined;
}

interface Agents {
  http: HttpAgent;
  https: HttpsAgent;
}

/** Settles the fetch promise once, whatever fires first (error, abort, response, body end). */
interface Settle {
  resolve(res: Response): void;
  reject(err: unknown): void;
  /** True once either has been called. */
  readonly settled: boolean;
}

function once(resolve: (r: Response) => void, reject: (e: unknown) => void, cleanup: () => void): Settle {
  let settled = false;
  return {
    resolve: (r) => void (settled || ((settled = true), resolve(r))),
    reject: (e) => void (settled || ((settled = true), cleanup(), reject(e))),
    get settled() {
      return settled;
    },
  };
}

function openRequest(agents: Agents, a: Attempt): ClientRequest {
  const isHttps = a.url.protocol === 'https:';
  return (isHttps ? httpsRequest : httpRequest)({
    agent: isHttps ? agents.https : agents.http,
    protocol: a.url.protocol,
    hostname: a.url.hostname.startsWith('[') ? a.url.hostname.slice(1, -1) : a.url.hostname,
    port: a.url.port || undefined,
    path: a.url.pathname + a.url.search,
    method: a.method,
    headers: a.headers,
  });
}

/** Turn the response into a fetch Response: no body, a live SSE stream, or the whole body read. */
function onResponse(res: IncomingMessage, signal: AbortSignal | null | undefined, done: () => void, settle: Settle): void {
  const status = res.statusCode ?? 0;
  const init = { status, statusText: res.statusMessage ?? '', headers: toHeaders(res.rawHeaders) };
  if (NULL_BODY_STATUS.has(status)) {
    res.resume();
    done();
    return settle.resolve(new Response(null, init));
  }
  const body = decoded(res);
  if (isEventStream(res)) return settle.resolve(new Response(webStream(body, res, done, signal), init));
  readAll(body).then(
    (bytes) => (done(), settle.resolve(new Response(bytes, init))),
    (err: unknown) => settle.reject(signal?.aborted ? abortError(signal) : new TypeError('fetch failed', { cause: err })),
  );
}

/** One request; a failure on a reused keep-alive socket the server had closed is sent once more. */
function send(agents: Agents, a: Attempt, retryOnStaleSocket: boolean): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const { signal } = a;
    if (signal?.aborted) return reject(abortError(signal));
    const req = openRequest(agents, a);
    const onAbort = () => req.destroy(abortError(signal!) as Error);
    const done = () => signal?.removeEventListener('abort', onAbort);
    const settle = once(resolve, reject, done);
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (err: NodeJS.ErrnoException) => {
      done();
      if (settle.settled) return;
      if (signal?.aborted) return settle.reject(abortError(signal));
      if (retryOnStaleSocket && req.reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE')) {
        return void send(agents, a, false).then(settle.resolve, settle.reject);
      }
      settle.reject(new TypeError('fetch failed', { cause: err }));
    });
    req.on('response', (res) => onResponse(res, signal, done, settle));
    req.end(a.body);
  });
}

function isSimpleBody(body: RequestInit['body']): body is string | Uint8Array | null | undefined {
  return body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
}

/** An http(s) URL given as a string or URL; undefined for a Request object or another scheme. */
function httpUrl(input: string | URL | Request): URL | undefined {
  const url = typeof input === 'string' ? new URL(input) : input instanceof URL ? input : undefined;
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : undefined;
}

/** The transport's attempt for a call it handles, or undefined to leave it to the platform fetch. */
function attemptFor(input: string | URL | Request, init: RequestInit): Attempt | undefined {
  const body = init.body;
  const url = httpUrl(input);
  if (!url || !isSimpleBody(body)) return undefined;
  return { url, method: (init.method ?? 'GET').toUpperCase(), headers: toNodeHeaders(init.headers), body: body ?? undefined, signal: init.signal };
}

/**
 * Build the fetch. One Agent per protocol, created here, so every call of
 * this client shares warm keep-alive connections.
 */
export function createLeanFetch(options: LeanFetchOptions = {}): LeanFetch {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? DEFAULT_MAX_SOCKETS, timeout: options.idleTimeoutMs ?? DEFAULT_IDLE_MS, scheduling: 'lifo' as const };
  const agents: Agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions) };
  const fetch: FetchLike = (input, init = {}) => {
    const attempt = attemptFor(input, init);
    // Anything this transport does not handle (Request objects, streams, forms, other schemes) keeps full fetch semantics.
    return attempt ? send(agents, attempt, true) : globalThis.fetch(input, init);
  };
  return {
    fetch,
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
