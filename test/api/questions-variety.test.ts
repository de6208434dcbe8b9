/**
 * A new session does not keep asking the same questions: generation (a new
 * session's first batch and "more questions") knows the owner's recent
 * sessions. Questions asked there are down-weighted, ones answered well
 * (overall ≥ 4) are not asked again while fresh ones remain, and ones answered
 * badly still come back. The AI coach is told the same history, fenced and
 * bounded.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/shared/api.js';
import { RECENT_IN_PROMPT } from '../../src/server/coach/llm/context.js';
import { chat, startFakeOpenAI } from '../fakes/openai-server.js';
import { startTestApp, type TestApp, type TestClient } from './helper.js';

/** The sample documents every session here gets (one profile, as the heavy user had per role). */
const SAMPLES = { resume: 'resume.md', job_description: 'jd.md' } as const;
const sampleText = (file: string): string => readFileSync(new URL(`../fixtures/samples/${file}`, import.meta.url), 'utf8');

let t: TestApp;
// Twenty sessions' uploads and generations in a few seconds: far above the per-minute default.
beforeAll(async () => void (t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '100000' })));
afterAll(async () => t?.destroy());

/** A new session with the sample resume and job description; returns its id. */
async function newSession(c: TestClient, name: string): Promise<string> {
  const id = (await c.post('/api/sessions', { name })).json().id as string;
  for (const [kind, file] of Object.entries(SAMPLES)) {
    const res = await c.post(`/api/sessions/${id}/documents`, { kind, text: sampleText(file) });
    expect(res.statusCode, kind).toBe(201);
  }
  return id;
}

async function generate(c: TestClient, id: string, count: number): Promise<Question[]> {
  const res = await c.post(`/api/sessions/${id}/questions/generate`, { count });
  expect(res.statusCode).toBe(201);
  return res.json().questions as Question[];
}

/** One practice session as the heavy user had them: a first batch of 10, then "more questions" (5). */
async function practiceSession(c: TestClient, name: string): Promise<string[]> {
  const id = await newSession(c, name);
  const first = await generate(c, id, 10);
  const more = await generate(c, id, 5);
  return [...first, ...more].map((q) => q.text);
}

async function answer(c: TestClient, sessionId: string, questionId: string, text: string): Promise<number> {
  const res = await c.post(`/api/sessions/${sessionId}/answers`, { questionId, text });
  expect(res.statusCode).toBe(201);
  return res.json().feedback.overall as number;
}

describe('variety across sessions', () => {
  it('20 consecutive sessions of one profile ask many distinct questions and seldom repeat one', async () => {
    const c = t.client();
    const sessions: string[][] = [];
    for (let i = 1; i <= 20; i++) sessions.push(await practiceSession(c, `Round ${i}`));
    const all = sessions.flat();
    expect(all).toHaveLength(300);
    // Inside one session nothing repeats (the existing rule).
    for (const s of sessions) expect(new Set(s).size).toBe(s.length);
    const distinct = new Set(all);
    const seenIn = new Map<string, number>();
    for (const s of sessions) for (const q of new Set(s)) seenIn.set(q, (seenIn.get(q) ?? 0) + 1);
    const most = Math.max(...seenIn.values());
    const overlaps = sessions.slice(1).map((s, i) => s.filter((q) => sessions[i]!.includes(q)).length);
    // Before: the same 15 questions in all 20 sessions. Now (measured): 117 distinct, none in more than 9.
    expect(distinct.size).toBeGreaterThanOrEqual(100);
    expect(most).toBeLessThanOrEqual(10);
    // The session right after asks mostly questions the last one did not (measured: at most 6 of 15 again).
    expect(Math.max(...overlaps)).toBeLessThanOrEqual(7);
    // The heavy user's example: the first-90-days question came up in every session of a role.
    expect(sessions.filter((s) => s.some((q) => /first 90 days/i.test(q))).length).toBeLessThanOrEqual(6);
  });
});

const STRONG_INCIDENT =
  'At Ledgerly a Friday release broke card retries and payment failures jumped from 0.4% to 9% within ten minutes. I was the on-call lead, so I owned the response. ' +
  'I rolled the release back within 12 minutes, split the team into one group fixing the retry logic and one replaying the 3,200 failed payments, and posted updates to support every 15 minutes. ' +
  'Failures were back to 0.4% in 20 minutes and every failed payment was replayed by the next morning. I wrote the post-incident review, we added a canary stage, and there was no repeat in the next six months. ' +
  'I learned to stop the bleeding before hunting for the root cause.';
const WEAK_KAFKA = 'We used Kafka. It was fine.';

