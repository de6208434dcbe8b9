/**
 * The session page for a low-vision keyboard user, from a QA pass at 200% zoom
 * (640×400 CSS px, device scale 2) and on a 390 px phone with 150% text:
 * choosing a question always lands focus in its answer box (or on its feedback);
 * actions that work for a while keep focus on a visible element and announce
 * their result; the focused element is never left off screen; a refused answer
 * is tied to its field; long words in feedback wrap instead of widening the page;
 * headings the app moves focus to show the focus ring.
 * Screenshots: the window where focus landed at 640 px; the feedback and the comparison with a
 * long URL at 640 px and at 390 px with 150% text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chat, startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';
import { RESUME_LINES, STRONG_ANSWER } from './documents.js';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_ARGS, SCREENSHOT_DIR, screenshotElement, startApp, watchErrors, type RunningApp } from './harness.js';

const QUESTIONS = [
  'Tell me about a time you turned round a project that was slipping.',
  'Describe a disagreement with a colleague and how it ended.',
  'What is the hardest bug you have fixed?',
];
const LONG_URL = `https://runbooks.example.org/${'settlement-service-postgresql-logical-replication-failover-'.repeat(3)}checklist`;

/** Where focus is, how its box sits in the window, and whether it shows an outline. */
interface Focus {
  tag: string;
  id: string;
  name: string;
  top: number;
  bottom: number;
  innerHeight: number;
  outline: string;
}

const FOCUS = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { tag: 'body', id: '', name: '', top: 0, bottom: 0, innerHeight, outline: 'none' };
  const label = el.labels && el.labels[0] ? el.labels[0].textContent : (el.getAttribute('aria-label') || el.textContent);
  const box = el.getBoundingClientRect();
  return { tag: el.tagName.toLowerCase(), id: el.id, name: (label || '').trim(), top: box.top, bottom: box.bottom, innerHeight, outline: getComputedStyle(el).outlineStyle };
})()`;

const focus = (page: Page): Promise<Focus> => page.evaluate<Focus>(FOCUS);

/** The focused element's top edge is inside the window (a tall box may run past the bottom). */
const topInView = (f: Focus): boolean => f.top >= -1 && f.top < f.innerHeight - 20;
/** The whole focused element is inside the window. */
const wholeInView = (f: Focus): boolean => f.top >= -1 && f.bottom <= f.innerHeight + 1;

/** Press Tab (or Shift+Tab) until the focused element has this tag and name; fail after `max` presses. */
async function tabTo(page: Page, tag: string, name: string, { back = false, max = 120 } = {}): Promise<void> {
  for (let presses = 0; presses <= max; presses++) {
    const f = await focus(page);
    if (f.tag === tag && f.name === name) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached <${tag}> "${name}"`);
}

let browser: Browser;
let app: RunningApp;
let context: BrowserContext;
let page: Page;
let errors: string[];

/** A fresh window of this size (a context per test keeps zoom and scroll from leaking). */
async function openWindow(width: number, height: number, target: RunningApp): Promise<void> {
  await context?.close();
  context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2 });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  errors = watchErrors(page);
  // One request first, so the seeding requests and the page share one owner cookie.
  expect((await page.request.get(`${target.url}/api/sessions`)).status()).toBe(200);
}

