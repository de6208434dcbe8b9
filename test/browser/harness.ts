/**
 * Browser-test harness: the real app on a temp SQLite file, listening on a free
 * port, and Debian's Chromium driven by playwright-core (never a downloaded browser).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { buildApp } from '../../src/server/app.js';
import { parseConfig } from '../../src/server/config.js';
import { ensureWebBuilt } from './web-build.js';

export interface RunningApp {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  dataDir: string;
  close: () => Promise<void>;
}

/** Start the app (building dist/web first if it is missing or stale) on 127.0.0.1:0. */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  await ensureWebBuilt();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ip-browser-'));
  const config = parseConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    COOKIE_SECRET: 'browser-test-secret-0123456789abcdef',
    ...env,
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const app = await buildApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface RunningBrowser {
  context: BrowserContext;
  /** The first page of the persistent context. */
  page: Page;
  close: () => Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch headless Chromium with a throwaway profile; desktop viewport by default. */
export async function launchBrowser(options: { width?: number; height?: number; args?: string[] } = {}): Promise<RunningBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ip-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const SCREENSHOT_DIR = path.resolve('test-results', 'screenshots');

/** Save a full-page screenshot under test-results/screenshots/NAME.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Save a screenshot of one element (a panel at phone width is easier to judge than a whole page). */
export async function screenshotElement(locator: Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await locator.screenshot({ path: file });
  return file;
}

/** Collect uncaught page errors and console errors, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** The text of the focused element (the page runs in Chromium; this file has no DOM types). */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate<string>('document.activeElement?.textContent?.trim() ?? ""');
}

/** The usual browser-test setup: the app on a temp database and a desktop-sized page watched for errors. */
export async function openAppAndBrowser(env: Record<string, string> = {}): Promise<{ app: RunningApp; browser: RunningBrowser; page: Page; errors: string[] }> {
  const app = await startApp(env);
  const browser = await launchBrowser({ width: 1280, height: 900 });
  return { app, browser, page: browser.page, errors: watchErrors(browser.page) };
}

/** Close what openAppAndBrowser opened (either may be missing if setup failed). */
export async function closeAppAndBrowser(app?: RunningApp, browser?: RunningBrowser): Promise<void> {
  await browser?.close();
  await app?.close();
}
