/**
 * Session 11's low-vision QA pass outside the session page, in real Chromium:
 * keyboard-only at 200% zoom (640×400 CSS px), a 390 px phone with 150% text,
 * and forced colours. Long words wrap instead of pushing pages sideways; focus
 * never drops to <body> after saving a story, renaming or deleting a session, or
 * signing in, and each result is said in a live region that was already in the
 * page; script focus on headings and <main> shows a ring after keyboard use; the
 * selected question and the score bars survive forced colours; disabled buttons
 * stay readable. Screenshots: test-results/screenshots/a11y-global-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { JOB_DESCRIPTION, RESUME_LINES } from './documents.js';
import path from 'node:path';
import { SCREENSHOT_DIR, closeAppAndBrowser, openAppAndBrowser, screenshot, type RunningApp, type RunningBrowser } from './harness.js';
import { FOCUSED, postJson } from './stories-helpers.js';

const LONG_WORD = 'Infrastructuremodernisationprogrammelead'; // 40 characters (the longest tag allowed), no break
const LONG_URL = 'https://wiki.example.org/engineering/incident-reviews/2024/settlement-failover-runbook-version-three';
const ANSWER =
  'At Tidewater failover took 40 minutes and cost us a settlement window. I proposed PostgreSQL logical replication, ' +
  'wrote the runbook and rehearsed the switch with the on-call team every week. Failover now takes 90 seconds.';

/** How far the page scrolls sideways (0 when nothing is wider than the window). */
const SIDEWAYS = 'document.documentElement.scrollWidth - window.innerWidth';

/** The focused element's outline, and whether Chromium counts its focus as keyboard focus. */
const RING = `(() => {
  const e = document.activeElement;
  const s = getComputedStyle(e);
  return { visible: e.matches(':focus-visible'), style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
})()`;

/** The focused element shows a ring of at least 2 px because focus came from the keyboard. */
async function expectRing(page: Page): Promise<void> {
  const ring = await page.evaluate<{ visible: boolean; style: string; width: number }>(RING);
  expect(ring).toMatchObject({ visible: true });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

/** The user's text setting at 150% (the app's own sizes are in rem, so everything grows). */
async function textAt150(page: Page): Promise<void> {
  await page.evaluate("document.documentElement.style.fontSize = '150%'");
}

/** `inner`'s right edge is inside `outer`'s (a field that overflows its panel fails). */
async function expectInside(inner: Locator, outer: Locator): Promise<void> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  expect(a!.x + a!.width).toBeLessThanOrEqual(b!.x + b!.width + 0.5);
}

