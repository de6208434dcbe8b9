/**
 * Deleting a story in real Chromium says where else it was forgotten (issue #5):
 * with a question built on the story answered in one session and left
 * unanswered in another, and feedback that quotes it, "Delete" on My stories
 * answers "Deleted. It was also removed from 2 questions and 2 pieces of
 * feedback."; the session page then shows the answered question without the
 * story's words. "Delete all" says the same for the rest. Screenshots at 1280 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAppAndBrowser, openAppAndBrowser, screenshot, screenshotElement, type RunningApp, type RunningBrowser } from './harness.js';
import { postJson } from './stories-helpers.js';

const AWS_STORY = 'At Brightline I rightsized our EC2 fleet and moved batch jobs to spot instances, which cut the AWS bill 31% in two months.';
const MENTOR_STORY = 'I mentored two junior engineers through their first on-call rotation; both ran incidents alone within a quarter.';
const VAGUE = 'I worked on reducing our cloud costs. We looked at a lot of things and made some improvements and it went well in the end.';

interface Question {
  id: string;
  text: string;
  source: { kind: string; text: string };
}

/** A session with the built-in coach's questions on the stories the hint finds; returns it and the question on `story`. */
async function sessionOn(page: Page, base: string, name: string, story: string): Promise<{ id: string; question: Question }> {
  const session = await postJson<{ id: string }>(page.request, `${base}/api/sessions`, { name, persona: 'helpful' });
  const { questions } = await postJson<{ questions: Question[] }>(page.request, `${base}/api/sessions/${session.id}/questions/generate`, { count: 4, hint: 'AWS bill, on-call rotation' });
  const question = questions.find((q) => q.source.kind === 'work_history' && q.source.text === story);
  if (!question) throw new Error(`no question built on the story in ${JSON.stringify(questions.map((q) => q.text))}`);
  return { id: session.id, question };
}

describe('deleting a story on My stories', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page, errors: string[];
  beforeAll(async () => ({ app, browser, page, errors } = await openAppAndBrowser()));
  afterAll(() => closeAppAndBrowser(app, browser));

  it('says which questions and feedback the story was also removed from', async () => {
    await page.goto(`${app.url}/#/stories`);
    await page.getByRole('heading', { level: 1, name: 'My stories' }).waitFor();
    for (const text of [AWS_STORY, MENTOR_STORY]) await postJson(page.request, `${app.url}/api/work-history`, { text });
    const one = await sessionOn(page, app.url, 'Cloud costs', AWS_STORY);
    await postJson(page.request, `${app.url}/api/sessions/${one.id}/answers`, { questionId: one.question.id, text: VAGUE });
    await sessionOn(page, app.url, 'Cloud costs again', AWS_STORY);
    const own = await postJson<{ id: string }>(page.request, `${app.url}/api/sessions/${one.id}/questions`, { text: 'Tell me about a time you reduced costs.' });
    await postJson(page.request, `${app.url}/api/sessions/${one.id}/answers`, { questionId: own.id, text: VAGUE });

    await page.reload();
    const all = page.getByRole('list', { name: 'Stories' });
    const aws = all.locator(':scope > li').filter({ hasText: 'At Brightline' });
    await aws.getByRole('button', { name: /^Delete story/ }).click();
    expect(await aws.locator('.confirm-question').textContent()).toBe(
      'Delete this story? Questions built on it that you have not answered go too, and past feedback loses what it quoted from it. Your answers stay.',
    );
    await aws.getByRole('button', { name: 'Yes, delete' }).click();
    // The unanswered copy of the question went; the answered one and both answers' feedback lost the story's words.
    const status = page.getByRole('status').filter({ hasText: /^Deleted\./ });
    await status.waitFor();
    expect(await status.textContent()).toBe('Deleted. It was also removed from 2 questions and 2 pieces of feedback.');
    await expect.poll(() => all.locator(':scope > li').count()).toBe(1);
    await screenshot(page, 'stories-forget-deleted-1280');

    // The answered question stays, without the story's words; its answer stays too.
    await page.goto(`${app.url}/#/sessions/${one.id}`);
    const list = page.locator('.question-list');
    await list.getByText('You noted: “a story you have since deleted”').waitFor();
    expect(await list.textContent()).not.toContain('rightsized');
    await screenshotElement(list, 'stories-forget-session-questions-1280');

    // "Delete all" says it in the same words for what is left.
    await page.goto(`${app.url}/#/stories`);
    const zone = page.locator('.danger-zone');
    await page.getByRole('button', { name: 'Delete all stories' }).click();
    expect(await zone.locator('.confirm-question').textContent()).toBe(
      'Delete your one story? This cannot be undone. Questions built on it go too, and past feedback loses what it quoted from it. Your answers stay.',
    );
    await page.getByRole('button', { name: 'Yes, delete all' }).click();
    const cleared = page.getByRole('status').filter({ hasText: /deleted\./ });
    await cleared.waitFor();
    // The mentoring questions of both sessions were never answered.
    expect(await cleared.textContent()).toBe('Your story was deleted. It was also removed from 2 questions.');
    await screenshot(page, 'stories-forget-cleared-1280');
    expect(errors).toEqual([]);
  });
});
