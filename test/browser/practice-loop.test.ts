/**
 * The whole text-practice loop in real Chromium, keyless: create a session,
 * upload a PDF resume, paste a job description, see the gap map, generate
 * questions, answer one by keyboard, read feedback that quotes the answer,
 * reload and find it still there. Screenshots at desktop and phone widths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { JOB_DESCRIPTION, makeResumePdf, STRONG_ANSWER } from './documents.js';
import { focusedText, screenshot, screenshotElement, SCREENSHOT_DIR, type RunningApp, type RunningBrowser, openAppAndBrowser, closeAppAndBrowser } from './harness.js';

const ANSWER = STRONG_ANSWER;

describe('practice loop in the browser', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page, errors: string[];
  beforeAll(async () => ({ app, browser, page, errors } = await openAppAndBrowser()));
  afterAll(() => closeAppAndBrowser(app, browser));

  it('creates a session, reads documents, answers a question and keeps the feedback', async () => {
    await page.goto(app.url);
    // The name box stops where the server does (120 characters), so no raw validation error can appear.
    expect(await page.getByLabel('Name').getAttribute('maxlength')).toBe('120');
    await page.getByLabel('Name').fill('Kestrel Bank — staff backend');
    await page.getByRole('button', { name: 'Start session' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kestrel Bank — staff backend');

    // Resume as a PDF file, the job description pasted.
    await page.getByLabel('Upload a file').first().setInputFiles({ name: 'dana-okafor.pdf', mimeType: 'application/pdf', buffer: await makeResumePdf() });
    await page.getByText(/Resume saved: [\d,]+ characters read/).waitFor();
    await expect.poll(() => page.locator('.doc-preview').first().textContent()).toContain('Tidewater Payments');

    await page.getByText('Or paste the job description as text').click();
    await page.getByLabel('Text of the job description').fill(JOB_DESCRIPTION);
    await page.getByRole('button', { name: 'Save job description' }).click();
    await page.getByText(/Job description saved/).waitFor();

    await checkGapMap(page);

    // Generate three questions.
    await page.getByLabel('How many').fill('3');
    const generated = page.waitForResponse((r) => r.url().endsWith('/questions/generate'));
    await page.getByRole('button', { name: 'Generate questions' }).click();
    const firstCategory = ((await (await generated).json()) as { questions: { category: string }[] }).questions[0]!.category;
    await page.getByText('3 questions added.').waitFor();
    const questions = page.locator('.question-list > li');
    expect(await questions.count()).toBe(3);
    // The summary follows without a Refresh.
    await expect.poll(() => page.locator('.review-summary .lead').textContent()).toMatch(/^0 of 3 questions answered/);
    // The tip under the answer box fits the question's kind (no STAR story for a technical question).
    const tip = (await page.locator('#answer-tip').textContent()) ?? '';
    if (firstCategory === 'technical') expect(tip).toMatch(/^State your assumptions/);
    else if (firstCategory === 'behavioral') expect(tip).toMatch(/^Tell one story/);
    else expect(tip).not.toMatch(/^Tell one story/);
    await questions.first().getByText('Why they ask this').click();
    expect((await questions.first().locator('.rationale p').first().textContent())?.length).toBeGreaterThan(10);

    // Answer the selected question by keyboard only: type, Tab to the button, Enter.
    await page.getByLabel('Type your answer').focus();
    await page.keyboard.insertText(ANSWER);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Get feedback');
    await page.keyboard.press('Enter');

    // Feedback arrives and takes focus; it quotes the answer.
    const feedback = page.locator('article.feedback');
    await feedback.waitFor();
    await expect.poll(() => page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('feedback-heading');
    await page.getByText('Feedback ready.').waitFor();
    const overall = await readOverall(feedback);
    const quotes = await feedback.locator('.dimensions q').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    // Each quote is the answer's own words; one cut mid-sentence ends in an added ellipsis.
    for (const quote of quotes) expect(ANSWER).toContain(quote.replace(/…$/, ''));
    await expect.poll(() => page.getByText('1 of 3 answered').count()).toBe(1);
    await expect.poll(() => page.locator('.review-summary .lead').textContent()).toMatch(/^1 of 3 questions answered; average/);
    await screenshot(page, 'practice-desktop-1280');

    await checkExampleAnswer(page);

    // Reload: the same feedback is there.
    await page.reload();
    await page.locator('article.feedback').waitFor();
    expect(await page.locator('article.feedback .overall-number').textContent()).toBe(overall);
    expect(await page.locator('.dimensions q').allTextContents()).toEqual(quotes);
    expect(await page.title()).toBe('Kestrel Bank — staff backend — Interview Practice');

    // Phone width: panels stack, nothing scrolls sideways.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.locator('article.feedback').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshot(page, 'practice-phone-375');
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/practice-phone-375-top.png` });
    await screenshotElement(page.locator('.questions'), 'practice-phone-375-questions');
    await screenshotElement(page.locator('.answer-pane'), 'practice-phone-375-answer');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    // The follow-up becomes a question of its own, selected, with the answer box focused.
    await page.setViewportSize({ width: 1280, height: 900 });
    const followUp = (await page.locator('.follow-up p').textContent()) ?? '';
    expect(followUp.length).toBeGreaterThan(10);
    const parentText = (await page.locator('#current-question').textContent()) ?? '';
    const parentBadge = await page.locator('.question.selected .badge').textContent();
    await page.getByRole('button', { name: 'Practise this follow-up' }).click();
    await expect.poll(() => page.locator('#current-question').textContent()).toBe(followUp);
    expect(await questions.count()).toBe(4);
    expect(await page.evaluate<string>('document.activeElement?.id ?? ""')).toBe('answer-text');
    // The follow-up keeps its parent's category and says which question it follows.
    const added = page.locator('.question.selected');
    expect(await added.locator('.badge').textContent()).toBe(parentBadge);
    await added.getByText('Why they ask this').click();
    const rationale = (await added.locator('.rationale p').first().textContent()) ?? '';
    expect(rationale).toMatch(/^Follow-up to: “/);
    expect(parentText.replace(/\s+/g, ' ')).toContain(rationale.replace(/^Follow-up to: “/, '').replace(/…?”$/, ''));
    await screenshotElement(added, 'practice-followup-item-1280');
    await expect.poll(() => page.locator('.review-summary .lead').textContent()).toMatch(/^1 of 4 questions answered/);

    expect(errors).toEqual([]);
  });

  it('explains a refused upload in an alert and keeps the stored resume', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('Replace with a file').first().setInputFiles({ name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntruncated, no xref') });
    const alert = page.locator('.doc-slot').first().getByRole('alert');
    await alert.waitFor();
    const message = (await alert.textContent()) ?? '';
    expect(message.length).toBeGreaterThan(20);
    expect(message).not.toMatch(/at \w+ \(|Error:/);
    expect(await page.locator('.doc-preview').first().textContent()).toContain('dana-okafor.pdf');
    await screenshotElement(page.locator('.doc-slot').first(), 'upload-error-desktop-1280');
  });

  it('lists the session on the home page, renames it and deletes it after confirmation', async () => {
    await page.goto(`${app.url}/#/`);
    const card = page.getByRole('list', { name: 'Sessions' }).locator(':scope > li').first();
    await card.waitFor();
    expect(await card.getByRole('heading').textContent()).toBe('Kestrel Bank — staff backend');
    expect(await card.locator('.facts').textContent()).toContain('Answered1 of 4');
    expect(await page.getByRole('link', { name: /Continue/ }).textContent()).toContain('Kestrel Bank');
    await screenshot(page, 'home-desktop-1280');

    await card.getByRole('button', { name: /^Rename/ }).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Kestrel — second round');
    await page.keyboard.press('Enter');
    await expect.poll(() => card.getByRole('heading').textContent()).toBe('Kestrel — second round');

    await card.getByRole('button', { name: /^Delete/ }).click();
    // Focus lands on Cancel, so a stray Enter cannot delete.
    expect(await focusedText(page)).toBe('Cancel');
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('No sessions yet.').waitFor();
    // The card is gone; focus lands on the list's heading, not on <body>.
    expect(await focusedText(page)).toBe('Your sessions');
    const res = await page.request.get(`${app.url}/api/sessions`);
    expect(await res.json()).toEqual([]);

    // A session that no longer exists: the message offers what works — the link back to the sessions.
    await page.goto(`${app.url}/#/sessions/a-deleted-session`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Go back to your sessions/);
    expect(await alert.textContent()).not.toMatch(/reload/i);
    await screenshot(page, 'unknown-session-1280');
    await page.getByRole('link', { name: 'Back to your sessions' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practice sessions' }).waitFor();
  });
});

/** The gap map: PostgreSQL is covered by a quoted resume line, Kubernetes is not, Terraform only in part. */
async function checkGapMap(page: Page): Promise<void> {
  const gaps = page.locator('.gap-list');
  await gaps.waitFor();
  await expect.poll(() => gaps.locator('.gap.covered').count()).toBeGreaterThan(0);
  await expect.poll(() => gaps.locator('.gap.missing').filter({ hasText: /Kubernetes/i }).count()).toBe(1);
  // Docker is on the resume, Terraform is not: partly shown, saying which part is missing.
  const partly = gaps.locator('.gap.partly').filter({ hasText: /Terraform/ });
  await expect.poll(() => partly.locator('.gap-badge').textContent()).toBe('◐ Partly shown');
  expect(await partly.locator('.gap-partly').textContent()).toMatch(/shows Docker but not Terraform/);
  await screenshotElement(page.locator('#gap-heading').locator('..'), 'gap-map-1280');
}

