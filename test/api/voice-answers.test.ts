/**
 * Turn-based voice mode through the real app: the transcription route as the
 * fake OpenAI-compatible server receives it (contract, real HTTP, official
 * SDK), its failure modes, and spoken-answer submission with delivery and
 * stored audio.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FILLER_PROMPT } from '../../src/server/services/transcription/models.js';
import { delayed, reply, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { multipart, type TestApp, type TestClient } from './helper.js';
import { fakeWebm, startVoiceApp } from './voice-answers.helper.js';

const TRANSCRIBE = '/v1/audio/transcriptions';
let fake: FakeOpenAI;
let whisper: TestApp;
let gpt4o: TestApp;
let keyless: TestApp;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  const keyed = { OPENAI_API_KEY: 'sk-test-voice', OPENAI_BASE_URL: fake.url, OPENAI_TIMEOUT_MS: '1000', MAX_AUDIO_MB: '0.1' };
  whisper = await startVoiceApp({ ...keyed, OPENAI_TRANSCRIBE_MODEL: 'whisper-1' });
  gpt4o = await startVoiceApp({ ...keyed, OPENAI_TRANSCRIBE_MODEL: 'gpt-4o-transcribe' });
  keyless = await startVoiceApp({ MAX_AUDIO_MB: '0.1', AUDIO_KEEP_PER_OWNER: '2' });
});
afterAll(async () => {
  await Promise.all([whisper?.destroy(), gpt4o?.destroy(), keyless?.destroy()]);
  await fake?.close();
});
beforeEach(() => fake.reset());

async function newSession(c: TestClient): Promise<{ sessionId: string; questionId: string }> {
  const s = (await c.post('/api/sessions', { name: 'voice' })).json();
  const q = await c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you improved a slow system.' });
  expect(q.statusCode).toBe(201);
  return { sessionId: s.id, questionId: q.json().id };
}

function transcribe(c: TestClient, sessionId: string, bytes: Buffer, fields: Record<string, string> = {}) {
  const form = multipart(fields, { name: 'file', filename: 'rec.webm', type: 'audio/webm', bytes });
  return c.request({ method: 'POST', url: `/api/sessions/${sessionId}/transcriptions`, ...form });
}

describe('POST /transcriptions (contract with an OpenAI-compatible server)', () => {
  it('sends the audio, model and filler-keeping prompt, and asks whisper-1 for word timestamps', async () => {
    const words = [
      { word: 'Um,', start: 0.1, end: 0.4 },
      { word: 'we', start: 0.5, end: 0.7 },
      { word: 'shipped', start: 2.6, end: 3.0 },
    ];
    fake.setScenario(TRANSCRIBE, () => reply.json({ task: 'transcribe', language: 'english', duration: 3.2, text: ' Um, we shipped. ', words }));
    const c = whisper.client();
    const { sessionId } = await newSession(c);
    const audio = fakeWebm(4096);
    const res = await transcribe(c, sessionId, audio, { language: 'en' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ text: 'Um, we shipped.', words: [{ word: 'Um,', start: 0.1, end: 0.4 }, ...words.slice(1)], model: 'whisper-1', keepsFillers: true });

    const [sent] = fake.requestsTo(TRANSCRIBE);
    expect(sent!.headers.authorization).toBe('Bearer sk-test-voice');
    expect(sent!.fields).toMatchObject({ model: 'whisper-1', response_format: 'verbose_json', 'timestamp_granularities[]': 'word', language: 'en' });
    expect(sent!.fields!.prompt).toBe(FILLER_PROMPT);
    expect(sent!.fields!.prompt).toMatch(/umm.*like.*hmm/i);
    expect(sent!.files).toHaveLength(1);
    expect(sent!.files![0]).toMatchObject({ field: 'file', filename: 'answer.webm', contentType: 'audio/webm', size: audio.length });
    expect(Buffer.compare(sent!.files![0]!.bytes, audio)).toBe(0);
  });

  it('asks gpt-4o-transcribe for plain json (no timestamps) and reports that fillers may be dropped', async () => {
    fake.setScenario(TRANSCRIBE, () => reply.json({ text: 'We shipped it.' }));
    const c = gpt4o.client();
    const { sessionId } = await newSession(c);
    const res = await transcribe(c, sessionId, fakeWebm());
    expect(res.json()).toEqual({ text: 'We shipped it.', model: 'gpt-4o-transcribe', keepsFillers: false });
    const [sent] = fake.requestsTo(TRANSCRIBE);
    expect(sent!.fields).toMatchObject({ model: 'gpt-4o-transcribe', response_format: 'json' });
    expect(sent!.fields).not.toHaveProperty('timestamp_granularities[]');
  });

  it('refuses a recording over MAX_AUDIO_MB with 413 and a clear message, without calling upstream', async () => {
    const c = whisper.client();
    const { sessionId } = await newSession(c);
    const res = await transcribe(c, sessionId, fakeWebm(200 * 1024));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(res.json().error.message).toMatch(/larger than 0\.1 MB/);
    expect(fake.requestsTo(TRANSCRIBE)).toHaveLength(0);
  });

  it('refuses a file that is not audio with 415', async () => {
    const c = whisper.client();
    const { sessionId } = await newSession(c);
    const res = await transcribe(c, sessionId, Buffer.from('%PDF-1.7 this is not audio at all'));
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/WebM, Ogg, MP4, WAV or MP3/);
    expect(fake.requestsTo(TRANSCRIBE)).toHaveLength(0);
  });

  it('turns an upstream 500 into 502 with a clear message and never the upstream body', async () => {
    fake.setScenario(TRANSCRIBE, () => reply.status(500, { error: { message: 'SECRET upstream stack trace', type: 'server_error' } }));
    const c = whisper.client();
    const { sessionId } = await newSession(c);
    const res = await transcribe(c, sessionId, fakeWebm());
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('upstream_failed');
    expect(res.json().error.message).toMatch(/transcription service failed \(HTTP 500\).*type what you said/);
    expect(res.body).not.toContain('SECRET');
  });

  it('turns an upstream that does not answer in time into 504', async () => {
    fake.setScenario(TRANSCRIBE, delayed(2500, () => reply.json({ text: 'late' })));
    const c = whisper.client();
    const { sessionId } = await newSession(c);
    const res = await transcribe(c, sessionId, fakeWebm());
    expect(res.statusCode).toBe(504);
    expect(res.json().error).toMatchObject({ code: 'upstream_timeout' });
    expect(res.json().error.message).toMatch(/did not answer within 1 s/);
    // With a transcriber configured the page offers "Try transcription again" and typing, not browser recognition.
    expect(res.json().error.message).toMatch(/type what you said\.$/);
    expect(res.json().error.message).not.toMatch(/speech recognition/);
  });

  it('without a key answers 409 and offers browser recognition or typing', async () => {
    const c = keyless.client();
    const { sessionId } = await newSession(c);
    const res = await transcribe(c, sessionId, fakeWebm());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('needs_api_key');
    expect(res.json().error.message).toMatch(/speech recognition.*type/);
    // What is unavailable and what to do now in the user's words first; how to turn it on second.
    const [now, enable] = res.json().error.message.split(/(?<=\.) (?=[A-Z])/);
    expect(now).toBe("Automatic transcripts of recordings are not available here yet: use your browser's speech recognition, or type what you said.");
    expect(enable).toMatch(/^To turn them on, add an OpenAI-compatible API key to \.env \(OPENAI_API_KEY\).*README\.$/);
    expect((await c.get('/api/transcription')).json()).toEqual({ available: false, model: null, maxAudioBytes: 104858 });
    expect((await whisper.client().get('/api/transcription')).json()).toMatchObject({ available: true, model: 'whisper-1' });
  });

  it("answers 404 for another owner's session", async () => {
    const { sessionId } = await newSession(whisper.client());
    const res = await transcribe(whisper.client(), sessionId, fakeWebm());
    expect(res.statusCode).toBe(404);
    expect(fake.requestsTo(TRANSCRIBE)).toHaveLength(0);
  });
});

const SPOKEN = 'Um, so we had a slow billing job. I think we kind of rewrote it, and it was, like, four times faster.';

function voiceAnswer(c: TestClient, sessionId: string, fields: Record<string, string>, audio?: Buffer) {
  const form = multipart(fields, audio ? { name: 'audio', filename: 'answer.webm', type: 'audio/webm', bytes: audio } : undefined);
  return c.request({ method: 'POST', url: `/api/sessions/${sessionId}/voice-answers`, ...form });
}

describe('POST /voice-answers', () => {
  const segments = [
    { start: 0, end: 0.8, speaking: false },
    { start: 0.8, end: 4, speaking: true },
    { start: 4, end: 6, speaking: false },
    { start: 6, end: 9, speaking: true },
    { start: 9, end: 12.5, speaking: false },
    { start: 12.5, end: 15, speaking: true },
  ];

  it('saves a voice answer, returns feedback with delivery, and keeps the audio playable and deletable', async () => {
    const c = keyless.client();
    const { sessionId, questionId } = await newSession(c);
    const audio = fakeWebm(3000);
    const res = await voiceAnswer(c, sessionId, { questionId, text: SPOKEN, durationSeconds: '15.5', segments: JSON.stringify(segments), transcriptSource: 'browser' }, audio);
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.answer).toMatchObject({ questionId, text: SPOKEN, source: 'voice', durationSeconds: 15.5 });
    expect(body.audio).toEqual({ stored: true });
    expect(body.feedback.overall).toBeGreaterThanOrEqual(1);
    const d = body.feedback.delivery;
    expect(d.pauses).toMatchObject({ count15: 2, count3: 1, source: 'microphone' });
    expect(d.pauses.long.map((p: { seconds: number }) => p.seconds)).toEqual([2, 3.5]);
    expect(d.fillers.byWord).toEqual({ um: 1, like: 1 });
    expect(d.hedges.items.map((h: { phrase: string }) => h.phrase)).toEqual(['i think', 'kind of']);
    expect(d.talkTime).toMatchObject({ seconds: 14.2, band: 'short' });
    expect(d.notes).toContain("The browser's speech recognition usually drops filler words; the count may be low.");

    // Delivery is stored with the feedback, so it survives a reload.
    const row = await keyless.app.storage.db.selectFrom('feedback').select('body').where('answer_id', '=', body.answer.id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.body).delivery).toEqual(d);

    const url = `/api/sessions/${sessionId}/answers/${body.answer.id}/audio`;
    const played = await c.get(url);
    expect(played.statusCode).toBe(200);
    expect(played.headers['content-type']).toBe('audio/webm');
    expect(Buffer.compare(played.rawPayload, audio)).toBe(0);
    expect((await c.request({ method: 'HEAD', url })).statusCode).toBe(200);
    // Byte ranges, which Safari needs to play audio and every browser needs to seek.
    const part = await c.request({ method: 'GET', url, headers: { range: 'bytes=100-199' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${audio.length}`);
    expect(Buffer.compare(part.rawPayload, audio.subarray(100, 200))).toBe(0);
    const tail = await c.request({ method: 'GET', url, headers: { range: 'bytes=-10' } });
    expect(Buffer.compare(tail.rawPayload, audio.subarray(audio.length - 10))).toBe(0);
    expect((await c.request({ method: 'GET', url, headers: { range: `bytes=${audio.length}-` } })).statusCode).toBe(416);
    expect((await keyless.client().get(url)).statusCode).toBe(404);
    expect((await keyless.client().delete(url)).statusCode).toBe(404);

    expect((await c.delete(url)).statusCode).toBe(204);
    expect((await c.get(url)).statusCode).toBe(404);
    expect((await c.request({ method: 'HEAD', url })).statusCode).toBe(404);
    const detail = (await c.get(`/api/sessions/${sessionId}`)).json();
    expect(detail.answers.map((a: { id: string; source: string }) => [a.id, a.source])).toEqual([[body.answer.id, 'voice']]);
  });

  it('keeps the answer when the recording is too large, and says the audio was not kept', async () => {
    const c = keyless.client();
    const { sessionId, questionId } = await newSession(c);
    const res = await voiceAnswer(c, sessionId, { questionId, text: SPOKEN, durationSeconds: '20' }, fakeWebm(200 * 1024));
    expect(res.statusCode).toBe(201);
    expect(res.json().audio.stored).toBe(false);
    expect(res.json().audio.message).toMatch(/larger than 0\.1 MB.*saved without it/);
    expect(res.json().answer.text).toBe(SPOKEN);
    expect((await c.get(`/api/sessions/${sessionId}/answers/${res.json().answer.id}/audio`)).statusCode).toBe(404);
  });

  it('never loses the text over bad timing data: malformed words/segments are dropped, the answer is saved', async () => {
    const c = keyless.client();
    const { sessionId, questionId } = await newSession(c);
    const res = await voiceAnswer(c, sessionId, { questionId, text: SPOKEN, durationSeconds: 'soon', words: '{not json', segments: '[{"start":"x"}]' });
    expect(res.statusCode).toBe(201);
    expect(res.json().answer).toMatchObject({ text: SPOKEN, durationSeconds: null });
    expect(res.json().feedback.delivery.pauses.source).toBe('none');
  });

  it('refuses an empty transcript with 400 and a message saying what to do', async () => {
    const c = keyless.client();
    const { sessionId, questionId } = await newSession(c);
    const res = await voiceAnswer(c, sessionId, { questionId, text: '   ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/transcript is empty/);
  });

  it('keeps at most AUDIO_KEEP_PER_OWNER recordings per owner, dropping the oldest audio but not the answers', async () => {
    const c = keyless.client();
    const { sessionId, questionId } = await newSession(c);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await voiceAnswer(c, sessionId, { questionId, text: `${SPOKEN} Attempt ${i}.` }, fakeWebm(1000 + i));
      ids.push(res.json().answer.id);
      await new Promise((r) => setTimeout(r, 5));
    }
    const status = await Promise.all(ids.map(async (id) => (await c.get(`/api/sessions/${sessionId}/answers/${id}/audio`)).statusCode));
    expect(status).toEqual([404, 200, 200]);
    expect((await c.get(`/api/sessions/${sessionId}`)).json().answers).toHaveLength(3);
  });

  it('uses word timings from the transcriber to time fillers and place pauses', async () => {
    const c = keyless.client();
    const { sessionId, questionId } = await newSession(c);
    const text = 'Um, we moved the queue. Then we sharded it.';
    const words = [
      ['Um', 0, 0.3], ['we', 0.4, 0.6], ['moved', 0.6, 0.9], ['the', 0.9, 1.0], ['queue', 1.0, 1.4],
      ['Then', 3.4, 3.6], ['we', 3.6, 3.8], ['sharded', 3.8, 4.3], ['it', 4.3, 4.5],
    ].map(([word, start, end]) => ({ word, start, end }));
    const res = await voiceAnswer(c, sessionId, { questionId, text, words: JSON.stringify(words), transcriptSource: 'transcriber', keepsFillers: 'false' });
    const d = res.json().feedback.delivery;
    expect(d.pauses.long).toEqual([{ start: 1.4, end: 3.4, seconds: 2, afterWord: 4 }]);
    expect(d.fillers.items[0]).toMatchObject({ word: 'um', index: 0, at: 0 });
    expect(d.notes).toContain('The transcriber may have removed filler words; the count may be low.');
  });
});
