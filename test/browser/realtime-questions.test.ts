/**
 * A live interview that moves through two questions while the user never
 * touches "Answering": each answer is saved under the question the
 * interviewer actually asked (even when the transcript of answer 1 arrives
 * after question 2 was asked), the dropdown follows, feedback goes to the
 * question being answered, and after a reload a line of the saved transcript
 * can be remembered as a story headed by its question.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateCommitted, candidateTranscript, coachTurn, type PeerScript } from '../fakes/realtime-peer.js';
import { screenshotElement } from './harness.js';
import { startVoiceRig, type VoiceRig } from './voice-rig.js';

const Q1 = 'Tell me about a time you cut response times for customers.';
const Q2 = 'How did you calm an angry customer on the phone?';
const A1 = 'At Tidewater I rebuilt the triage rota and first response fell from nine hours to forty minutes.';
const A2 = 'I listened, repeated the problem back, and booked the engineer while she was still on the line.';
const FOLLOW_UP = 'Thanks. What did the customer say afterwards?';

/** The interviewer asks Q1, then Q2 before answer 1's transcript lands, then a follow-up. */
const twoQuestions: PeerScript = async (call) => {
  call.send({ type: 'session.created', session: { type: 'realtime', id: 'sess_fake', model: 'fake-realtime' } });
  await call.waitForClient('response.create');
  for (const ev of coachTurn('c1', null, `Hello Marta, welcome. ${Q1}`)) call.send(ev);
  await call.waitForAudio(25);
  for (const ev of candidateCommitted('u1', 'c1')) call.send(ev);
  for (const ev of coachTurn('c2', 'u1', `Thank you. ${Q2}`)) call.send(ev);
  call.send(candidateTranscript('u1', A1));
  await call.waitForAudio(50);
  for (const ev of candidateCommitted('u2', 'c2')) call.send(ev);
  call.send(candidateTranscript('u2', A2));
  for (const ev of coachTurn('c3', 'u2', FOLLOW_UP)) call.send(ev);
};

async function post<T>(request: APIRequestContext, url: string, data: unknown): Promise<T> {
  const res = await request.post(url, { data });
  expect(res.ok(), `POST ${url} → ${res.status()}`).toBe(true);
  return (await res.json()) as T;
}

describe('live interview lines follow the question the interviewer asked', () => {
  let rig: VoiceRig;

  beforeAll(async () => {
    rig = await startVoiceRig({ spoken: A1, script: twoQuestions });
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('links each answer to its question without the dropdown, and remembers a saved line with its question', async () => {
    const { fake, peer, app, browser, errors } = rig;
    const { page, context } = browser;
    const request = context.request;
    const session = await post<{ id: string }>(request, `${app.url}/api/sessions`, { name: 'Two questions' });
    const q1 = await post<{ id: string }>(request, `${app.url}/api/sessions/${session.id}/questions`, { text: Q1 });
    const q2 = await post<{ id: string }>(request, `${app.url}/api/sessions/${session.id}/questions`, { text: Q2 });
    await page.goto(`${app.url}/#/sessions/${session.id}/q/${q1.id}`);
    const interview = page.locator('section.realtime');
    const answering = interview.getByLabel('Answering');
    await interview.getByRole('button', { name: 'Start voice interview' }).click();

    type Saved = { itemId: string; questionId: string | null };
    const savedUrl = `${app.url}/api/sessions/${session.id}/voice-transcript`;
    await expect.poll(async () => ((await (await request.get(savedUrl)).json()) as Saved[]).length, { timeout: 30_000 }).toBe(5);
    const saved = (await (await request.get(savedUrl)).json()) as Saved[];
    expect(Object.fromEntries(saved.map((e) => [e.itemId, e.questionId]))).toEqual({ c1: q1.id, u1: q1.id, c2: q2.id, u2: q2.id, c3: q2.id });
    expect(await answering.inputValue()).toBe(q2.id);
    // The interviewer was told to ask each question in its words (that is what the link relies on).
    const minted = fake.requestsTo('/v1/realtime/client_secrets')[0]!.body as { session: { instructions: string } };
    expect(minted.session.instructions).toContain('say it in the words given');

    // Feedback goes to the question being answered, with that question's answer only.
    await interview.getByRole('button', { name: 'Get feedback on my spoken answer' }).click();
    await interview.getByText(/Feedback ready/).waitFor({ timeout: 20_000 });
    const detail = (await (await request.get(`${app.url}/api/sessions/${session.id}`)).json()) as { answers: Array<{ questionId: string; source: string; text: string }> };
    expect(detail.answers.filter((a) => a.source === 'realtime').map((a) => [a.questionId, a.text])).toEqual([[q2.id, A2]]);
    await interview.getByRole('button', { name: 'Stop' }).click();
    await interview.getByText('Interview stopped').waitFor();

    // After a reload the saved transcript offers "remember", each box named after its line.
    await page.reload();
    await interview.getByText(/Saved transcript \(5 lines\)/).click();
    const saved2 = interview.getByRole('list', { name: 'Saved voice transcript' });
    expect(await saved2.getByText('Question 2').count()).toBe(1);
    expect(await saved2.getByRole('checkbox').count()).toBe(2);
    await saved2.getByRole('checkbox', { name: 'Remember: I listened, repeated the problem back…' }).check();
    await interview.getByRole('button', { name: 'Remember this as a story' }).click();
    await interview.getByText('Saved to My stories.').waitFor();
    const stories = (await (await request.get(`${app.url}/api/work-history`)).json()) as { items: Array<{ text: string; source: string }> };
    expect(stories.items.map((s) => [s.source, s.text])).toEqual([['voice_transcript', `Question: “${Q2}”\n${A2}`]]);
    await screenshotElement(interview, 'realtime-questions-remembered');
    expect(peer.scriptErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
});
