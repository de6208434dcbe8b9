/**
 * Runs the fake OpenAI server in a child process for bench/llm.ts, so neither
 * its CPU time nor its event loop is charged to the coach being measured (a
 * real provider is another machine), and the bench's own process CPU time is
 * ours alone. Replies with a fixed JSON or streamed reply after a fixed delay;
 * sends its base URL to the parent over IPC, exits on 'close' or when the
 * parent goes away.
 *
 * Started as: node --import tsx bench/llm-fake-worker.ts <delayMs> (content as JSON on the IPC channel).
 */
import { chat, startFakeOpenAI } from '../test/fakes/openai-server.js';

const send = (msg: unknown) => process.send?.(msg);
const delayMs = Number(process.argv[2] ?? 50);

process.once('message', (content: unknown) => {
  void (async () => {
    const fake = await startFakeOpenAI();
    const reply = chat.json(content, { delayMs }); // SSE when the request streams, JSON otherwise
    fake.setScenario('/v1/chat/completions', (req, ctx) => {
      fake.requests.length = 0; // recording is pointless here and would grow without bound
      return reply(req, ctx);
    });
    process.on('message', (msg) => {
      if (msg === 'close') void fake.close().then(() => process.exit(0));
    });
    process.on('disconnect', () => process.exit(0));
    send(fake.url);
  })();
});
send('ready');
