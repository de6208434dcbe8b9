/**
 * The answer pane with an LLM coach, against the project's fake
 * OpenAI-compatible server: streamed words show while the coach works and the
 * result is labelled as the AI coach's, with usage in the session view; when
 * the endpoint fails, the built-in coach answers and the UI says so visibly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chat, reply, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { launchBrowser, screenshotElement, startApp, type RunningApp, type RunningBrowser } from './harness.js';

const QUESTION = 'Tell me about a time you made a slow process fast.';
const ANSWER =
  'At Harbour Logistics the route planner took twelve seconds per request. I profiled it, found an N+1 query, ' +
  'and I rewrote the planner to batch its lookups. Latency fell from 800 ms to 120 ms at p99 and support tickets halved.';

/** A second model sessions may pick (OPENAI_MODELS); the server default stays gpt-4o-mini. */
const SESSION_MODEL = 'llama-qa:8b';

const dim = (score: number | null, evidence: string[], advice: string) => ({ score, evidence, advice });
const FEEDBACK_REPLY = {
  dimensions: {
    structure: dim(4, ['the route planner took twelve seconds per request'], 'Add what you learned.'),
    specificity: dim(4, ['from 800 ms to 120 ms at p99'], 'Good numbers.'),
    ownership: dim(5, ['I rewrote the planner to batch its lookups'], 'Clear ownership.'),
    result_impact: dim(4, ['support tickets halved'], 'Say how many tickets.'),
    relevance: dim(4, ['I profiled it, found an N+1 query'], 'On point.'),
    concision: dim(null, [], 'Too short to judge length.'),
  },
  overall: 4,
  summary: 'A tight story with a measured result; the lesson is missing.',
  strengths: ['Measured result'],
  improvements: ['Say what you learned.'],
  followUpQuestion: 'How did you find the N+1 query?',
};

/** Create a session with a custom question through the API (the page's cookie jar). */
async function sessionWithQuestion(page: Page, url: string): Promise<string> {
  const session = (await (await page.request.post(`${url}/api/sessions`, { data: { name: 'LLM coach' } })).json()) as { id: string };
  await page.request.post(`${url}/api/sessions/${session.id}/questions`, { data: { text: QUESTION } });
  return session.id;
}

async function answer(page: Page, url: string, sessionId: string): Promise<void> {
  await page.goto(`${url}/#/sessions/${sessionId}`);
  await page.getByLabel('Type your answer').fill(ANSWER);
  await page.getByRole('button', { name: 'Get feedback', exact: true }).click();
}

