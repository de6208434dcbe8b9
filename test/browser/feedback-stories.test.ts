/**
 * Feedback that names the stories it drew on, in real Chromium, keyless:
 * save a story with a measured result on "My stories", answer a cost question
 * vaguely, and see the feedback point at that story (quoting its result) with
 * a calm "Based on your stories" note; a question the story is not about gets
 * no such note. Each cited story opens on "My stories" (#/stories/:id), where
 * it can be deleted. Screenshots at desktop and phone widths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAppAndBrowser, openAppAndBrowser, screenshot, screenshotElement, type RunningApp, type RunningBrowser } from './harness.js';

const AWS_STORY = 'At Brightline I rightsized our EC2 fleet and moved batch jobs to spot instances, which cut the AWS bill 31% in two months.';
const MENTOR_STORY = 'I mentored two junior engineers through their first on-call rotation; both ran incidents alone within a quarter.';
const VAGUE = 'I worked on reducing our cloud costs. We looked at a lot of things and made some improvements and it went well in the end.';
const CONFLICT_VAGUE = 'My manager and I did not agree on a plan once. We talked about it and found a way forward, and it was fine.';

async function addStory(page: Page, text: string): Promise<void> {
  await page.getByLabel('What happened, what you did, and the result').fill(text);
  await page.getByRole('button', { name: 'Save story' }).click();
  await page.getByText(/Story saved\.|already saved/).waitFor();
}

async function addAndSelectQuestion(page: Page, text: string): Promise<void> {
  const field = page.getByLabel('Question', { exact: true });
  if (!(await field.isVisible())) await page.locator('details.add-question > summary').click();
  await field.fill(text);
  await page.getByRole('button', { name: 'Add question' }).click();
  const item = page.locator('.question-list > li').filter({ hasText: text });
  await item.waitFor();
  await item.locator('button.question-select').click();
  await expect.poll(() => page.locator('#current-question').textContent()).toBe(text);
}

async function answer(page: Page, text: string): Promise<void> {
  await page.getByLabel('Type your answer').fill(text);
  await page.getByRole('button', { name: 'Get feedback' }).click();
  await page.locator('article.feedback').waitFor();
  await page.getByText('Feedback ready.').waitFor();
}

describe('feedback based on the user’s stories', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page, errors: string[];
  beforeAll(async () => ({ app, browser, page, errors } = await openAppAndBrowser()));
  afterAll(() => closeAppAndBrowser(app, browser));

  it('cites the story that has the missing result, and only when it fits the question', async () => {
    await page.goto(`${app.url}/#/stories`);
    await page.getByRole('heading', { level: 1, name: 'My stories' }).waitFor();
    await addStory(page, AWS_STORY);
    await addStory(page, MENTOR_STORY);

    await page.goto(app.url);
    await page.getByLabel('Name').fill('Cloud costs practice');
    await page.getByRole('button', { name: 'Start session' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cloud costs practice');

    await addAndSelectQuestion(page, 'Tell me about a time you reduced costs.');
    await answer(page, VAGUE);
    const feedback = page.locator('article.feedback');
    const stories = feedback.getByRole('complementary', { name: 'Based on your stories' });
    await stories.waitFor();
    expect(await stories.locator('li').allTextContents()).toEqual([expect.stringMatching(/^“At Brightline I rightsized our EC2 fleet.*…”$/)]);
    expect(await stories.getByRole('link', { name: 'My stories' }).getAttribute('href')).toBe('#/stories');
    const fixes = (await feedback.locator('.two-lists li').allTextContents()).join('\n');
    expect(fixes).toContain('has a measured result (cut the AWS bill 31% in two months)');
    expect(fixes).not.toContain('mentored');
    await screenshot(page, 'feedback-stories-desktop-1280');
    await screenshotElement(feedback, 'feedback-stories-desktop-1280-card');

    await page.setViewportSize({ width: 375, height: 812 });
    await stories.scrollIntoViewIfNeeded();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshotElement(feedback, 'feedback-stories-phone-375-card');
    await screenshotElement(feedback.locator('.two-lists + .based-on-stories'), 'feedback-stories-phone-375-note');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A question neither story is about: no story is suggested or cited.
    await addAndSelectQuestion(page, 'Tell me about a time you disagreed with your manager.');
    await answer(page, CONFLICT_VAGUE);
    expect(await page.locator('article.feedback .based-on-stories').count()).toBe(0);
    expect(await page.locator('article.feedback .two-lists').textContent()).not.toMatch(/your (?:own )?story/i);

    expect(errors).toEqual([]);
  });

  it('opens the cited story on "My stories", where it can be corrected or deleted', async () => {
    await page.locator('.question-list > li').filter({ hasText: 'reduced costs' }).locator('button.question-select').click();
    const cited = page.locator('article.feedback .based-on-stories li a');
    await cited.first().waitFor();
    expect(await cited.first().getAttribute('href')).toMatch(/^#\/stories\/[\w-]+$/);
    await cited.first().click();
    const focus = page.getByRole('region', { name: 'The story the coach used' });
    await focus.waitFor();
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe('story-focus-heading');
    expect(await focus.locator('.story-text').textContent()).toBe(AWS_STORY);
    await screenshot(page, 'story-focus-desktop-1280');
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshotElement(focus, 'story-focus-phone-375');
    await page.setViewportSize({ width: 1280, height: 900 });

    await focus.getByRole('button', { name: /^Delete story/ }).click();
    await focus.getByRole('button', { name: 'Yes, delete' }).click();
    await focus.getByText('This story is no longer in your memory: it has been deleted.').waitFor();
    // The list below no longer has it either.
    await expect.poll(() => page.locator('ul[aria-label="Stories"] .story-text').allTextContents()).toEqual([MENTOR_STORY]);
    expect(errors).toEqual([]);
  });
});
