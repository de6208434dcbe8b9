/**
 * "My stories" with an embedding model, against the project's fake
 * OpenAI-compatible server: while the embedding service is down the page says
 * search by meaning is paused and keyword search still finds the story; once
 * the service is back, the stories get their vectors in the background and the
 * page says search now matches meaning too, without a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reply, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { launchBrowser, screenshot, startApp, type RunningApp, type RunningBrowser } from './harness.js';

const STORY = 'At Kestrel Freight I moved the depot rota from a whiteboard to a shared calendar; missed shifts fell from nine a month to two.';

describe('My stories with an embedding model', () => {
  let fake: FakeOpenAI;
  let app: RunningApp;
  let browser: RunningBrowser;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    app = await startApp({
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: fake.url,
      OPENAI_EMBEDDING_MODEL: 'fake-embed',
      OPENAI_TIMEOUT_MS: '5000',
      EMBEDDING_RETRY_SECONDS: '5',
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await fake?.close();
  });

  it('shows search by meaning paused while the service is down, then ready once it is back', { timeout: 90_000 }, async () => {
    const { page } = browser;
    fake.setScenario('/v1/embeddings', reply.status(500));
    await page.goto(`${app.url}/#/stories`);
    await page.getByLabel('What happened, what you did, and the result').fill(STORY);
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByText('Story saved.').waitFor({ timeout: 20_000 });

    const mode = page.locator('.search-mode');
    await expect.poll(() => mode.textContent(), { timeout: 30_000 }).toContain('Search by meaning is paused');
    await screenshot(page, 'stories-embeddings-paused-1280');
    // Keyword search answers meanwhile.
    await page.getByLabel('Search your stories').fill('rota');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('list', { name: 'Search results' }).getByText(/Kestrel Freight/).waitFor();

    fake.reset(); // the service is back: default deterministic vectors
    await expect.poll(() => mode.textContent(), { timeout: 45_000 }).toContain('Search matches your words and their meaning.');
    expect(fake.requestsTo('/v1/embeddings').length).toBeGreaterThan(0);
    const status = (await (await page.request.get(`${app.url}/api/work-history/status`)).json()) as { withVectors: number; stories: number };
    expect(status).toMatchObject({ stories: 1, withVectors: 1 });
  });
});