describe('answer pane with an LLM coach', () => {
  let fake: FakeOpenAI;
  let app: RunningApp;
  let browser: RunningBrowser;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    app = await startApp({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, OPENAI_TIMEOUT_MS: '5000', OPENAI_MODELS: SESSION_MODEL });
    browser = await launchBrowser();
    await browser.page.goto(app.url);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await fake?.close();
  });

  it('shows the coach writing, then AI feedback and the session usage', async () => {
    const { page } = browser;
    fake.setScenario('/v1/chat/completions', chat.streamJson(FEEDBACK_REPLY, { chunkSize: 24, eventDelayMs: 80 }));
    const id = await sessionWithQuestion(page, app.url);
    await answer(page, app.url, id);

    await page.getByText('Saved — the coach is reading your answer…').waitFor();
    await expect.poll(() => page.locator('.partial-text').textContent(), { timeout: 10_000 }).toContain('A tight story');
    const card = page.locator('article.feedback');
    await card.waitFor();
    expect(await card.locator('.coach-label').textContent()).toContain('AI coach (gpt-4o-mini)');
    expect(await card.locator('.notice').count()).toBe(0);
    expect(await card.locator('.dimensions q').allTextContents()).toContain('I rewrote the planner to batch its lookups…');
    expect(await card.getByText('not enough evidence').count()).toBe(1);

    await page.reload();
    await expect.poll(() => page.locator('.usage summary').textContent()).toMatch(/AI usage: [\d,]+ prompt \+ [\d,]+ completion tokens/);
  });

  it('labels a fallback to the built-in coach with a visible notice', async () => {
    const { page } = browser;
    fake.setScenario('/v1/chat/completions', reply.serverError(500));
    const id = await sessionWithQuestion(page, app.url);
    await answer(page, app.url, id);

    const card = page.locator('article.feedback');
    await card.waitFor();
    const notice = card.locator('.notice');
    // One sentence, the reason reading as its clause: no "The AI coach was unavailable (The AI …)".
    expect(await notice.textContent()).toBe('Built-in coach used for this feedback because the AI service had an error (HTTP 500).');
    expect(await card.locator('.coach-label').textContent()).toContain('Built-in coach');
    await screenshotElement(card, 'llm-fallback-feedback-1280');

    // The example answer written after the same failure says so too: it must not pass for the AI's.
    await page.getByRole('button', { name: 'Show an example answer' }).click();
    const example = page.locator('.example-card');
    await example.waitFor();
    expect(await example.locator('.coach-label').textContent()).toContain('Built-in coach');
    expect(await example.locator('.notice').textContent()).toBe('Built-in coach used for this example because the AI service had an error (HTTP 500).');
    await screenshotElement(example, 'llm-fallback-example-1280');
  });

  it("shows the session's own model in the header and the footer, the default elsewhere", async () => {
    const { page } = browser;
    fake.setScenario('/v1/chat/completions', chat.streamJson(FEEDBACK_REPLY, { chunkSize: 200 }));
    const id = await sessionWithQuestion(page, app.url);
    expect((await page.request.patch(`${app.url}/api/sessions/${id}`, { data: { model: SESSION_MODEL } })).ok()).toBe(true);
    await answer(page, app.url, id);

    await expect.poll(() => page.locator('.session-header .session-model').textContent()).toBe(`AI model: ${SESSION_MODEL}`);
    await expect.poll(() => page.locator('footer').textContent()).toContain(`AI coach: ${SESSION_MODEL} (this session)`);
    // The feedback really came from that model, so the label is not a guess.
    await page.locator('article.feedback').waitFor();
    expect((fake.requestsTo('/v1/chat/completions').at(-1)!.body as { model: string }).model).toBe(SESSION_MODEL);
    expect(await page.locator('article.feedback .coach-label').textContent()).toContain(`AI coach (${SESSION_MODEL})`);

    await screenshotElement(page.locator('.session-header'), 'llm-session-model-header-1280');

    await page.goto(`${app.url}/#/`);
    await expect.poll(() => page.locator('footer').textContent()).toContain('AI coach: gpt-4o-mini (default)');
  });

  it('the questions panel keeps saying which coach wrote the questions', async () => {
    const { page } = browser;
    const session = (await (await page.request.post(`${app.url}/api/sessions`, { data: { name: 'Question authors' } })).json()) as { id: string };
    const q = (text: string) => ({ text, category: 'behavioral', competency: 'ownership', rationale: 'Ownership.', source: { kind: 'custom', text: '' } });
    fake.setScenario('/v1/chat/completions', chat.json({ questions: [q('Which release are you proudest of, and why?'), q('When did you change a plan halfway through?')] }));
    await page.goto(`${app.url}/#/sessions/${session.id}`);
    await page.getByLabel('How many').fill('2');
    await page.getByRole('button', { name: 'Generate questions' }).click();
    const note = page.locator('.questions .question-coach');
    await expect.poll(() => note.allTextContents()).toEqual(['Questions by the AI coach (gpt-4o-mini).']);

    fake.setScenario('/v1/chat/completions', reply.serverError(500));
    await page.getByLabel('How many').fill('1');
    await page.getByRole('button', { name: 'Generate questions' }).click();
    const expected = ['Questions 1–2: by the AI coach (gpt-4o-mini).', 'Question 3: by the built-in coach because the AI service had an error (HTTP 500).'];
    await expect.poll(() => note.allTextContents()).toEqual(expected);
    // Stored with the questions: still said after a reload, when the status line is long gone.
    await page.reload();
    await expect.poll(() => note.allTextContents()).toEqual(expected);
    await screenshotElement(page.locator('section.questions'), 'llm-question-coach-1280');
  });
});