async function post<T>(target: RunningApp, path: string, data: unknown): Promise<T> {
  const res = await page.request.post(`${target.url}${path}`, { data });
  expect(res.status(), `${path} → ${res.status()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

/** A session with the resume, and questions; the first `answered` of them answered. */
async function seed(target: RunningApp, { questions = QUESTIONS, answered = 0, resume = true } = {}): Promise<{ id: string; qids: string[] }> {
  const s = await post<{ id: string }>(target, '/api/sessions', { name: 'Keyboard QA', persona: 'helpful' });
  if (resume) await post(target, `/api/sessions/${s.id}/documents`, { kind: 'resume', text: RESUME_LINES.join('\n') });
  const qids: string[] = [];
  for (const text of questions) qids.push((await post<{ id: string }>(target, `/api/sessions/${s.id}/questions`, { text })).id);
  for (const questionId of qids.slice(0, answered)) await post(target, `/api/sessions/${s.id}/answers`, { questionId, text: STRONG_ANSWER, source: 'text' });
  return { id: s.id, qids };
}

/** What the window shows (not the whole page): where focus landed, as the tester saw it. */
async function windowShot(name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

async function openSession(target: RunningApp, id: string, questionId?: string): Promise<void> {
  await page.goto(`${target.url}/#/sessions/${id}${questionId ? `/q/${questionId}` : ''}`);
  await page.getByRole('heading', { level: 1, name: 'Keyboard QA' }).waitFor();
}

beforeAll(async () => {
  app = await startApp();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

describe('choosing a question at 200% zoom', () => {
  it('moves focus to the answer box, even for the question shown already, and to the feedback of an answered one', async () => {
    await openWindow(640, 400, app);
    const { id } = await seed(app, { answered: 1 });
    await openSession(app, id);
    // No question in the URL: the first unanswered one is shown already; choosing it must still act.
    await tabTo(page, 'button', QUESTIONS[1]!);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).id).toBe('answer-text');
    expect(topInView(await focus(page))).toBe(true);
    await page.keyboard.type('Typing lands');
    expect(await page.getByLabel('Type your answer').inputValue()).toBe('Typing lands');

    // An answered question: focus goes to its feedback heading, in view and with a focus ring.
    await tabTo(page, 'button', QUESTIONS[0]!, { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).id).toBe('feedback-heading');
    const heading = await focus(page);
    expect(wholeInView(heading)).toBe(true);
    expect(heading.outline).not.toBe('none');
    await windowShot('session-keyboard-feedback-focus-640');

    // The answered question again (already selected): focus goes back to its feedback.
    await tabTo(page, 'button', QUESTIONS[0]!, { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).id).toBe('feedback-heading');
    expect(wholeInView(await focus(page))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('"Go to the questions" lands on the Questions heading with a visible focus ring', async () => {
    await openWindow(640, 400, app);
    const { id } = await seed(app);
    await openSession(app, id);
    await tabTo(page, 'button', 'Go to the questions');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).id).toBe('questions-heading');
    const f = await focus(page);
    expect(wholeInView(f)).toBe(true);
    expect(f.outline).not.toBe('none');
    await windowShot('session-keyboard-questions-focus-640');
  });
});

describe('focus stays on a visible element while an action works', () => {
  it('Generate questions keeps focus on its button and announces how many were added', async () => {
    await openWindow(640, 400, app);
    const { id } = await seed(app, { questions: [] });
    await openSession(app, id);
    await tabTo(page, 'input', 'How many');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2');
    await tabTo(page, 'button', 'Generate questions');
    await page.keyboard.press('Enter');
    await page.locator('.generate-form [role="status"]').getByText('2 questions added.').waitFor();
    const f = await focus(page);
    expect([f.tag, f.name]).toEqual(['button', 'Generate questions']);
    expect(wholeInView(f)).toBe(true);
  });

  it('Save settings keeps focus on its button and announces the save', async () => {
    await openWindow(640, 400, app);
    const { id } = await seed(app);
    await openSession(app, id);
    await tabTo(page, 'summary', 'Session settings');
    await page.keyboard.press('Enter');
    await page.locator('#set-persona').selectOption('ruthless');
    await tabTo(page, 'button', 'Save settings');
    await page.keyboard.press('Enter');
    await page.locator('details.settings [role="status"]').getByText('Settings saved.').waitFor();
    const f = await focus(page);
    expect([f.tag, f.name]).toEqual(['button', 'Save settings']);
    expect(wholeInView(f)).toBe(true);
  });

  it('Show an example answer moves focus to the example and announces that it is ready', async () => {
    await openWindow(640, 400, app);
    const { id, qids } = await seed(app);
    await openSession(app, id, qids[0]);
    await tabTo(page, 'button', 'Show an example answer');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).id).toBe('example-heading');
    expect(wholeInView(await focus(page))).toBe(true);
    expect(await page.locator('.example [role="status"]').textContent()).toBe('Example answer ready.');
    await windowShot('session-keyboard-example-focus-640');
  });

  it('"Start from your last answer" puts the last answer in the box and focus in it', async () => {
    await openWindow(640, 400, app);
    const { id, qids } = await seed(app, { answered: 1 });
    await openSession(app, id, qids[0]);
    await tabTo(page, 'button', 'Try again');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).id).toBe('answer-text');
    await tabTo(page, 'button', 'Start from your last answer', { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).id).toBe('answer-text');
    expect(await page.getByLabel('Type your answer').inputValue()).toBe(STRONG_ANSWER);
    expect(topInView(await focus(page))).toBe(true);
  });
});

