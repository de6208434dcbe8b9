/**
 * "My stories" from the session page and back, in real Chromium, keyless:
 * the resume's roles saved in one click (with how many were new), "Remember"
 * saying "Already in My stories" when nothing new was saved, the example
 * answer's stories linked to My stories, and focus that never drops to the
 * page body (tags saved with Enter, "Yes, delete all", remembered answers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RESUME_LINES } from './documents.js';
import { FOCUSED, postJson } from './stories-helpers.js';
import { closeAppAndBrowser, openAppAndBrowser, screenshot, screenshotElement, type RunningApp, type RunningBrowser } from './harness.js';

const ROTA = 'At Fenwick Health I rebuilt the on-call rota after two missed pages; escalations answered within five minutes rose from 60% to 97%.';
const CLOUD = 'At Brightline I moved our nightly batch jobs to spot instances, which cut the AWS bill 28% in one quarter.';

async function storyTotal(page: Page, url: string): Promise<number> {
  return ((await (await page.request.get(`${url}/api/work-history`)).json()) as { total: number }).total;
}

describe('My stories, from the session page and on its own page', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page, errors: string[];
  let sessionId = '';
  let questionId = '';
  beforeAll(async () => {
    ({ app, browser, page, errors } = await openAppAndBrowser());
    const request = browser.context.request;
    sessionId = (await postJson<{ id: string }>(request, `${app.url}/api/sessions`, { name: 'Stories practice' })).id;
    await postJson(request, `${app.url}/api/sessions/${sessionId}/documents`, { kind: 'resume', text: RESUME_LINES.join('\n') });
    questionId = (await postJson<{ id: string }>(request, `${app.url}/api/sessions/${sessionId}/questions`, { text: 'Tell me about a time you reduced costs.' })).id;
  });
  afterAll(() => closeAppAndBrowser(app, browser));

  it('saves the resume’s roles to My stories in one click, then says they are already there', async () => {
    await page.goto(`${app.url}/#/sessions/${sessionId}`);
    const slot = page.getByRole('group', { name: 'Resume' });
    const save = slot.getByRole('button', { name: 'Save my resume’s roles to My stories' });
    await save.click();
    const status = slot.getByRole('status').filter({ hasText: 'from your resume' });
    await status.waitFor();
    const saved = await storyTotal(page, app.url);
    expect(saved).toBeGreaterThan(0);
    expect(await status.textContent()).toBe(`${saved} ${saved === 1 ? 'story' : 'stories'} saved from your resume. Open My stories`);
    expect(await status.getByRole('link', { name: 'Open My stories' }).getAttribute('href')).toBe('#/stories');
    // The button stays (focus with it), so a second press says nothing new was saved.
    expect(await page.evaluate<string>(FOCUSED)).toBe('button||Save my resume’s roles to My stories');
    await screenshotElement(slot, 'stories-ui-resume-saved-1280');
    await save.click();
    const parts = saved === 1 ? 'the one part of your resume was' : `all ${saved} parts of your resume were`;
    await slot.getByText(`Already in My stories: ${parts} saved before.`).waitFor();
    expect(await storyTotal(page, app.url)).toBe(saved);
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshotElement(slot, 'stories-ui-resume-saved-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });

  it('remembers an answer (“Saved to My stories”), then says “Already in My stories”; focus lands on that sentence', async () => {
    await page.goto(`${app.url}/#/sessions/${sessionId}/q/${questionId}`);
    await page.getByLabel('Type your answer').fill(ROTA);
    await page.getByRole('button', { name: 'Get feedback' }).click();
    await page.getByText('Feedback ready.').waitFor();
    const card = page.locator('article.feedback');
    await card.getByRole('button', { name: 'Remember this answer as a story' }).click();
    await card.getByText('Saved to My stories.').waitFor();
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('p|status|Saved to My stories.');
    // The same answer again (after a reload the button is back): nothing new, and it says so.
    await page.reload();
    await card.getByRole('button', { name: 'Remember this answer as a story' }).click();
    await card.getByText('Already in My stories.').waitFor();
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('p|status|Already in My stories.');
    expect(await card.getByRole('link', { name: 'My stories' }).getAttribute('href')).toBe('#/stories');
    await screenshotElement(card.locator('.remember'), 'stories-ui-remember-already-1280');
    expect(errors).toEqual([]);
  });

  it('links the stories an example answer is based on to My stories', async () => {
    await postJson(browser.context.request, `${app.url}/api/work-history`, { text: CLOUD, tags: [] });
    const q = await postJson<{ id: string }>(browser.context.request, `${app.url}/api/sessions/${sessionId}/questions`, { text: 'How did you cut what your team spent on AWS?' });
    await page.goto(`${app.url}/#/sessions/${sessionId}/q/${q.id}`);
    await page.getByRole('button', { name: 'Show an example answer' }).click();
    const basedOn = page.locator('.example-card .based-on');
    await basedOn.waitFor();
    // Every story it drew on is a link (resume lines stay text); which story ranks first is the coach's business.
    const entries = await basedOn.locator('li').evaluateAll((lis) => lis.map((li) => [li.textContent ?? '', li.querySelector('a')?.getAttribute('href') ?? null]));
    const stories = entries.filter(([text]) => text!.startsWith('Your story: “'));
    expect(stories.length).toBeGreaterThan(0);
    for (const [, href] of stories) expect(href).toMatch(/^#\/stories(\/[\w-]+)?$/);
    expect(await basedOn.locator('.based-on-note').textContent()).toContain('Open a story to correct or delete');
    await screenshotElement(page.locator('.example-card'), 'stories-ui-example-based-on-1280');
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshotElement(page.locator('.example-card'), 'stories-ui-example-based-on-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });

  it('names each “Edit tags”, keeps focus there after Enter, and lands on the heading after “Yes, delete all”', async () => {
    await page.goto(`${app.url}/#/stories`);
    const all = page.getByRole('list', { name: 'Stories' });
    await all.waitFor();
    const names = await all.getByRole('button', { name: /^Edit tags for story: / }).evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    // Every listed story's button (the list is paged; the resume now gives one story per bullet).
    expect(names.length).toBe(await all.locator(':scope > li').count());
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
    const cloud = all.locator(':scope > li').filter({ hasText: 'At Brightline' });
    await cloud.getByRole('button', { name: /^Edit tags for story: At Brightline/ }).click();
    await cloud.getByLabel('Tags (comma-separated)').fill('cost, cloud');
    await cloud.getByLabel('Tags (comma-separated)').press('Enter');
    await expect.poll(() => cloud.locator('.tag').allTextContents()).toEqual(['cost', 'cloud']);
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toMatch(/^button\|\|Edit tags for story: At Brightline/);
    // Escape closes without saving, focus back on the same button.
    await cloud.getByRole('button', { name: /^Edit tags for story: At Brightline/ }).click();
    await cloud.getByLabel('Tags (comma-separated)').press('Escape');
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toMatch(/^button\|\|Edit tags for story: At Brightline/);

    await page.getByRole('button', { name: 'Delete all stories' }).click();
    await page.getByRole('button', { name: 'Yes, delete all' }).click();
    await page.getByRole('status').filter({ hasText: 'All your stories were deleted.' }).waitFor();
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('h1||My stories');
    expect(await storyTotal(page, app.url)).toBe(0);
    await screenshot(page, 'stories-ui-deleted-all-1280');
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, 'stories-ui-deleted-all-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });
});
