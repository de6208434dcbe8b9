/**
 * Export format version 2 through the real app: a spoken answer's delivery
 * (pace, fillers, pauses with their times) and the realtime voice transcript
 * survive export → import; version 1 files are still read; an imported session
 * is named "… (imported)", then "… (imported 2)"; the study guide gives a
 * spoken attempt's delivery in one line.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../src/shared/api.js';
import type { SessionExportV2 } from '../../src/shared/review-report.js';
import { multipart, startTestApp, type TestApp, type TestClient } from './helper.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.destroy();
});

const SPOKEN = 'Um, at the depot I rebuilt the loading schedule myself, and, um, late departures fell from twelve a week to two within a month.';
/** Word timings with a 3.4 s silence after "myself,". */
function timings(text: string) {
  let clock = 0.2;
  return text.split(' ').map((word) => {
    const start = clock;
    clock += 0.35;
    const w = { word, start, end: clock };
    clock += word === 'myself,' ? 3.4 : 0.05;
    return w;
  });
}

interface Seeded {
  id: string;
  spokenQ: string;
  voiceQ: string;
}

async function seed(c: TestClient, name: string): Promise<Seeded> {
  const s = (await c.post('/api/sessions', { name })).json();
  const spokenQ = (await c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a time you fixed a process that kept failing.' })).json().id;
  const voiceQ = (await c.post(`/api/sessions/${s.id}/questions`, { text: 'Why do you want to work in logistics?' })).json().id;
  const words = timings(SPOKEN);
  const form = multipart({ questionId: spokenQ, text: SPOKEN, durationSeconds: String(words.at(-1)!.end + 0.3), words: JSON.stringify(words), transcriptSource: 'transcriber', keepsFillers: 'true' });
  const spoken = await c.request({ method: 'POST', url: `/api/sessions/${s.id}/voice-answers`, ...form });
  expect(spoken.statusCode).toBe(201);
  const url = `/api/sessions/${s.id}/voice-transcript`;
  const at = (sec: number) => new Date(Date.UTC(2026, 10, 27, 9, 0, sec)).toISOString();
  expect((await c.post(url, { role: 'coach', text: 'Why do you want to work in logistics?', itemId: 'c1', questionId: null, at: at(0), seq: 0 })).statusCode).toBe(201);
  expect((await c.post(url, { role: 'candidate', text: 'Because I like making things arrive on time.', itemId: 'u1', questionId: voiceQ, at: at(6), seq: 1 })).statusCode).toBe(201);
  return { id: s.id, spokenQ, voiceQ };
}

async function exportOf(c: TestClient, id: string): Promise<SessionExportV2> {
  const res = await c.get(`/api/sessions/${id}/export?format=json`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function importFile(c: TestClient, file: unknown): Promise<SessionDetail> {
  const res = await c.post('/api/sessions/import', file);
  expect(res.statusCode).toBe(201);
  return (await c.get(`/api/sessions/${res.json().id}`)).json();
}

const deliveryOf = (d: SessionDetail) => d.answers.find((a) => a.source === 'voice')?.feedback?.delivery;

describe('export version 2', () => {
  it('carries delivery and the voice transcript, and an import brings both back under a new "(imported)" name', async () => {
    const c = t.client();
    const { id, voiceQ } = await seed(c, 'Depot prep');
    const file = await exportOf(c, id);
    expect(file.version).toBe(2);
    const delivery = file.answers.find((a) => a.source === 'voice')!.feedback!.delivery!;
    expect(delivery.fillers.count).toBe(2);
    expect(delivery.pauses.count3).toBe(1);
    expect(delivery.pauses.long[0]!.seconds).toBeGreaterThanOrEqual(3);
    expect(file.voiceTranscript).toEqual([
      { role: 'coach', text: 'Why do you want to work in logistics?', questionRef: null, at: '2026-11-27T09:00:00.000Z' },
      { role: 'candidate', text: 'Because I like making things arrive on time.', questionRef: voiceQ, at: '2026-11-27T09:00:06.000Z' },
    ]);

    const original: SessionDetail = (await c.get(`/api/sessions/${id}`)).json();
    const copy = await importFile(c, file);
    expect(copy.name).toBe('Depot prep (imported)');
    expect(deliveryOf(copy)).toEqual(deliveryOf(original));
    const turns = (await c.get(`/api/sessions/${copy.id}/voice-transcript`)).json();
    const newVoiceQ = copy.questions.find((q) => q.text.startsWith('Why do you want'))!.id;
    expect(turns.map((e: { role: string; text: string; questionId: string | null }) => [e.role, e.text, e.questionId])).toEqual([
      ['coach', 'Why do you want to work in logistics?', null],
      ['candidate', 'Because I like making things arrive on time.', newVoiceQ],
    ]);
    // The imported turns are the imported question's spoken answer: submitting them is scored against it.
    const submitted = await c.post(`/api/sessions/${copy.id}/voice-answers/submit`, { questionId: newVoiceQ });
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json().answer).toMatchObject({ questionId: newVoiceQ, source: 'realtime', text: 'Because I like making things arrive on time.' });

    expect((await importFile(c, file)).name).toBe('Depot prep (imported 2)');
    expect((await importFile(c, await exportOf(c, copy.id))).name).toBe('Depot prep (imported 3)');
  });

  it('still reads a version 1 file (no transcript), delivery included', async () => {
    const c = t.client();
    const { id } = await seed(c, 'Old format');
    const { voiceTranscript: _dropped, ...rest } = await exportOf(c, id);
    const copy = await importFile(c, { ...rest, version: 1 });
    expect(copy.name).toBe('Old format (imported)');
    expect(deliveryOf(copy)?.pauses.count3).toBe(1);
    expect((await c.get(`/api/sessions/${copy.id}/voice-transcript`)).json()).toEqual([]);
  });

  it('refuses a transcript turn that points at a question not in the file, and creates nothing', async () => {
    const c = t.client();
    const { id } = await seed(c, 'Broken');
    const file = await exportOf(c, id);
    const importer = t.client();
    await importer.get('/api/sessions');
    const bad = { ...file, voiceTranscript: [{ ...file.voiceTranscript[1]!, questionRef: 'nope' }] };
    const res = await importer.post('/api/sessions/import', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/voice transcript turn refers to question "nope"/);
    expect((await importer.get('/api/sessions')).json()).toEqual([]);
    const newer = await importer.post('/api/sessions/import', { ...file, version: 3 });
    expect(newer.statusCode).toBe(400);
    expect(newer.json().error.message).toMatch(/made by a newer version of Interview Practice\. Update the app/);
    expect((await importer.get('/api/sessions')).json()).toEqual([]);
  });
});

describe('study guide delivery line', () => {
  it('gives a spoken attempt its pace, fillers and pauses in Markdown and PDF text', async () => {
    const c = t.client();
    const { id } = await seed(c, 'Guide delivery');
    const md = (await c.get(`/api/sessions/${id}/export?format=md`)).body;
    const line = md.split('\n').find((l) => l.includes('Delivery: '));
    expect(line).toMatch(/^_Delivery: \d+ words a minute \(\w+; target 120–170 wpm\) · talk time \d:\d\d .* · 2 fillers, [\d.]+\/min \(.+\) · 1 pause ≥ 1\.5 s, 1 of them ≥ 3 s · \d hedges?_$/);
    // Under the spoken attempt, after its answer.
    expect(md.indexOf('Delivery: ')).toBeGreaterThan(md.indexOf('> Um, at the depot'));
    expect(md.match(/Delivery: /g)).toHaveLength(1);
    const pdf = (await c.get(`/api/sessions/${id}/export?format=pdf`)).rawPayload;
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text.replace(/\s+/g, ' ')).toMatch(/Delivery: \d+ words a minute .* 2 fillers, [\d.]+\/min .* 1 pause ≥ 1\.5 s, 1 of them ≥ 3 s/);
  });
});
