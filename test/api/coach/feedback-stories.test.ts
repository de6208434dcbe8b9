/**
 * Feedback citing the user's stories through the real app (built-in coach):
 * a vague answer to a question one of the owner's stories is about gets an
 * improvement quoting that story, `basedOn` names it, the stored feedback
 * round-trips, the exports print it, and an unrelated story is never cited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerResult, SessionDetail } from '../../../src/shared/api.js';
import { startTestApp, type TestApp, type TestClient } from '../helper.js';

const AWS_STORY = 'At Brightline I rightsized our EC2 fleet and moved batch jobs to spot instances, which cut the AWS bill 31% in two months.';
const MENTOR_STORY = 'I mentored two junior engineers through their first on-call rotation; both ran incidents alone within a quarter.';
const VAGUE = 'I worked on reducing our cloud costs. We looked at a lot of things and made some improvements and it went well in the end.';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.destroy();
});

async function answerOnce(c: TestClient, question: string, text: string): Promise<{ sessionId: string; result: AnswerResult }> {
  const s = (await c.post('/api/sessions', { name: 'Stories', persona: 'helpful' })).json() as { id: string };
  const q = (await c.post(`/api/sessions/${s.id}/questions`, { text: question })).json() as { id: string };
  const res = await c.post(`/api/sessions/${s.id}/answers`, { questionId: q.id, text });
  expect(res.statusCode).toBe(201);
  return { sessionId: s.id, result: res.json() };
}

describe('feedback based on the user’s stories (built-in coach)', () => {
  it('cites the relevant story, stores it, and exports it', async () => {
    const c = t.client();
    for (const text of [AWS_STORY, MENTOR_STORY]) expect((await c.post('/api/work-history', { text })).statusCode).toBe(201);
    const { sessionId, result } = await answerOnce(c, 'Tell me about a time you reduced costs.', VAGUE);
    const snippetId = result.feedback.basedOn?.[0]?.snippetId;

    expect(result.feedback.basedOn).toEqual([{ snippetId: expect.any(String), excerpt: expect.stringMatching(/^At Brightline I rightsized our EC2 fleet/) }]);
    expect(result.feedback.improvements.join('\n')).toContain('has a measured result (cut the AWS bill 31% in two months)');

    // Stored whole: the session detail reads back the same citation.
    const detail: SessionDetail = (await c.get(`/api/sessions/${sessionId}`)).json();
    expect(detail.answers[0]!.feedback?.basedOn).toEqual(result.feedback.basedOn);

    const md = (await c.get(`/api/sessions/${sessionId}/export?format=md`)).body;
    expect(md).toContain('Based on your stories: “At Brightline I rightsized our EC2 fleet');
    const json = (await c.get(`/api/sessions/${sessionId}/export?format=json`)).json() as { answers: Array<{ feedback: { basedOn?: Array<{ snippetId: string }> } }> };
    expect(json.answers[0]!.feedback.basedOn?.[0]?.snippetId).toBe(snippetId);
  });

  it('cites nothing when the only story is about something else', async () => {
    const c = t.client();
    expect((await c.post('/api/work-history', { text: MENTOR_STORY })).statusCode).toBe(201);
    const { sessionId, result } = await answerOnce(c, 'Tell me about a time you reduced costs.', VAGUE);
    expect(result.feedback.basedOn).toEqual([]);
    expect(result.feedback.improvements.join('\n')).not.toMatch(/your (?:own )?story/i);
    expect((await c.get(`/api/sessions/${sessionId}/export?format=md`)).body).not.toContain('Based on your stories');
  });

  it('never cites another owner’s story', async () => {
    const owner = t.client();
    expect((await owner.post('/api/work-history', { text: AWS_STORY })).statusCode).toBe(201);
    const { result } = await answerOnce(t.client(), 'Tell me about a time you reduced costs.', VAGUE);
    expect(result.feedback.basedOn).toEqual([]);
  });
});