describe('what was answered', () => {
  it('does not ask again what was answered well, and still asks again what was answered badly', async () => {
    const c = t.client();
    const first = await newSession(c, 'Answered');
    const asked = await generate(c, first, 10);
    const incident = asked.find((q) => /incident/i.test(q.text))!;
    const kafka = asked.find((q) => q.category === 'resume_deep_dive' && /Kafka/.test(q.source.text))!;
    expect(incident, 'the first batch asks about incidents').toBeDefined();
    expect(kafka, 'the first batch asks about the Kafka pipeline').toBeDefined();
    // The premise: one answer scores well (overall ≥ 4), the other badly.
    expect(await answer(c, first, incident.id, STRONG_INCIDENT)).toBeGreaterThanOrEqual(4);
    expect(await answer(c, first, kafka.id, WEAK_KAFKA)).toBeLessThan(3);

    const later: Question[][] = [];
    for (let i = 2; i <= 4; i++) {
      const id = await newSession(c, `Answered ${i}`);
      later.push([...(await generate(c, id, 10)), ...(await generate(c, id, 5))]);
    }
    // Neither the question answered well nor another wording of it from the same line comes back…
    for (const qs of later) {
      expect(qs.map((q) => q.text)).not.toContain(incident.text);
      expect(qs.filter((q) => q.category === incident.category && q.source.text === incident.source.text)).toEqual([]);
    }
    // …while the one answered badly sinks less than the random spread, so it comes back soon
    // (measured: in two of the next three sessions).
    expect(later.filter((qs) => qs.some((q) => q.text === kafka.text)).length).toBeGreaterThanOrEqual(1);
  });

  it('"Practise your weakest" still brings back the question answered badly', async () => {
    const c = t.client();
    const id = await newSession(c, 'Weak once');
    const [q] = await generate(c, id, 1);
    expect(await answer(c, id, q!.id, WEAK_KAFKA)).toBeLessThan(3);
    const res = await c.post('/api/progress/practice-weakest');
    expect(res.statusCode).toBe(201);
    const texts = ((await c.get(`/api/sessions/${res.json().id}`)).json().questions as Question[]).map((x) => x.text);
    expect(texts).toContain(q!.text);
  });
});

describe('the AI coach', () => {
  const CHAT = '/v1/chat/completions';
  const q = (text: string) => ({ text, category: 'behavioral', competency: 'ownership', rationale: 'They want to see you own a result.', source: { kind: 'bank', text: '' } });
  const recentBlock = (content: string): string => /<untrusted source="asked_in_recent_sessions">\n([\s\S]*?)\n<\/untrusted>/.exec(content)?.[1] ?? '';

  it('is told the recent sessions\' questions to avoid, in a bounded block of their own', async () => {
    const fake = await startFakeOpenAI();
    const ai = await startTestApp({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.url, OPENAI_TIMEOUT_MS: '5000', RATE_LIMIT_PER_MINUTE: '100000' });
    try {
      const c = ai.client();
      const prompt = async (): Promise<string> => {
        const id = (await c.post('/api/sessions', { name: 'AI' })).json().id as string;
        fake.reset();
        fake.setScenario(CHAT, chat.json({ questions: [q('When did you change your mind after hearing a colleague out?'), q('What did you stop doing to make room for what mattered?')] }));
        expect((await c.post(`/api/sessions/${id}/questions/generate`, { count: 2 })).statusCode).toBe(201);
        return (fake.requestsTo(CHAT)[0]!.body as { messages: Array<{ content: string }> }).messages[1]!.content;
      };
      expect(recentBlock(await prompt())).toBe(''); // no history yet
      expect(recentBlock(await prompt()).split('\n')).toEqual([
        '- When did you change your mind after hearing a colleague out?',
        '- What did you stop doing to make room for what mattered?',
      ]);
      // A long history: at most RECENT_IN_PROMPT questions and characters of it reach the prompt.
      const busy = (await c.post('/api/sessions', { name: 'Busy' })).json().id as string;
      for (let i = 0; i < 40; i++) {
        const text = `Question ${i}: tell me about a time you had to explain a long and complicated technical decision to people outside engineering.`;
        expect((await c.post(`/api/sessions/${busy}/questions`, { text })).statusCode).toBe(201);
      }
      const block = recentBlock(await prompt());
      expect(block.length).toBeLessThanOrEqual(RECENT_IN_PROMPT.chars);
      expect(block.split('\n').length).toBeGreaterThan(10);
      expect(block.split('\n').length).toBeLessThanOrEqual(RECENT_IN_PROMPT.questions);
      expect(block).not.toContain('[… truncated]'); // cut on whole questions
    } finally {
      await ai.destroy();
      await fake.close();
    }
  });
});
