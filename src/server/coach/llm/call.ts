/**
 * One structured Chat Completions call with an explicit failure policy: at most
 * two attempts (an invalid reply, 5xx, network error or acceptable 429 gets one
 * retry; a timeout or 4xx gets none). The SDK's own retries are off, so what
 * happens on the wire is exactly what this file says.
 */
import type OpenAI from 'openai';
import type { ChatCompletionCreateParamsBase, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { CoachCallOptions } from '../coach.js';
import { classifyError, type Failure, invalidReply, timeoutFailure } from './failures.js';
import { createJsonTextExtractor, forEachSseData } from './stream-text.js';

/** Reply fields that hold ids, not words: never shown in the live text. */
const MACHINE_KEYS: ReadonlySet<string> = new Set(['usedSnippetIds', 'basedOn']);

/** What a caller wants from one structured call. */
export interface StructuredCall<T> {
  /** `json_schema.name` sent to the provider. */
  schemaName: string;
  schema: Record<string, unknown>;
  messages: ChatCompletionMessageParam[];
  temperature: number;
  model: string;
  /** Parse + validate the model's JSON; return undefined when it is unusable. */
  accept: (json: unknown) => T | undefined;
}

export interface CallLimits {
  timeoutMs: number;
  maxRetryAfterSeconds: number;
}

export type CallOutcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

interface RawReply {
  content: string | null;
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
}

/** The parts of a Chat Completions stream chunk the coach reads (or an error event). */
interface StreamChunk {
  choices?: Array<{ delta?: { content?: string | null } }>;
  usage?: RawReply['usage'];
  error?: { message?: string };
}

const MAX_ATTEMPTS = 2;

function body(call: StructuredCall<unknown>, streaming: boolean): ChatCompletionCreateParamsBase {
  return {
    model: call.model,
    messages: call.messages,
    temperature: call.temperature,
    response_format: { type: 'json_schema', json_schema: { name: call.schemaName, strict: true, schema: call.schema } },
    ...(streaming ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
}

async function request(client: OpenAI, call: StructuredCall<unknown>, signal: AbortSignal, timeoutMs: number, onDelta?: (t: string) => void): Promise<RawReply> {
  // The SDK timeout is a backstop only; our own timer (covering the whole stream) fires first.
  const options = { signal, maxRetries: 0, timeout: timeoutMs + 1000 };
  if (!onDelta) {
    const res = await client.chat.completions.create({ ...body(call, false), stream: false }, options);
    return { content: res.choices[0]?.message.content ?? null, usage: res.usage };
  }
  // The SDK builds, sends and checks the request (auth, errors, status); the SSE body is read here, one
  // synchronous callback per event, which costs a fraction of the SDK's async-generator chain per token.
  const res = await client.chat.completions.create({ ...body(call, true), stream: true }, options).asResponse();
  if (!res.body) throw new Error('The AI service sent a streaming reply without a body');
  return readStream(res.body, onDelta);
}

/** The text a stream chunk adds to the reply (empty for role, usage and finish chunks). */
function contentOf(chunk: StreamChunk): string {
  return chunk.choices?.[0]?.delta?.content ?? '';
}

/** The reply's content and usage from an SSE body, handing readable text to `onDelta` as it arrives. */
async function readStream(body: ReadableStream<Uint8Array>, onDelta: (text: string) => void): Promise<RawReply> {
  const extractor = createJsonTextExtractor(MACHINE_KEYS);
  const reply: RawReply & { content: string } = { content: '', usage: undefined };
  let done = false;
  await forEachSseData(body, (data) => {
    if (done || data.startsWith('[DONE]')) return void (done = true);
    const chunk = JSON.parse(data) as StreamChunk;
    if (chunk.error) throw new Error(`The AI service reported an error mid-stream: ${chunk.error.message ?? 'unknown'}`);
    const piece = contentOf(chunk);
    if (piece) {
      reply.content += piece;
      const text = extractor.push(piece);
      if (text) onDelta(text);
    }
    if (chunk.usage) reply.usage = chunk.usage;
  });
  return reply;
}

function parseJson(content: string | null): unknown {
  if (!content) return undefined;
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return undefined;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });
}

/** One attempt under a deadline; distinguishes our timeout from the caller aborting. */
async function attemptOnce<T>(client: OpenAI, call: StructuredCall<T>, limits: CallLimits, opts: CoachCallOptions, onDelta: ((t: string) => void) | undefined, attempt: number): Promise<CallOutcome<T>> {
  opts.signal?.throwIfAborted();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), limits.timeoutMs);
  const onCallerAbort = () => controller.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    const raw = await request(client, call, controller.signal, limits.timeoutMs, onDelta);
    // Belt and braces: a stream that ended quietly on abort is our timeout or the caller leaving, not an invalid reply.
    opts.signal?.throwIfAborted();
    if (timedOut) return { ok: false, failure: timeoutFailure(limits.timeoutMs) };
    if (raw.usage) opts.onUsage?.({ model: call.model, promptTokens: raw.usage.prompt_tokens, completionTokens: raw.usage.completion_tokens });
    const value = call.accept(parseJson(raw.content));
    return value === undefined ? { ok: false, failure: invalidReply(attempt) } : { ok: true, value };
  } catch (err) {
    if (opts.signal?.aborted) throw err; // the caller went away: nothing to fall back for
    return { ok: false, failure: timedOut ? timeoutFailure(limits.timeoutMs) : classifyError(err, limits) };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * Run a structured call with the retry policy. Deltas are forwarded only until
 * the first readable text was sent, so a retry never repeats text on screen.
 */
export async function callStructured<T>(client: OpenAI, call: StructuredCall<T>, limits: CallLimits, opts: CoachCallOptions = {}): Promise<CallOutcome<T>> {
  let sentText = false;
  let last: Failure | undefined;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const onDelta = opts.onDelta && !sentText ? (t: string) => ((sentText = true), opts.onDelta?.(t)) : undefined;
    const outcome = await attemptOnce(client, call, limits, opts, onDelta, attempt);
    if (outcome.ok) return outcome;
    last = outcome.failure;
    if (!last.retryable || attempt === MAX_ATTEMPTS) break;
    if (last.waitMs > 0) await sleep(last.waitMs, opts.signal);
  }
  return { ok: false, failure: last ?? invalidReply(MAX_ATTEMPTS) };
}
