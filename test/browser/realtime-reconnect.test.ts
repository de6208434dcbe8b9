/**
 * A realtime call that drops, in Chromium with the fake peer (werift): the
 * panel says "Connection lost — reconnecting…" at once, the reconnected call
 * is minted as a resumed interview (recap, no second greeting), its lines go
 * AFTER the first call's lines on screen, on the server and in the export,
 * dated when they were said; a line the drop cut off is marked not saved and
 * "Interview stopped" counts only what was saved. A peer that keeps dropping
 * ends in "Reconnecting did not work" after MAX_RECONNECTS reconnects.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESUMED_NOTE } from '../../src/server/services/voice/instructions.js';
import { candidateCommitted, candidateTranscript, coachTurn, type PeerScript } from '../fakes/realtime-peer.js';
import { MAX_RECONNECTS } from '../../web/src/features/realtime/reconnect.js';
import { screenshotElement } from './harness.js';
import { postJson, startVoiceRig, type VoiceRig } from './voice-rig.js';

const Q1 = 'Tell me about a time you cut response times for customers.';
const Q2 = 'How did you calm an angry customer on the phone?';
const A1 = 'At Tidewater I rebuilt the triage rota and first response fell from nine hours to forty minutes.';
const GREETING = `Hello Marta, welcome. ${Q1}`;
const ASK_Q2 = `Thank you. ${Q2}`;
const RESUMED = 'Sorry, the line dropped. Please go on with the angry customer.';
/** How long call 1 stays up before the peer hangs up, so the two calls are clearly apart in time. */
const CALL_ONE_MS = 3000;

type Minted = { session: { instructions: string } };

const statusOf = (panel: Locator) => panel.locator('[role="status"]').first();

/**
 * Call 1: greeting with Q1, the answer, Q2, then the candidate starts answering
 * Q2 (committed, never transcribed) and the peer hangs up. Call 2 starts again
 * with previous_item_id null, as every fresh Realtime call does.
 */
let dropOnceCalls = 0;
const dropOnce: PeerScript = async (call) => {
  const n = ++dropOnceCalls;
  await call.waitForClient('response.create');
  if (n > 1) {
    for (const ev of coachTurn('call2_c1', null, RESUMED)) call.send(ev);
    return;
  }
  for (const ev of coachTurn('call1_c1', null, GREETING)) call.send(ev);
  for (const ev of candidateCommitted('call1_u1', 'call1_c1')) call.send(ev);
  call.send(candidateTranscript('call1_u1', A1));
  for (const ev of coachTurn('call1_c2', 'call1_u1', ASK_Q2)) call.send(ev);
  for (const ev of candidateCommitted('call1_u2', 'call1_c2')) call.send(ev);
  await new Promise((r) => setTimeout(r, CALL_ONE_MS));
  await call.hangUp();
};

