/**
 * The requirements map says plainly when a document does not read as English
 * (session-9 QA: a German resume was read with a job title for a name and no
 * word about the built-in reader being English-only). The notice goes when an
 * English resume replaces it; the upload itself is never refused.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAppAndBrowser, launchBrowser, openAppAndBrowser, screenshotElement, type RunningApp, type RunningBrowser } from './harness.js';

const doc = (name: string): string => readFileSync(new URL(`../fixtures/qa9/${name}`, import.meta.url), 'utf8');

async function paste(page: Page, what: 'resume' | 'job description', text: string): Promise<void> {
  await page.getByText(`Or paste the ${what} as text`).click();
  await page.getByLabel(`Text of the ${what}`).fill(text);
  await page.getByRole('button', { name: `Save ${what}` }).click();
}

describe('a resume that is not in English', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page, errors: string[];
  beforeAll(async () => ({ app, browser, page, errors } = await openAppAndBrowser()));
  afterAll(() => closeAppAndBrowser(app, browser));

  it('is stored, and the requirements map says the built-in coach reads English only', async () => {
    await page.goto(app.url);
    await page.getByLabel('Name').fill('Sierra Home Goods — operations');
    await page.getByRole('button', { name: 'Start session' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();

    await paste(page, 'resume', doc('de-resume.txt'));
    await page.getByText(/Resume saved/).waitFor();
    const map = page.locator('#gap-heading').locator('..');
    const notice = map.locator('.gap-notice');
    // With only the resume there is no map yet, but the notice is already there.
    await expect.poll(() => notice.textContent()).toMatch(/^This resume doesn't look like English \(it reads like German\)\. The built-in coach reads English only/);
    expect(await notice.getAttribute('role')).toBe('note');

    await paste(page, 'job description', doc('ware-jd.txt'));
    await page.getByText(/Job description saved/).waitFor();
    await map.locator('.gap-list').waitFor();
    expect(await map.locator('p strong').first().textContent()).toBe('Operations Manager at Sierra Home Goods');
    expect(await notice.count()).toBe(1);
    await screenshotElement(map, 'profile-language-notice-1280');

    // An English resume replaces it: the notice goes, and the WMS line counts.
    await page.getByText('Or paste the resume as text').click();
    await page.getByLabel('Text of the resume').fill(doc('ware-resume.txt'));
    await page.getByRole('button', { name: 'Save resume' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await expect.poll(() => map.locator('.gap.partly').filter({ hasText: 'WMS' }).locator('.gap-partly').textContent()).toBe('Your resume shows WMS but not Excel.');
    expect(errors).toEqual([]);
  });

  it('shows the notice readably at phone width', async () => {
    const phone = await launchBrowser({ width: 375, height: 800 });
    try {
      const p = phone.page;
      await p.goto(app.url);
      await p.getByLabel('Name').fill('German resume on a phone');
      await p.getByRole('button', { name: 'Start session' }).click();
      await p.getByRole('heading', { level: 1 }).waitFor();
      await paste(p, 'resume', doc('de-resume.txt'));
      const map = p.locator('#gap-heading').locator('..');
      await map.locator('.gap-notice').waitFor();
      const box = await map.locator('.gap-notice').boundingBox();
      // Wrapped inside the panel, not running off the screen.
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
      await screenshotElement(map, 'profile-language-notice-375');
    } finally {
      await phone.close();
    }
  });
});