describe('the focused element stays in view at 200% zoom', () => {
  it('after "Save resume", the paste summary that keeps focus is scrolled into view', async () => {
    await openWindow(640, 400, app);
    const { id } = await seed(app, { resume: false, questions: [] });
    await openSession(app, id);
    await tabTo(page, 'summary', 'Or paste the resume as text');
    await page.keyboard.press('Enter');
    await tabTo(page, 'textarea', 'Text of the resume');
    await page.keyboard.insertText(RESUME_LINES.join('\n'));
    await tabTo(page, 'button', 'Save resume');
    await page.keyboard.press('Enter');
    await page.getByText(/Resume saved/).waitFor();
    await expect.poll(async () => (await focus(page)).name).toBe('Or paste the resume as text');
    // The preview opens above the summary after the save: the summary must still be on screen.
    await expect.poll(async () => wholeInView(await focus(page))).toBe(true);
    await windowShot('session-keyboard-paste-saved-640');
  });

  it('Ctrl+Enter keeps the focused answer box on screen while the coach works', async () => {
    await openWindow(640, 400, app);
    const { id, qids } = await seed(app);
    await openSession(app, id, qids[0]);
    // Hold the request, so the page stays in "Saving your answer…" while it is measured.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/answers/stream', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByLabel('Type your answer').fill(STRONG_ANSWER);
    await page.getByLabel('Type your answer').focus();
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.getByText('Saving your answer…').waitFor();
    await page.waitForTimeout(300); // the progress line's scroll runs in an effect after the render
    const f = await focus(page);
    expect(f.id).toBe('answer-text');
    expect(topInView(f)).toBe(true);
    await windowShot('session-keyboard-ctrl-enter-640');
    release();
    await expect.poll(async () => (await focus(page)).id, { timeout: 15_000 }).toBe('feedback-heading');
  });

  it('a refused one-word answer keeps the caret in view and ties the error to the box', async () => {
    await openWindow(640, 400, app);
    const { id, qids } = await seed(app);
    await openSession(app, id, qids[0]);
    const box = page.getByLabel('Type your answer');
    await box.fill('Hello');
    await box.focus();
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.getByText('Write your answer before asking for feedback: at least 2 words', { exact: false }).waitFor();
    await page.waitForTimeout(300);
    const f = await focus(page);
    expect(f.id).toBe('answer-text');
    expect(topInView(f)).toBe(true);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    const described = (await box.getAttribute('aria-describedby'))?.split(' ') ?? [];
    const texts = await Promise.all(described.map((d) => page.locator(`[id="${d}"]`).textContent()));
    expect(texts.some((t) => t?.includes('at least 2 words'))).toBe(true);
    await windowShot('session-keyboard-one-word-640');
    // Fixing the text clears the mark.
    await page.keyboard.type(' there, I led the migration.');
    expect(await box.getAttribute('aria-invalid')).toBeNull();
  });
});

describe('reflow: long words in answers and feedback wrap', () => {
  let fake: FakeOpenAI;
  let llmApp: RunningApp;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    llmApp = await startApp({ OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.url, OPENAI_TIMEOUT_MS: '5000' });
  });

  afterAll(async () => {
    // The page still holds connections to this app (the browser closes only after every describe): leave it first, or closing waits on them.
    await page.goto('about:blank');
    await llmApp?.close();
    await fake?.close();
  });

  it('keeps the page within the window at 640 px and at 390 px with 150% text', async () => {
    const answer = `I wrote the failover runbook at ${LONG_URL} and I cut failover from 40 minutes to 90 seconds with zero missed payouts.`;
    const dim = (score: number | null, evidence: string[]) => ({ score, evidence, advice: `Link the runbook (${LONG_URL}) only if asked.` });
    fake.setScenario('/v1/chat/completions', chat.json({
      dimensions: { structure: dim(3, [LONG_URL]), specificity: dim(4, ['from 40 minutes to 90 seconds']), ownership: dim(4, ['I wrote the failover runbook']), result_impact: dim(4, ['zero missed payouts']), relevance: dim(null, []), concision: dim(null, []) },
      overall: 4,
      summary: `A clear result; the link ${LONG_URL} adds nothing spoken aloud.`,
      strengths: ['Measured result'],
      improvements: [`Do not read out ${LONG_URL} in an interview; say "the runbook I wrote".`],
      followUpQuestion: 'What did the runbook change?',
    }));
    await openWindow(640, 400, llmApp);
    const { id, qids } = await seed(llmApp, { questions: [QUESTIONS[0]!], resume: false });
    await post(llmApp, `/api/sessions/${id}/answers`, { questionId: qids[0], text: answer, source: 'text' });
    await openSession(llmApp, id, qids[0]);
    const card = page.locator('article.feedback');
    await card.getByText('What to fix').waitFor();
    // The AI coach's feedback as written (no fallback), the URL whole in "What to fix".
    expect(await card.locator('.notice').count()).toBe(0);
    expect(await card.locator('.two-lists li').allTextContents()).toContain(`Do not read out ${LONG_URL} in an interview; say "the runbook I wrote".`);
    await screenshotElement(page.locator('article.feedback'), 'session-keyboard-feedback-640');
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= innerWidth')).toBe(true);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.addStyleTag({ content: 'html { font-size: 150% !important; }' });
    await page.locator('.compare-grid').waitFor();
    await screenshotElement(page.locator('article.feedback'), 'session-keyboard-feedback-390-150');
    await screenshotElement(page.locator('section.compare'), 'session-keyboard-compare-390-150');
    expect(await page.evaluate<boolean>('document.documentElement.scrollWidth <= innerWidth')).toBe(true);
    // Each column of the comparison fits in the window (none cut off by the grid's minimum width).
    const cols = await page.evaluate<number[]>('[...document.querySelectorAll(".compare-col")].map((el) => el.getBoundingClientRect().right)');
    expect(cols.length).toBe(2);
    for (const right of cols) expect(right).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });
});
