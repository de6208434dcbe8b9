/** The fake OpenAI server itself, through the official SDK: recording and default routes other tests rely on. */
import OpenAI, { type APIError, toFile } from 'openai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chat, reply, startFakeOpenAI, type FakeOpenAI } from '../../fakes/openai-server.js';

let fake: FakeOpenAI;
let client: OpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  client = new OpenAI({ apiKey: 'k', baseURL: fake.url, maxRetries: 0 });
});
afterAll(async () => fake.close());
beforeEach(() => fake.reset());

describe('fake OpenAI server', () => {
  it('records multipart transcription uploads with fields and files', async () => {
    const file = await toFile(Buffer.from('RIFFfakewav'), 'answer.wav', { type: 'audio/wav' });
    const res = await client.audio.transcriptions.create({ file, model: 'gpt-4o-transcribe', language: 'en' });
    expect(res.text).toBe('fake transcript of answer.wav');
    const rec = fake.requestsTo('/v1/audio/transcriptions')[0]!;
    expect(rec.fields).toMatchObject({ model: 'gpt-4o-transcribe', language: 'en' });
    expect(rec.files?.[0]).toMatchObject({ field: 'file', filename: 'answer.wav', size: 11 });
  });

  it('answers embeddings deterministically', async () => {
    const a = await client.embeddings.create({ model: 'e', input: ['same', 'other'] });
    const b = await client.embeddings.create({ model: 'e', input: 'same' });
    expect(a.data[0]!.embedding).toEqual(b.data[0]!.embedding);
    expect(a.data[0]!.embedding).not.toEqual(a.data[1]!.embedding);
  });

  it('streams chat chunks the SDK understands, with usage last', async () => {
    fake.setScenario('/v1/chat/completions', chat.stream('hello world', { chunkSize: 4, usage: { prompt_tokens: 7, completion_tokens: 3 } }));
    const stream = await client.chat.completions.create({ model: 'm', messages: [], stream: true, stream_options: { include_usage: true } });
    const parts: string[] = [];
    let usage: OpenAI.CompletionUsage | undefined | null;
    for await (const c of stream) {
      if (c.choices[0]?.delta.content) parts.push(c.choices[0].delta.content);
      if (c.usage) usage = c.usage;
    }
    expect(parts).toEqual(['hell', 'o wo', 'rld']);
    expect(usage).toMatchObject({ prompt_tokens: 7, completion_tokens: 3 });
  });

  it('replies with the scripted status and headers', async () => {
    fake.setScenario('/v1/chat/completions', reply.rateLimited(7));
    const err = (await client.chat.completions.create({ model: 'm', messages: [] }).catch((e: unknown) => e)) as APIError;
    expect(err.status).toBe(429);
    expect(err.headers?.get('retry-after')).toBe('7');
  });

  it('mints realtime client secrets and speech audio by default', async () => {
    const secret = await client.realtime.clientSecrets.create({ session: { type: 'realtime', model: 'gpt-realtime' } });
    expect(secret.value).toBe('ek_fake_secret');
    const speech = await client.audio.speech.create({ model: 'tts', voice: 'marin', input: 'hi' });
    expect((await speech.arrayBuffer()).byteLength).toBeGreaterThan(0);
    expect(fake.requests.map((r) => r.path)).toEqual(['/v1/realtime/client_secrets', '/v1/audio/speech']);
  });
});
