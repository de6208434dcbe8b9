/**
 * The realtime voice interview end to end in Debian Chromium: a fake
 * microphone (an espeak-ng WAV) and a local fake realtime peer (werift) that
 * answers the SDP offer, receives the audio and plays GA events — with the
 * candidate's transcript arriving after the coach's next turn. Both sides of
 * the conversation must appear in the UI and be saved, in conversation order.
 */
import type { APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LINES } from '../fakes/realtime-peer.js';
import { JOB, RESUME } from '../unit/voice/fixtures.js';
import { screenshot } from './harness.js';
import { startVoiceRig, type VoiceRig } from './voice-rig.js';

const QUESTION = 'Tell me about a time you cut response times for customers.';

async function api<T>(request: APIRequestContext, base: string, method: 'GET' | 'POST', url: string, data?: unknown): Promise<T> {
  const res = method === 'GET' ? await request.get(base + url) : await request.post(base + url, { data });
  expect(res.ok(), `${method} ${url} → ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

describe('realtime voice interview in the browser', () => {
  let rig: VoiceRig;

  beforeAll(async () => {
    rig = await startVoiceRig({ spoken: DEFAULT_LINES.answer });
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('shows and saves both sides of the conversation in order', async () => {
    const { fake, peer, app, browser, errors } = rig;
    const page = browser.page;
    const request = browser.context.request;
    const session = await api<{ id: string }>(request, app.url, 'POST', '/api/sessions', { name: 'Harbourline voice', persona: 'helpful' });
    await api(request, app.url, 'POST', `/api/sessions/${session.id}/documents`, { kind: 'resume', text: RESUME });
    await api(request, app.url, 'POST', `/api/sessions/${session.id}/documents`, { kind: 'job_description', text: JOB });
    const question = await api<{ id: string }>(request, app.url, 'POST', `/api/sessions/${session.id}/questions`, { text: QUESTION });
    const story = await api<{ created: Array<{ id: string }> }>(request, app.url, 'POST', '/api/work-history', {
      text: 'At Harbourline I moved the settlement jobs to a queue and failed payouts fell from forty a week to two.',
    });

    await page.goto(`${app.url}/#/sessions/${session.id}/q/${question.id}`);
    await page.getByRole('button', { name: 'Start voice interview' }).click();
    // The user sees which of their stories the interviewer was given, each a link to it.
    const known = page.getByRole('complementary', { name: 'Stories the interviewer knows' });
    await known.waitFor({ timeout: 30_000 });
    expect(await known.getByRole('link').first().getAttribute('href')).toContain(story.created[0]!.id);

    const lines = page.locator('ol[aria-label="Voice transcript"] > li[data-final="true"]');
    await expect.poll(() => lines.count(), { timeout: 30_000 }).toBe(3);
    const shown = await Promise.all((await lines.all()).map(async (li) => `${await li.getAttribute('data-role')}|${await li.locator('.realtime-text').textContent()}`));
    expect(shown).toEqual([`coach|${DEFAULT_LINES.greeting}`, `candidate|${DEFAULT_LINES.answer}`, `coach|${DEFAULT_LINES.followUp}`]);

    // Saved on the server in conversation order, linked to the question the coach asked.
    type Saved = { role: string; text: string; questionId: string | null; itemId: string };
    await expect
      .poll(async () => (await api<Saved[]>(request, app.url, 'GET', `/api/sessions/${session.id}/voice-transcript`)).length, { timeout: 10_000 })
      .toBe(3);
    const saved = await api<Saved[]>(request, app.url, 'GET', `/api/sessions/${session.id}/voice-transcript`);
    expect(saved.map((e) => [e.role, e.text])).toEqual([
      ['coach', DEFAULT_LINES.greeting],
      ['candidate', DEFAULT_LINES.answer],
      ['coach', DEFAULT_LINES.followUp],
    ]);
    expect(saved.every((e) => e.questionId === question.id)).toBe(true);

    // The call really carried the microphone and the ephemeral secret; the key stayed on the server.
    const call = peer.calls[0]!;
    expect(call.authorization).toBe('Bearer ek_fake_secret');
    expect(call.audioPackets).toBeGreaterThan(0);
    expect(call.received.map((e) => e.type)).toContain('response.create');
    expect(fake.requestsTo('/v1/realtime/client_secrets')).toHaveLength(1);
    expect(peer.scriptErrors).toEqual([]);

    // The spoken answer gets feedback like a typed one.
    await page.getByRole('button', { name: 'Get feedback on my spoken answer' }).click();
    await page.getByText(/Feedback ready: \d(\.\d)? \/ 5/).waitFor({ timeout: 20_000 });
    const detail = await api<{ answers: Array<{ source: string; text: string }> }>(request, app.url, 'GET', `/api/sessions/${session.id}`);
    expect(detail.answers.find((a) => a.source === 'realtime')?.text).toBe(DEFAULT_LINES.answer);

    // The candidate's line can be remembered; its checkbox says which line it is.
    expect(await lines.getByRole('checkbox').count()).toBe(1);
    expect(await lines.getByRole('checkbox').getAttribute('aria-label')).toBe('Remember: At Tidewater I rebuilt the triage rota…');

    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByText('Interview stopped').waitFor();
    await screenshot(page, 'realtime-interview');
    expect(errors).toEqual([]);
  });
});
