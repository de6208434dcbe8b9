/**
 * "Remember this" on live-interview lines, through the real app: each story
 * is stored under the question the lines answered (the session's question when
 * linked, else the interviewer's line before them), one story per question,
 * and a one-line answer carries no "Result:" label.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from './helper.js';

const Q1 = 'Tell me about a time you cut response times for customers.';
const Q2 = 'How would you handle a ferry cancellation that strands 300 passengers?';
const A1 = 'At Tidewater I rebuilt the triage rota and first response fell from nine hours to forty minutes.';
const A2 = 'We rebooked every passenger on the next sailing and texted each of them the new time.';
const A3 = 'I once ran the winter rota for eleven agents across two time zones.';
const ASIDE = 'Before we finish, tell me about your team.';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.destroy();
});

const at = (s: number) => new Date(Date.UTC(2025, 4, 1, 10, 0, s)).toISOString();

async function interview(c: TestClient): Promise<{ id: string; q1: string; q2: string }> {
  const id = (await c.post('/api/sessions', { name: 'Remember voice' })).json().id as string;
  const q1 = (await c.post(`/api/sessions/${id}/questions`, { text: Q1 })).json().id as string;
  const q2 = (await c.post(`/api/sessions/${id}/questions`, { text: Q2 })).json().id as string;
  const lines = [
    { role: 'coach', text: `Hello Marta. ${Q1}`, itemId: 'c1', questionId: q1 },
    { role: 'candidate', text: A1, itemId: 'u1', questionId: q1 },
    { role: 'coach', text: `Thanks. ${Q2}`, itemId: 'c2', questionId: q2 },
    { role: 'candidate', text: A2, itemId: 'u2', questionId: q2 },
    { role: 'coach', text: ASIDE, itemId: 'c3', questionId: null },
    { role: 'candidate', text: A3, itemId: 'u3', questionId: null },
  ];
  for (const [i, line] of lines.entries()) {
    expect((await c.post(`/api/sessions/${id}/voice-transcript`, { ...line, at: at(i * 10), seq: i })).statusCode).toBe(201);
  }
  return { id, q1, q2 };
}

async function storyTexts(c: TestClient, ids: string[]): Promise<string[]> {
  return Promise.all(ids.map(async (sid) => (await c.get(`/api/work-history/${sid}`)).json().text as string));
}

describe('POST /api/sessions/:id/voice-transcript/memorize', () => {
  it('stores one story per question, each headed by the question it answers, with no label on a one-line answer', async () => {
    const c = app.client();
    const { id } = await interview(c);
    const res = await c.post(`/api/sessions/${id}/voice-transcript/memorize`, { itemIds: ['u1', 'c2', 'u2'] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ created: 2, skippedDuplicates: 0 });
    expect(await storyTexts(c, res.json().ids)).toEqual([`Question: “${Q1}”\n${A1}`, `Question: “${Q2}”\n${A2}`]);
  });

  it('uses the interviewer’s own line when a turn is linked to no question (or to one since deleted)', async () => {
    const c = app.client();
    const { id, q1 } = await interview(c);
    const res = await c.post(`/api/sessions/${id}/voice-transcript/memorize`, { itemIds: ['u3'] });
    expect(res.statusCode).toBe(201);
    expect(await storyTexts(c, res.json().ids)).toEqual([`Question: “${ASIDE}”\n${A3}`]);

    expect((await c.delete(`/api/sessions/${id}/questions/${q1}`)).statusCode).toBeLessThan(300);
    const again = await c.post(`/api/sessions/${id}/voice-transcript/memorize`, { itemIds: ['u1'] });
    expect(await storyTexts(c, again.json().ids)).toEqual([`Question: “Hello Marta. ${Q1}”\n${A1}`]);
  });

  it('refuses coach lines only', async () => {
    const c = app.client();
    const { id } = await interview(c);
    const res = await c.post(`/api/sessions/${id}/voice-transcript/memorize`, { itemIds: ['c1', 'c2'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/None of those turns are yours/);
  });
});

describe('POST /api/sessions/:id/answers/:answerId/memorize', () => {
  it('stores a typed answer with the question it answered, as a voice answer is', async () => {
    const c = app.client();
    const id = (await c.post('/api/sessions', { name: 'Remember typed' })).json().id as string;
    const q = (await c.post(`/api/sessions/${id}/questions`, { text: Q1 })).json().id as string;
    const answer = (await c.post(`/api/sessions/${id}/answers`, { questionId: q, text: A1 })).json().answer.id as string;
    const res = await c.post(`/api/sessions/${id}/answers/${answer}/memorize`);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ created: 1, skippedDuplicates: 0 });
    expect(await storyTexts(c, res.json().ids)).toEqual([`Question: “${Q1}”\n${A1}`]);
    expect((await c.post(`/api/sessions/${id}/answers/${answer}/memorize`)).json()).toMatchObject({ created: 0, skippedDuplicates: 1 });
  });
});
