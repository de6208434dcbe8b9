/**
 * What the voice interview says when the call cannot start, in Chromium with a
 * fake microphone: a realtime URL that answers 404 names the setting and the
 * model to check (never "check your internet", never the upstream body), and
 * losing this app's own server is told apart from the voice service refusing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reply, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { launchBrowser, screenshotElement, startApp, type RunningApp, type RunningBrowser } from './harness.js';

const CALLS = '/v1/realtime/calls';
const UPSTREAM_BODY = 'no such route here (fake upstream detail)';

async function openSession(page: Page, url: string): Promise<void> {
  const session = (await (await page.request.post(`${url}/api/sessions`, { data: { name: 'Voice errors' } })).json()) as { id: string };
  await page.request.post(`${url}/api/sessions/${session.id}/questions`, { data: { text: 'Tell me about a project you are proud of.' } });
  await page.goto(`${url}/#/sessions/${session.id}`);
}

/** Start the interview and return the alert it ends with. */
async function startAndReadAlert(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Start voice interview' }).click();
  const alert = page.locator('section.realtime [role="alert"]');
  await alert.waitFor({ timeout: 20_000 });
  return (await alert.textContent()) ?? '';
}

describe('realtime voice: a call that cannot start says why', () => {
  let fake: FakeOpenAI;
  let app: RunningApp;
  let browser: RunningBrowser;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    app = await startApp({ OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.url, OPENAI_REALTIME_URL: `${fake.url}/realtime/calls`, OPENAI_REALTIME_MODEL: 'gpt-realtime-qa' });
    browser = await launchBrowser({ args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'] });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await fake?.close();
  });

  it('a realtime URL that answers 404 names OPENAI_REALTIME_URL and the model', async () => {
    const { page } = browser;
    fake.setScenario(CALLS, reply.status(404, { error: { message: UPSTREAM_BODY } }));
    await openSession(page, app.url);
    const text = await startAndReadAlert(page);
    expect(text).toContain('answered HTTP 404 to the call');
    expect(text).toContain("Check the server's OPENAI_REALTIME_URL setting");
    expect(text).toContain('OPENAI_REALTIME_MODEL ("gpt-realtime-qa")');
    expect(text).not.toMatch(/internet/i);
    expect(text).not.toContain(UPSTREAM_BODY);
    // The offer went to this app's server, which asked the realtime URL.
    expect(fake.requestsTo(CALLS)).toHaveLength(1);
    await screenshotElement(page.locator('section.realtime'), 'realtime-calls-404-1280');
  });

  it("losing this app's server is not blamed on the voice service", async () => {
    const { page } = browser;
    await openSession(page, app.url);
    await page.route('**/api/voice/calls', (route) => route.abort('connectionrefused'));
    try {
      const text = await startAndReadAlert(page);
      expect(text).toContain("Could not reach this app's server to start the call.");
      expect(text).not.toMatch(/voice service/i);
    } finally {
      await page.unroute('**/api/voice/calls');
    }
  });
});
