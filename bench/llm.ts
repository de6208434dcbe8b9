/**
 * LLM coach overhead: with a fake OpenAI-compatible server answering after a
 * fixed delay, how much time does the coach add on top of that delay when 16
 * evaluations run at once? Target: median < 5 ms.
 *
 * The fake runs in a worker thread (a real provider is another machine, so
 * its CPU must not be charged to the coach). Three measurements:
 *  - over HTTP through the SDK (what a user waits for beyond the provider),
 *  - the same with streaming (SSE chunks, delta extraction),
 *  - coach-only: the SDK given an in-memory fetch, so what remains is prompt
 *    rendering, the SDK's own request/response handling, JSON parsing,
 *    schema and evidence checks (at 16 concurrent, and one at a time).
 */
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import OpenAI from 'openai';
import type { Coach } from '../src/server/coach/coach.js';
import { createLlmCoach } from '../src/server/coach/llm/index.js';
import { loadPersonaPrompts } from '../src/server/coach/prompts.js';
import { evaluationRequest, fakeBuiltin, validFeedbackReply } from '../test/api/coach/llm-fixtures.js';
import { type BenchResult, measure, percentile } from './lib.js';

const DELAY_MS = 50;
const CONCURRENCY = 16;
const ROUNDS = 25;
const WARMUP_ROUNDS = 10;

/** `ROUNDS` waves of `CONCURRENCY` simultaneous calls; samples are latency minus `subtractMs`. */
async function waves(call: () => Promise<unknown>, subtractMs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let r = 0; r < WARMUP_ROUNDS + ROUNDS; r++) {
    const wave = Array.from({ length: CONCURRENCY }, async () => {
      const t0 = performance.now();
      await call();
      return performance.now() - t0 - subtractMs;
    });
    const times = await Promise.all(wave);
    if (r >= WARMUP_ROUNDS) samples.push(...times);
  }
  return samples.sort((a, b) => a - b);
}

function startFakeInWorker(): Promise<{ url: string; stop: () => Promise<void> }> {
  const file = new URL('./llm-fake-worker.ts', import.meta.url).href;
  // An eval'd bootstrap registers tsx inside the worker, which plain execArgv does not do.
  const code = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(file)}); })`;
  const worker = new Worker(code, { eval: true, workerData: { content: validFeedbackReply(), delayMs: DELAY_MS } });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (url: string) =>
      resolve({ url, stop: () => new Promise<void>((done) => (worker.once('exit', () => done()), worker.postMessage('close'))) }),
    );
  });
}

function makeCoach(client: OpenAI): Coach {
  return createLlmCoach({ client, prompts: loadPersonaPrompts(), fallback: fakeBuiltin(), defaultModel: 'gpt-4o-mini', allowedModels: [], timeoutMs: 10_000, maxRetryAfterSeconds: 0 });
}

async function evaluateOnce(coach: Coach, stream: boolean): Promise<void> {
  let deltas = 0;
  const fb = await coach.evaluate(evaluationRequest, stream ? { onDelta: () => deltas++ } : {});
  if (fb.coach.provider !== 'openai') throw new Error(`bench: coach fell back (${fb.coach.fallbackReason})`);
  if (stream && deltas === 0) throw new Error('bench: streaming evaluation produced no deltas');
}

/** An SDK client whose fetch answers from memory at once (no HTTP, no delay). */
function inMemoryClient(): OpenAI {
  const content = JSON.stringify(validFeedbackReply());
  const completion = JSON.stringify({
    id: 'c', object: 'chat.completion', created: 0, model: 'gpt-4o-mini',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  });
  const fetch = async () => new Response(completion, { headers: { 'content-type': 'application/json' } });
  return new OpenAI({ apiKey: 'bench', baseURL: 'http://in-memory.invalid/v1', maxRetries: 0, fetch });
}

const result = (name: string, s: number[], extra: BenchResult['extra']): BenchResult => ({
  name, unit: 'ms', median: percentile(s, 50), p99: percentile(s, 99), target: 'median < 5 ms', extra,
});

export async function run(): Promise<BenchResult[]> {
  const fake = await startFakeInWorker();
  try {
    const client = new OpenAI({ apiKey: 'bench', baseURL: fake.url, maxRetries: 0 });
    const coach = makeCoach(client);
    const sdkOnly = await waves(() => client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] }), DELAY_MS);
    const plain = await waves(() => evaluateOnce(coach, false), DELAY_MS);
    const streamed = await waves(() => evaluateOnce(coach, true), DELAY_MS);
    const localCoach = makeCoach(inMemoryClient());
    const local = await waves(() => evaluateOnce(localCoach, false), 0);
    const single = await measure('x', () => evaluateOnce(localCoach, false), { iterations: 400, warmup: 100 });
    const n = { concurrency: CONCURRENCY, samples: plain.length, server_delay_ms: DELAY_MS };
    return [
      // The bare SDK call (same HTTP, same delay, no coach) shows how much of the added latency is the SDK + HTTP itself.
      result('evaluate over HTTP: added latency over server delay (16 concurrent)', plain, {
        ...n,
        bare_sdk_median_ms: percentile(sdkOnly, 50).toFixed(2),
        bare_sdk_p99_ms: percentile(sdkOnly, 99).toFixed(2),
      }),
      result('evaluate streamed over HTTP: added latency (16 concurrent)', streamed, n),
      result('evaluate coach-only work, SDK with in-memory fetch (16 concurrent)', local, { concurrency: CONCURRENCY, samples: local.length }),
      // One at a time: the CPU cost of one evaluation (prompts, SDK, parse, checks), the floor for any concurrency.
      { ...single, name: 'evaluate coach-only work, one at a time', target: undefined },
    ];
  } finally {
    await fake.stop();
  }
}
