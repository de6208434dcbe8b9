/**
 * APP_PASSWORD in real Chromium: the first page load meets a 401, the app
 * shows an accessible sign-in form instead of the page; a wrong password is
 * refused with a message, the right one brings the sessions page back and
 * the app works (a session can be created).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, startApp, watchErrors, type RunningApp, type RunningBrowser } from './harness.js';

const PASSWORD = 'hosted-practice-7';

describe('sign-in gate (APP_PASSWORD)', () => {
  let app: RunningApp;
  let browser: RunningBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await startApp({ APP_PASSWORD: PASSWORD });
    browser = await launchBrowser();
    page = browser.page;
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('asks for the password, refuses a wrong one, then shows the app', async () => {
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const field = page.getByLabel('App password');
    expect(await field.getAttribute('type')).toBe('password');
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe('app-password');

    await field.fill('not the password');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/password is not right/);

    await field.fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practice sessions' }).waitFor();
    // The cookie is httpOnly: page scripts cannot read it.
    expect(await page.evaluate<string>('document.cookie')).not.toContain('auth=');

    await page.getByLabel('Name').fill('Hosted practice');
    await page.getByRole('button', { name: 'Start session' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Hosted practice');
    // 401s before sign-in show up as console errors for the failed fetches; nothing else may.
    expect(errors.filter((e) => !/401|Unauthorized/i.test(e))).toEqual([]);
  });
});