describe('realtime: one drop, then the interview continues', () => {
  let rig: VoiceRig;

  beforeAll(async () => {
    rig = await startVoiceRig({ spoken: A1, script: dropOnce });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('keeps call 2 after call 1 everywhere, resumes without a new greeting, and says what was not saved', async () => {
    const { fake, peer, app, browser, errors } = rig;
    const { page, context } = browser;
    const request = context.request;
    const session = await postJson<{ id: string }>(request, `${app.url}/api/sessions`, { name: 'Dropped call' });
    const q1 = await postJson<{ id: string }>(request, `${app.url}/api/sessions/${session.id}/questions`, { text: Q1 });
    await postJson(request, `${app.url}/api/sessions/${session.id}/questions`, { text: Q2 });
    await page.goto(`${app.url}/#/sessions/${session.id}/q/${q1.id}`);
    const panel = page.locator('section.realtime');
    await panel.getByRole('button', { name: 'Start voice interview' }).click();

    // The drop is told as soon as the browser notices it, before the new call is minted.
    await expect.poll(() => statusOf(panel).textContent(), { timeout: 30_000 }).toBe('Connection lost — reconnecting…');
    // Told while the grace period still runs: the call has not been given up yet (no "dropped" in the event log).
    expect(await panel.locator('ol[aria-label="Realtime events"]').textContent()).not.toContain('dropped');
    expect(fake.requestsTo('/v1/realtime/client_secrets')).toHaveLength(1);

    const lines = panel.locator('ol[aria-label="Voice transcript"] > li');
    await expect.poll(() => lines.count(), { timeout: 30_000 }).toBe(5);
    await expect.poll(() => statusOf(panel).textContent(), { timeout: 10_000 }).toMatch(/^Live:/);
    const shown = await Promise.all((await lines.all()).map(async (li) => `${await li.getAttribute('data-item-id')}|${(await li.locator('[data-save]').getAttribute('data-save').catch(() => null)) ?? ''}`));
    expect(shown).toEqual(['call1_c1|saved', 'call1_u1|saved', 'call1_c2|saved', 'call1_u2|cut-off', 'call2_c1|saved']);
    expect(await lines.nth(3).textContent()).toContain('not saved');

    // The second call was minted as a resumed interview: told not to greet again, with the question in progress and a recap.
    expect(peer.calls).toHaveLength(2);
    const mints = fake.requestsTo('/v1/realtime/client_secrets').map((r) => (r.body as Minted).session.instructions);
    expect(mints).toHaveLength(2);
    expect(mints[0]).not.toContain(RESUMED_NOTE);
    expect(mints[1]).toContain(RESUMED_NOTE);
    expect(mints[1]).toContain(`Interviewer: ${ASK_Q2}`);
    expect(mints[1]).toContain(`Candidate: ${A1}`);

    // The server keeps the same order, and call 2's line is dated when it was said (seconds after call 1).
    type Saved = { itemId: string; at: string };
    const saved = (await (await request.get(`${app.url}/api/sessions/${session.id}/voice-transcript`)).json()) as Saved[];
    expect(saved.map((e) => e.itemId)).toEqual(['call1_c1', 'call1_u1', 'call1_c2', 'call2_c1']);
    expect(Date.parse(saved[3]!.at) - Date.parse(saved[0]!.at)).toBeGreaterThanOrEqual(CALL_ONE_MS);
    const md = await (await request.get(`${app.url}/api/sessions/${session.id}/voice-transcript/export?format=md`)).text();
    expect(md.indexOf(RESUMED)).toBeGreaterThan(md.indexOf(ASK_Q2));
    const times = [...md.matchAll(/\((\d\d:\d\d:\d\d) UTC\)/g)].map((m) => m[1]);
    expect(new Set(times).size).toBeGreaterThan(1);

    await screenshotElement(panel, 'realtime-reconnect-resumed');
    await panel.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => statusOf(panel).textContent()).toBe('Interview stopped. 4 lines saved; your last answer was cut off and not saved.');
    expect(peer.scriptErrors).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/** Every call greets, then hangs up a moment later. */
let dropAlwaysCalls = 0;
const dropAlways: PeerScript = async (call) => {
  const n = ++dropAlwaysCalls;
  await call.waitForClient('response.create');
  for (const ev of coachTurn(`call${n}_c1`, null, `Hello Marta, welcome (${n}).`)) call.send(ev);
  await new Promise((r) => setTimeout(r, 500));
  await call.hangUp();
};

describe('realtime: a peer that keeps dropping', () => {
  let rig: VoiceRig;

  beforeAll(async () => {
    rig = await startVoiceRig({ spoken: A1, script: dropAlways });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it(`stops after ${MAX_RECONNECTS} reconnects with what to do, and mints no more calls`, async () => {
    const { fake, peer, app, browser } = rig;
    const { page, context } = browser;
    const session = await postJson<{ id: string }>(context.request, `${app.url}/api/sessions`, { name: 'Flaky line' });
    await postJson(context.request, `${app.url}/api/sessions/${session.id}/questions`, { text: Q1 });
    await page.goto(`${app.url}/#/sessions/${session.id}`);
    const panel = page.locator('section.realtime');
    await panel.getByRole('button', { name: 'Start voice interview' }).click();

    const alert = panel.locator('[role="alert"]');
    await alert.waitFor({ timeout: 100_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Reconnecting did not work');
    expect(text).toContain(`dropped ${MAX_RECONNECTS + 1} times`);
    expect(text).toContain('press Start');
    expect(peer.calls).toHaveLength(MAX_RECONNECTS + 1);
    // Nothing keeps trying behind the error.
    await page.waitForTimeout(3000);
    expect(peer.calls).toHaveLength(MAX_RECONNECTS + 1);
    expect(fake.requestsTo('/v1/realtime/client_secrets')).toHaveLength(MAX_RECONNECTS + 1);
    expect(await panel.getByRole('button', { name: 'Start voice interview' }).isVisible()).toBe(true);
    await expect.poll(() => statusOf(panel).textContent()).toBe('The transcript is saved.');
    await screenshotElement(panel, 'realtime-reconnect-gave-up');
  });
});