/** An example answer, labelled as one, with its placeholders marked. */
async function checkExampleAnswer(page: Page): Promise<void> {
  const exampleResponse = page.waitForResponse((r) => r.url().endsWith('/example-answer'));
  await page.getByRole('button', { name: 'Show an example answer' }).click();
  const example = (await (await exampleResponse).json()) as { text: string };
  const card = page.locator('.example-card');
  await card.waitFor();
  expect(await card.locator('.example-label').textContent()).toContain('built only from your own resume');
  expect(await card.locator('.example-label').textContent()).toContain('left as [placeholders] for you');
  const shownText = (await card.locator('.example-text').allTextContents()).join(' ');
  expect(shownText.replace(/\s+/g, ' ').trim()).toBe(example.text.replace(/\s+/g, ' ').trim());
  const expectedMarks = example.text.match(/\[[^\]\n]{1,80}\]/g) ?? [];
  expect(await card.locator('.example-text mark').allTextContents()).toEqual(expectedMarks);
  await screenshotElement(page.locator('.answer-pane'), 'practice-desktop-1280-answer-pane');
}

/** The overall score shown, checked to be a score, with the line saying what it is (rows need not average to it). */
async function readOverall(feedback: Locator): Promise<string | null> {
  const overall = await feedback.locator('.overall-number').textContent();
  expect(Number(overall)).toBeGreaterThanOrEqual(1);
  await expect.poll(() => feedback.locator('.overall-note').textContent()).toMatch(/^Overall rates the whole answer/);
  return overall;
}
