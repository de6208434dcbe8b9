/**
 * Durability under `kill -9`: several clients submit answers in a loop (two
 * as plain JSON, two over the SSE stream, where the `saved` event is the
 * acknowledgement), the server is SIGKILLed mid-stream, restarted on the same
 * DATA_DIR (and database), and every answer that was acknowledged is there.
 * No COOKIE_SECRET is set, so this also proves the generated secret survives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { httpClient, makeDataDir, startChild, type ChildServer, type HttpClient } from './child-server.js';

interface Writer {
  client: HttpClient;
  sessionId: string;
  questionId: string;
  acked: string[];
  mode: 'json' | 'stream';
}

let data: Awaited<ReturnType<typeof makeDataDir>>;
let server: ChildServer | undefined;
beforeAll(async () => {
  data = await makeDataDir();
});
afterAll(async () => {
  server?.proc.kill('SIGKILL');
  await server?.exited;
  await data.cleanup();
});

async function makeWriter(base: string, mode: Writer['mode']): Promise<Writer> {
  const client = httpClient(base);
  const session = (await (await client.send('POST', '/api/sessions', { name: `writer ${mode}` })).json()) as { id: string };
  const question = (await (await client.send('POST', `/api/sessions/${session.id}/questions`, { text: 'Tell me about a time you recovered from an outage.' })).json()) as { id: string };
  return { client, sessionId: session.id, questionId: question.id, acked: [], mode };
}

/** Submit one answer; returns its id once the server has acknowledged it as saved. */
async function submit(w: Writer, i: number): Promise<string | undefined> {
  const body = { questionId: w.questionId, text: `Attempt ${i}: I restored service by failing over to the replica and wrote the postmortem the same day.` };
  if (w.mode === 'json') {
    const res = await w.client.send('POST', `/api/sessions/${w.sessionId}/answers`, body);
    if (res.status !== 201) return undefined;
    return ((await res.json()) as { answer: { id: string } }).answer.id;
  }
  const res = await w.client.send('POST', `/api/sessions/${w.sessionId}/answers/stream`, body);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return undefined;
    text += value;
    // The first event is `saved` with the stored answer: that is the acknowledgement.
    const saved = /event: saved\ndata: (.*)\n\n/.exec(text);
    if (saved) {
      const id = (JSON.parse(saved[1]!) as { id: string }).id;
      void reader.cancel().catch(() => undefined);
      return id;
    }
  }
}

/** Loop until the server goes away; every acknowledged id is recorded. */
async function writeUntilKilled(w: Writer): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      const id = await submit(w, i);
      if (id) w.acked.push(id);
    } catch {
      return; // connection refused or reset: the server was killed
    }
  }
}

describe('kill -9 durability', () => {
  it('keeps every answer that was acknowledged before SIGKILL', { timeout: 60_000 }, async () => {
    const started = Date.now();
    server = await startChild(data.dataDir, { ...data.env, RATE_LIMIT_PER_MINUTE: '100000' });
    const writers = await Promise.all((['json', 'json', 'stream', 'stream'] as const).map((m) => makeWriter(server!.url, m)));
    const loops = writers.map(writeUntilKilled);

    // Let them write, then kill while requests are in flight.
    const deadline = Date.now() + 8_000;
    while (writers.reduce((n, w) => n + w.acked.length, 0) < 60 && Date.now() < deadline) await sleep(20);
    server.proc.kill('SIGKILL');
    expect(await server.exited).toBe('SIGKILL');
    await Promise.all(loops);
    const acked = writers.reduce((n, w) => n + w.acked.length, 0);
    expect(acked).toBeGreaterThanOrEqual(20);

    server = await startChild(data.dataDir, { ...data.env, RATE_LIMIT_PER_MINUTE: '100000' });
    for (const w of writers) {
      w.client.base = server.url;
      const res = await w.client.send('GET', `/api/sessions/${w.sessionId}`);
      expect(res.status, 'the owner cookie still works after restart').toBe(200);
      const stored = new Set(((await res.json()) as { answers: { id: string }[] }).answers.map((a) => a.id));
      const lost = w.acked.filter((id) => !stored.has(id));
      expect(lost, `${w.mode} writer lost acknowledged answers`).toEqual([]);
    }
    console.info(`kill -9: ${acked} acknowledged answers from 4 writers, none lost; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
