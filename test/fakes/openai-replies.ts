/**
 * Reply builders for the fake OpenAI-compatible server (see openai-server.ts).
 * Kept apart so the server file stays about transport and recording.
 */
import { createHash } from 'node:crypto';
import type { RecordedRequest } from './openai-server.js';

interface ReplyBase {
  status?: number;
  headers?: Record<string, string>;
  /** Wait this long before sending anything (for timeouts and latency benches). */
  delayMs?: number;
}

/** A JSON body, a raw body, or a Server-Sent Events stream (each string is one `data:` payload). */
export type FakeReply =
  | (ReplyBase & { json: unknown })
  | (ReplyBase & { body?: string | Buffer })
  | (ReplyBase & {
      sse: string[];
      eventDelayMs?: number;
      beforeEvent?: (index: number) => void | Promise<void>;
      /** Destroy the connection after this many events (a stream cut mid-reply). */
      cutAfter?: number;
    });

export type FakeHandler = (req: RecordedRequest, ctx: { index: number }) => FakeReply | Promise<FakeReply>;

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
}

const DEFAULT_USAGE: Usage = { prompt_tokens: 120, completion_tokens: 80 };

function modelOf(req: RecordedRequest): string {
  const body = req.body as { model?: unknown } | undefined;
  return typeof body?.model === 'string' ? body.model : 'fake-model';
}

/** Generic replies: any status, OpenAI-style error bodies, rate limits, raw text. */
export const reply = {
  json: (json: unknown, opts: ReplyBase = {}): FakeReply => ({ ...opts, json }),
  raw: (body: string | Buffer, opts: ReplyBase = {}): FakeReply => ({ ...opts, body }),
  status: (status: number, json: unknown = { error: { message: `fake error ${status}`, type: 'server_error' } }, opts: ReplyBase = {}): FakeReply => ({ ...opts, status, json }),
  /** 429 with `Retry-After` in seconds (omit to send none). */
  rateLimited: (retryAfterSeconds?: number): FakeReply => ({
    status: 429,
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    json: { error: { message: 'Rate limit reached (fake)', type: 'rate_limit_exceeded' } },
  }),
  serverError: (status = 500): FakeReply => ({ status, json: { error: { message: 'Internal error (fake)', type: 'server_error' } } }),
};

interface ChatOpts {
  usage?: Usage;
  delayMs?: number;
}

export interface StreamOpts extends ChatOpts {
  /** Characters of content per chunk (default 16). */
  chunkSize?: number;
  eventDelayMs?: number;
  beforeEvent?: (index: number) => void | Promise<void>;
  cutAfter?: number;
}

/** Chat Completions replies whose assistant content is `content` (a string, or JSON-encoded otherwise). */
function chatContent(content: string, opts: ChatOpts = {}): FakeHandler {
  return (req, ctx) => {
    // Like a real server, answer in the format asked for: SSE when the request says stream: true.
    if ((req.body as { stream?: unknown } | undefined)?.stream === true) return chatStream(content, opts)(req, ctx);
    return {
      delayMs: opts.delayMs,
      json: {
        id: 'chatcmpl-fake',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: modelOf(req),
        choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
        usage: { ...(opts.usage ?? DEFAULT_USAGE), total_tokens: 0 },
      },
    };
  };
}

/**
 * A streaming reply in the real chunk format: role chunk, content chunks of
 * `chunkSize` characters, a finish chunk, a usage chunk (choices: []), [DONE].
 * `beforeEvent(i)` may hold the stream (e.g. until a test has seen a delta).
 */
