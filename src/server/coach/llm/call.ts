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
import { createJsonTextExtractor } from './stream-text.js';

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
  const stream = await client.chat.completions.create({ ...body(call, true), stream: true }, options);
  const extractor = createJsonTextExtractor();
  let content = '';
  let usage: RawReply['usage'];
  for await (const chunk of stream) {
    const piece = chunk.choices[0]?.delta?.content ?? '';
    if (piece) {
      content += piece;
      const text = extractor.push(piece);
      if (text) onDelta(text);
    }
    if (chunk.usage) usage = chunk.usage;
  }
  return { content, usage };
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
