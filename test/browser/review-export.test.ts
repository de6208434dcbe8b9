/**
 * The study-guide download in real Chromium: while the server makes the PDF
 * the page says so (a polite status, the link busy) and a second click starts
 * nothing; the file then downloads under the name the browser would give the
 * plain link; a failure is announced with the server's reason. The server's
 * answer is held back with a route until the test has looked (a long
 * session's PDF takes 1–2 s; a held answer makes that wait deterministic).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { JOB_DESCRIPTION, RESUME_LINES, STRONG_ANSWER } from './documents.js';
import { closeAppAndBrowser, openAppAndBrowser, screenshotElement, type RunningApp, type RunningBrowser } from './harness.js';
import { postJson } from './stories-helpers.js';

const NAME = 'Kestrel Bank — final round';

/** A session with documents and one answered question, made with the page's own cookie; returns its id. */
async function seed(page: Page, url: string): Promise<string> {
  const post = <T,>(p: string, data: unknown): Promise<T> => postJson<T>(page.request, `${url}${p}`, data);
  // One request first, so the seeding below and the page share one owner cookie.
  expect((await page.request.get(`${url}/api/sessions`)).status()).toBe(200);
  const { id } = await post<{ id: string }>('/api/sessions', { name: NAME, persona: 'helpful' });
  for (const [kind, text] of [['resume', RESUME_LINES.join('\n')], ['job_description', JOB_DESCRIPTION]]) await post(`/api/sessions/${id}/documents`, { kind, text });
  const q = await post<{ id: string }>(`/api/sessions/${id}/questions`, { text: 'Tell me about a time you made a payments database fail over faster.' });
  await post(`/api/sessions/${id}/answers`, { questionId: q.id, text: STRONG_ANSWER });
  return id;
}

describe('study guide download', () => {
  let app: RunningApp | undefined;
  let browser: RunningBrowser | undefined;
  let page: Page;
  let errors: string[];
  const downloads = mkdtempSync(path.join(os.tmpdir(), 'ip-downloads-'));
  let url: string;
  let sessionId: string;

  beforeAll(async () => {
    ({ app, browser, page, errors } = await openAppAndBrowser());
    url = app.url;
    sessionId = await seed(page, url);
  });

  afterAll(async () => {
    rmSync(downloads, { recursive: true, force: true });
    await closeAppAndBrowser(app, browser);
  });

  /** The name Chromium gives the plain link (no script of ours in the way): what our download must match. */
  async function plainLinkName(href: string): Promise<string> {
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      // A fresh link outside React: the browser's own download, named from the server's headers.
      page.evaluate(`(() => { const a = document.createElement('a'); a.href = ${JSON.stringify(href)}; a.download = ''; document.body.append(a); a.click(); a.remove(); })()`),
    ]);
    await dl.cancel();
    return dl.suggestedFilename();
  }

  it('says the PDF is being prepared, ignores a second click, then downloads it under its name', async () => {
    await page.goto(`${url}/#/sessions/${sessionId}`);
    const link = page.getByRole('link', { name: 'Study guide (PDF)' });
    const group = page.getByRole('group', { name: 'Take it with you' });
    const href = (await link.getAttribute('href'))!;
    const expectedName = await plainLinkName(href);
    expect(expectedName).toMatch(/\.pdf$/);

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let requests = 0;
    await page.route('**/export?format=pdf', async (route) => {
      requests++;
      await held;
      await route.continue();
    });
    const download = page.waitForEvent('download');
    await link.click();
    const status = group.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Preparing your PDF…');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.locator('.spinner').count()).toBe(1);
    expect(await link.getAttribute('aria-busy')).toBe('true');
    expect(await link.getAttribute('aria-disabled')).toBe('true');
    await screenshotElement(group, 'review-export-preparing-1280');
    // Clicked again while busy (force: the link says it is disabled, a user can still click it).
    await link.click({ force: true });
    await link.click({ force: true });

    release();
    const dl: Download = await download;
    expect(dl.suggestedFilename()).toBe(expectedName);
    const file = path.join(downloads, dl.suggestedFilename());
    await dl.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    await expect.poll(() => status.textContent()).toBe(`Your PDF is ready: ${expectedName}`);
    expect(await link.getAttribute('aria-busy')).toBeNull();
    expect(await link.getAttribute('aria-disabled')).toBeNull();
    expect(requests).toBe(1);
    await screenshotElement(group, 'review-export-ready-1280');
    await page.unroute('**/export?format=pdf');
    expect(errors).toEqual([]);
  });

  it('asks for every attempt in full with a checkbox beside the study-guide links (off by default)', async () => {
    await page.goto(`${url}/#/sessions/${sessionId}`);
    await page.reload();
    const group = page.getByRole('group', { name: 'Take it with you' });
    const box = group.getByRole('checkbox', { name: 'Include every attempt in full' });
    const href = async (name: string): Promise<string> => (await group.getByRole('link', { name }).getAttribute('href'))!;
    expect(await box.isChecked()).toBe(false);
    expect(await href('Study guide (PDF)')).not.toContain('attempts=');
    await box.check();
    expect(await href('Study guide (PDF)')).toMatch(/format=pdf&attempts=all$/);
    expect(await href('Study guide (Markdown)')).toMatch(/format=md&attempts=all$/);
    expect(await href('Whole session (JSON)')).not.toContain('attempts=');
    // The page's own fetch asks for the same file as the link.
    const request = page.waitForRequest(/\/export\?format=md/);
    const download = page.waitForEvent('download');
    await group.getByRole('link', { name: 'Study guide (Markdown)' }).click();
    expect((await request).url()).toMatch(/format=md&attempts=all$/);
    await (await download).cancel();
    await screenshotElement(group, 'review-export-all-attempts-1280');
    expect(errors).toEqual([]);
  });

  it('says why when the PDF cannot be made, and downloads nothing', async () => {
    await page.goto(`${url}/#/sessions/${sessionId}`);
    await page.reload(); // a fresh page: the same hash alone would keep the last test's state
    const link = page.getByRole('link', { name: 'Study guide (PDF)' });
    const group = page.getByRole('group', { name: 'Take it with you' });
    await link.waitFor();
    // The session goes away (deleted in another tab): the server refuses the export with its own reason.
    expect((await page.request.delete(`${url}/api/sessions/${sessionId}`)).status()).toBeLessThan(300);
    const refused = await page.request.get(`${url}${(await link.getAttribute('href'))!}`);
    expect(refused.status()).toBe(404);
    const reason = ((await refused.json()) as { error: { message: string } }).error.message;

    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await link.click();
    const alert = group.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(`Could not prepare your PDF. ${reason}`);
    expect(await group.getByRole('status').textContent()).toBe('');
    expect(await link.getAttribute('aria-disabled')).toBeNull();
    expect(downloaded).toBe(false);
    await screenshotElement(group, 'review-export-failed-1280');
    // Dismissed, the message goes; the 404 the browser logged for the refused fetch is the only error.
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await group.getByRole('alert').count()).toBe(0);
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
  });
});
