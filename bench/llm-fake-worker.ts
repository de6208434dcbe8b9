/**
 * Runs the fake OpenAI server in a worker thread for bench/llm.ts, so the
 * server's own CPU time is not charged to the coach being measured (a real
 * provider is another machine). Replies with a fixed JSON or streamed reply
 * after a fixed delay; posts its base URL to the parent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { chat, startFakeOpenAI } from '../test/fakes/openai-server.js';

const { content, delayMs } = workerData as { content: unknown; delayMs: number };
const fake = await startFakeOpenAI();
const reply = chat.json(content, { delayMs }); // SSE when the request streams, JSON otherwise
fake.setScenario('/v1/chat/completions', (req, ctx) => {
  fake.requests.length = 0; // recording is pointless here and would grow without bound
  return reply(req, ctx);
});
parentPort?.postMessage(fake.url);
parentPort?.on('message', (msg) => {
  if (msg === 'close') void fake.close().then(() => process.exit(0));
});
