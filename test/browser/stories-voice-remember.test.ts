/**
 * "Remember this as a story" in the live voice panel, in Chromium with the
 * fake realtime peer: once the line is saved the button goes away, and focus
 * lands on the status saying so ("Saved to My stories."), never on the page
 * body; remembering the same line again (from the saved transcript after a
 * reload) says "Already in My stories." instead of "Saved".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LINES } from '../fakes/realtime-peer.js';
import { screenshotElement } from './harness.js';
import { FOCUSED, postJson } from './stories-helpers.js';
import { startVoiceRig, type VoiceRig } from './voice-rig.js';


describe('remembering a voice line as a story', () => {
  let rig: VoiceRig;
  beforeAll(async () => {
    rig = await startVoiceRig({ spoken: DEFAULT_LINES.answer });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('moves focus to the status, and says “Already in My stories” the second time', async () => {
    const { app, browser, errors } = rig;
    const { page, context } = browser;
    const session = await postJson<{ id: string }>(context.request, `${app.url}/api/sessions`, { name: 'Voice stories' });
    const q = await postJson<{ id: string }>(context.request, `${app.url}/api/sessions/${session.id}/questions`, { text: 'Tell me about a time you cut response times for customers.' });
    await page.goto(`${app.url}/#/sessions/${session.id}/q/${q.id}`);
    const interview = page.locator('section.realtime');
    await interview.getByRole('button', { name: 'Start voice interview' }).click();
    const live = interview.getByRole('list', { name: 'Voice transcript' });
    const box = live.getByRole('checkbox', { name: /^Remember: At Tidewater/ });
    await box.waitFor({ timeout: 30_000 });
    await box.check();
    await interview.getByRole('button', { name: 'Remember this as a story' }).click();
    await interview.getByText('Saved to My stories.').waitFor();
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('p|status|Saved to My stories.');
    expect(await interview.getByRole('link', { name: 'My stories' }).getAttribute('href')).toBe('#/stories');
    await screenshotElement(interview, 'stories-voice-remembered-1280');
    await interview.getByRole('button', { name: 'Stop' }).click();
    await interview.getByText('Interview stopped').waitFor();

    // The same line again, from the saved transcript after a reload: nothing new was stored.
    await page.reload();
    await interview.getByText(/Saved transcript \(\d+ lines\)/).click();
    await interview.getByRole('list', { name: 'Saved voice transcript' }).getByRole('checkbox', { name: /^Remember: At Tidewater/ }).check();
    await interview.getByRole('button', { name: 'Remember this as a story' }).click();
    await interview.getByText('Already in My stories.').waitFor();
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('p|status|Already in My stories.');
    const stories = (await (await context.request.get(`${app.url}/api/work-history`)).json()) as { total: number };
    expect(stories.total).toBe(1);
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshotElement(interview, 'stories-voice-already-375');
    expect(errors).toEqual([]);
  });
});