function chatStream(content: string, opts: StreamOpts = {}): FakeHandler {
  return (req) => {
    const model = modelOf(req);
    const base = { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model };
    const size = opts.chunkSize ?? 16;
    const pieces: string[] = [];
    for (let i = 0; i < content.length; i += size) pieces.push(content.slice(i, i + size));
    const chunk = (delta: object, finish: string | null) => JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] });
    const events = [
      chunk({ role: 'assistant', content: '' }, null),
      ...pieces.map((p) => chunk({ content: p }, null)),
      chunk({}, 'stop'),
      JSON.stringify({ ...base, choices: [], usage: { ...(opts.usage ?? DEFAULT_USAGE), total_tokens: 0 } }),
      '[DONE]',
    ];
    return { delayMs: opts.delayMs, sse: events, eventDelayMs: opts.eventDelayMs, beforeEvent: opts.beforeEvent, cutAfter: opts.cutAfter };
  };
}

/**
 * Chat Completions replies whose assistant content is given as text or as a
 * JSON value. `content`/`json`/`invalid` answer JSON, or SSE when the request
 * asked to stream; `stream`/`streamJson` always stream (with chunk controls).
 */
export const chat = {
  content: chatContent,
  json: (value: unknown, opts: ChatOpts = {}): FakeHandler => chatContent(JSON.stringify(value), opts),
  /** Assistant content that is not JSON at all. */
  invalid: (opts: ChatOpts = {}): FakeHandler => chatContent('Sure! Here is my feedback: {not json', opts),
  stream: chatStream,
  streamJson: (value: unknown, opts: StreamOpts = {}): FakeHandler => chatStream(JSON.stringify(value), opts),
};

/** Wrap a handler (or a fixed reply) so it answers after `ms`. */
export function delayed(ms: number, h: FakeHandler | FakeReply): FakeHandler {
  return async (req, ctx) => {
    const r = typeof h === 'function' ? await h(req, ctx) : h;
    return { ...r, delayMs: (r.delayMs ?? 0) + ms };
  };
}

/** The n-th call gets the n-th handler; calls past the end repeat the last one. */
export function sequence(...hs: Array<FakeHandler | FakeReply>): FakeHandler {
  return (req, ctx) => {
    const h = hs[Math.min(ctx.index, hs.length - 1)]!;
    return typeof h === 'function' ? h(req, ctx) : h;
  };
}

/** A deterministic unit-ish vector from text (same text → same vector). */
export function fakeVector(text: string, dims = 8): number[] {
  const hash = createHash('sha256').update(text).digest();
  const v = Array.from({ length: dims }, (_, i) => (hash[i % hash.length]! - 128) / 128);
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

function embeddings(req: RecordedRequest): FakeReply {
  const body = req.body as { input?: string | string[]; model?: string; dimensions?: number; encoding_format?: string } | undefined;
  const inputs = Array.isArray(body?.input) ? body.input : [body?.input ?? ''];
  // The official SDK asks for base64 (little-endian float32) by default and decodes it itself.
  const encode = (v: number[]) => (body?.encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v);
  return reply.json({
    object: 'list',
    model: body?.model ?? 'fake-embedding',
    data: inputs.map((t, index) => ({ object: 'embedding', index, embedding: encode(fakeVector(String(t), body?.dimensions ?? 8)) })),
    usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
  });
}

/** Defaults for routes without a scenario. */
export const defaultHandlers: Record<string, FakeHandler> = {
  '/v1/chat/completions': () => reply.status(500, { error: { message: 'fake: no chat scenario set', type: 'server_error' } }),
  '/v1/embeddings': embeddings,
  '/v1/audio/transcriptions': (req) => reply.json({ text: `fake transcript of ${req.files?.[0]?.filename ?? 'audio'}` }),
  '/v1/audio/speech': () => ({ headers: { 'content-type': 'audio/mpeg' }, body: Buffer.from([0xff, 0xf3, 0x44, 0xc4, 0, 0, 0, 0]) }),
  '/v1/realtime/client_secrets': (req) => {
    const body = req.body as { session?: Record<string, unknown> } | undefined;
    const expiresAt = Math.floor(Date.now() / 1000) + 60;
    return reply.json({ value: 'ek_fake_secret', expires_at: expiresAt, session: { type: 'realtime', ...(body?.session ?? {}) } });
  },
};