/** WCAG contrast of two computed rgb() colours. */
function contrast(one: string, two: string): number {
  const lum = (rgb: string): number => {
    const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(one), lum(two)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Delete every session this owner has, then create these (the list shows the last one first). */
async function onlySessions(page: Page, base: string, names: string[]): Promise<void> {
  const existing = (await (await page.request.get(`${base}/api/sessions`)).json()) as { id: string }[];
  for (const s of existing) expect((await page.request.delete(`${base}/api/sessions/${s.id}`)).ok()).toBe(true);
  for (const name of names) await postJson(page.request, `${base}/api/sessions`, { name });
}

/** Keyboard only: Enter on Delete, Shift+Tab from "Cancel" to "Yes, delete", Enter. */
async function deleteByKeyboard(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: `Delete ${name}`, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('button||Cancel');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
}

/** The one live region saying `text`, which was in the page before it said it (marked by `markRegions`). */
async function said(page: Page, text: string): Promise<Locator> {
  const status = page.getByRole('status').filter({ hasText: text });
  await status.waitFor();
  expect(await status.count()).toBe(1);
  expect(await status.getAttribute('data-before'), 'the live region was in the page before the message').toBe('');
  return status;
}

/** What the window shows now (where focus is), not the whole page. */
async function inView(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

async function markRegions(page: Page): Promise<void> {
  await page.locator('[role="status"]').evaluateAll((els) => els.forEach((el) => el.setAttribute('data-before', '')));
}

describe('global keyboard, reflow and forced-colours fixes', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page, errors: string[];
  beforeAll(async () => ({ app, browser, page, errors } = await openAppAndBrowser()));
  afterAll(() => closeAppAndBrowser(app, browser));

  /** A fresh document at this route, waiting for its h1. */
  async function open(route: string, heading: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${app.url}/#${route}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  it('Home at 390 px with 150% text: a 40-character name and the open rename box fit the window', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await onlySessions(page, app.url, [`Kestrel ${LONG_WORD}`]);
    await open('/', 'Practice sessions');
    await textAt150(page);
    await page.getByRole('button', { name: /^Rename Kestrel/ }).click();
    const field = page.getByLabel('New name');
    await expect.poll(() => field.inputValue()).toContain(LONG_WORD);
    expect(await page.evaluate<number>(SIDEWAYS)).toBeLessThanOrEqual(0);
    await expectInside(field, page.locator('.card-list .card').first());
    await screenshot(page, 'a11y-global-home-rename-390');
  });

  it('My stories at 390 px with 150% text: a 40-character tag, a long URL and the search box fit the window', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.request.delete(`${app.url}/api/work-history?confirm=true`);
    await postJson(page.request, `${app.url}/api/work-history`, { text: `The runbook lives at ${LONG_URL} and every on-call engineer rehearsed it.`, tags: [LONG_WORD, 'reliability'] });
    await open('/stories', 'My stories');
    await textAt150(page);
    await page.locator('.tag', { hasText: LONG_WORD }).waitFor();
    expect(await page.evaluate<number>(SIDEWAYS)).toBeLessThanOrEqual(0);
    const search = page.getByLabel('Search your stories');
    await expectInside(search, page.locator('section', { has: page.getByRole('heading', { name: 'Search', exact: true }) }));
    await expectInside(page.locator('.tag', { hasText: LONG_WORD }), page.locator('article.story'));
    await screenshot(page, 'a11y-global-stories-long-words-390');
  });

  it('renames at 640×400 by keyboard: Enter lands on the new title and says so; Escape and Cancel return to Rename', async () => {
    await page.setViewportSize({ width: 640, height: 400 });
    await onlySessions(page, app.url, ['Alder Bank', 'Birch Health']);
    await open('/', 'Practice sessions');
    await markRegions(page);
    await page.getByRole('button', { name: 'Rename Birch Health', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toMatch(/^input\|/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Birch Health staff role');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('a||Birch Health staff role');
    await expectRing(page);
    const card = page.locator('.card-list > li', { has: page.getByRole('link', { name: 'Birch Health staff role' }) });
    expect(await (await said(page, 'Renamed to “Birch Health staff role”.')).count()).toBe(1);
    expect(await card.getByRole('status').filter({ hasText: 'Renamed' }).count()).toBe(1);
    await screenshot(page, 'a11y-global-renamed-640');

    await page.keyboard.press('Tab'); // Open
    await page.keyboard.press('Tab'); // Rename
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('button||Rename Birch Health staff role');
    await expectRing(page);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // Save
    await page.keyboard.press('Tab'); // Cancel
    expect(await page.evaluate<string>(FOCUSED)).toBe('button||Cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('button||Rename Birch Health staff role');
    expect(errors).toEqual([]);
  });

  it('deletes sessions at 640×400: focus to the next, then the previous, then the heading, each result said beside it', async () => {
    await page.setViewportSize({ width: 640, height: 400 });
    await onlySessions(page, app.url, ['Alder Bank', 'Birch Health', 'Cedar Logistics']);
    await open('/', 'Practice sessions');
    const items = page.getByRole('list', { name: 'Sessions' }).locator(':scope > li');
    await expect.poll(() => items.count()).toBe(3);

    await markRegions(page);
    await deleteByKeyboard(page, 'Birch Health');
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('a||Alder Bank');
    await expectRing(page);
    await said(page, 'Deleted “Birch Health”.');
    expect(await items.filter({ hasText: 'Alder Bank' }).getByRole('status').filter({ hasText: 'Deleted' }).count()).toBe(1);
    await screenshot(page, 'a11y-global-session-deleted-next-640');

    await markRegions(page);
    await deleteByKeyboard(page, 'Alder Bank');
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('a||Cedar Logistics');
    await expectRing(page);
    await said(page, 'Deleted “Alder Bank”.');

    await markRegions(page);
    await deleteByKeyboard(page, 'Cedar Logistics');
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('h2||Your sessions');
    await expectRing(page);
    await said(page, 'Deleted “Cedar Logistics”.');
    await page.getByText('No sessions yet.').waitFor();
    await screenshot(page, 'a11y-global-session-deleted-none-left-640');
    expect(errors).toEqual([]);
  });

  it('saves a story at 640×400: focus back in the text box, “Story saved.” said; the disabled Save reads at 4.5:1', async () => {
    await page.setViewportSize({ width: 640, height: 400 });
    await open('/stories', 'My stories');
    await markRegions(page);
    await page.getByLabel('What happened, what you did, and the result').focus();
    await page.keyboard.type('At Harbour Logistics I cut p99 latency of the tracking API from 800 ms to 120 ms.');
    await page.keyboard.press('Tab'); // tags
    await page.keyboard.press('Tab'); // Save story
    expect(await page.evaluate<string>(FOCUSED)).toBe('button||Save story');
    await page.keyboard.press('Enter');
    await said(page, 'Story saved.');
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('textarea||');
    await expectRing(page);
    const save = page.getByRole('button', { name: 'Save story' });
    expect(await save.isDisabled()).toBe(true);
    const look = await page.evaluate<{ color: string; bg: string; opacity: string }>(
      `(() => { const s = getComputedStyle(document.querySelector('#story-text').form.querySelector('button[type=submit]')); return { color: s.color, bg: s.backgroundColor, opacity: s.opacity }; })()`,
    );
    expect(look.opacity).toBe('1');
    expect(contrast(look.color, look.bg)).toBeGreaterThanOrEqual(4.5);
    await screenshot(page, 'a11y-global-story-saved-640');
  });

  it('keyboard script focus shows a ring: <main> after a page change, the Feedback heading after sending', async () => {
    await page.setViewportSize({ width: 640, height: 400 });
    await open('/', 'Practice sessions');
    await page.getByRole('link', { name: 'My stories' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'My stories' }).waitFor();
    await expect.poll(() => page.evaluate<string>('document.activeElement.tagName')).toBe('MAIN');
    await expectRing(page);
    await inView(page, 'a11y-global-main-ring-640');

    const { session, questionId } = await practiceSession(page, app.url);
    await open(`/sessions/${session}/q/${questionId}`, 'Forced colours run');
    await page.getByLabel('Type your answer').focus();
    await page.keyboard.insertText(ANSWER);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(() => page.evaluate<string>(FOCUSED), { timeout: 15_000 }).toBe('h3||Feedback');
    await expectRing(page);
    await inView(page, 'a11y-global-feedback-heading-ring-640');
  });

  it('forced colours: the selected question stands out and the score bars keep their fill', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const { session, questionId } = await practiceSession(page, app.url);
    await postJson(page.request, `${app.url}/api/sessions/${session}/answers`, { questionId, text: ANSWER });
    await page.emulateMedia({ forcedColors: 'active' });
    try {
      await open(`/sessions/${session}/q/${questionId}`, 'Forced colours run');
      await page.locator('.bar-fill').first().waitFor();
      const border = (selector: string): Promise<number> => page.evaluate<number>(`parseFloat(getComputedStyle(document.querySelector('${selector}')).borderLeftWidth)`);
      expect(await border('.question.selected')).toBeGreaterThanOrEqual((await border('.question:not(.selected)')) + 2);
      const [fill, track] = await page.evaluate<string[]>(
        `(() => { const e = document.querySelector('.bar-fill'); return [getComputedStyle(e).backgroundColor, getComputedStyle(e.parentElement).backgroundColor]; })()`,
      );
      expect(fill).not.toBe(track);
      expect(contrast(fill!, track === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : track!)).toBeGreaterThanOrEqual(3);
      await screenshot(page, 'a11y-global-forced-colours-session');
    } finally {
      await page.emulateMedia({ forcedColors: 'none' });
    }
  });
});

/** A session with documents and three questions; returns its id and the second question's. */
async function practiceSession(page: Page, base: string): Promise<{ session: string; questionId: string }> {
  const { id } = await postJson<{ id: string }>(page.request, `${base}/api/sessions`, { name: 'Forced colours run' });
  await postJson(page.request, `${base}/api/sessions/${id}/documents`, { kind: 'resume', text: RESUME_LINES.join('\n') });
  await postJson(page.request, `${base}/api/sessions/${id}/documents`, { kind: 'job_description', text: JOB_DESCRIPTION });
  const { questions } = await postJson<{ questions: { id: string }[] }>(page.request, `${base}/api/sessions/${id}/questions/generate`, { count: 3 });
  return { session: id, questionId: questions[1]!.id };
}

describe('sign-in (APP_PASSWORD) by keyboard', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page;
  beforeAll(async () => ({ app, browser, page } = await openAppAndBrowser({ APP_PASSWORD: 'hosted-practice-7' })));
  afterAll(() => closeAppAndBrowser(app, browser));

  it('lands on the page heading with a ring and says “Signed in.”', async () => {
    await page.setViewportSize({ width: 640, height: 400 });
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await markRegions(page);
    await page.keyboard.type('hosted-practice-7');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate<string>(FOCUSED)).toBe('h1||Practice sessions');
    await expectRing(page);
    await said(page, 'Signed in.');
    await screenshot(page, 'a11y-global-signed-in-640');
  });
});
