/**
 * Rendering safety in real Chromium: a resume file, a session name, a custom
 * question, a typed answer and a story all carry <script>, an <img onerror>,
 * an <svg onload> and `javascript:` links (raw and in Markdown). Viewing the
 * session (documents, questions, feedback quoting the answer, summary), an
 * example answer built from that resume and those stories, the stories page
 * with search highlights and the progress page runs none of it: the payloads
 * show as text, `window.__pwned` stays undefined, and the DOM holds no
 * `javascript:` URL, no inline event handler and no injected element.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type RunningApp, type RunningBrowser, openAppAndBrowser, closeAppAndBrowser } from './harness.js';

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const PAYLOAD = [
  SCRIPT,
  IMG,
  '<svg onload="window.__pwned=1"></svg>',
  '[see my portfolio](javascript:window.__pwned=1)',
  '<a href="javascript:window.__pwned=1">portfolio</a>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
].join('\n');

const RESUME = `# Sam Ortega ${IMG}\n\n## Experience\nSenior Platform Engineer, Brightwater Logistics (2019 - 2024)\n- Led the migration of 40 services to Kubernetes, cutting deploy time from 45 to 6 minutes.\n- Ran the incident review for the payments outage and wrote the runbook.\n\n## Links\n${PAYLOAD}\n`;
const JD = `Staff Platform Engineer - Harbor Bank\nRequirements\n- Kubernetes in production\n- Incident leadership\n${SCRIPT}\n`;
const ANSWER = `At Brightwater the deploy pipeline took 45 minutes and blocked hotfixes. I led the migration of 40 services to Kubernetes, wrote the rollout plan and paired with each team. Deploys dropped to 6 minutes. ${PAYLOAD.replace(/\n/g, ' ')}`;
const STORY = `I ran the incident review for the payments outage and wrote the runbook the on-call team still uses. ${PAYLOAD}`;

/** Everything in the DOM that could run script or navigate to a javascript: URL. */
async function dangerous(page: Page): Promise<{ pwned: unknown; jsUrls: string[]; handlers: string[]; injected: number }> {
  return page.evaluate(`(() => {
    const all = [...document.querySelectorAll('*')];
    const jsUrls = [];
    const handlers = [];
    for (const el of all) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) || '';
        if (/^on/i.test(attr)) handlers.push(el.tagName + ' ' + attr);
        if (/^\\s*javascript:/i.test(value)) jsUrls.push(el.tagName + ' ' + attr + '=' + value);
      }
    }
    const injected = document.querySelectorAll('body script, body iframe, body svg[onload], img[src="x"]').length;
    return { pwned: window.__pwned, jsUrls, handlers, injected };
  })()`);
}

async function expectSafe(page: Page, where: string): Promise<void> {
  await page.waitForTimeout(150); // give any injected handler (onerror, onload) the chance to fire
  expect(await dangerous(page), where).toEqual({ pwned: undefined, jsUrls: [], handlers: [], injected: 0 });
}

describe('user text never runs as code', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page, errors: string[];
  beforeAll(async () => ({ app, browser, page, errors } = await openAppAndBrowser()));
  afterAll(() => closeAppAndBrowser(app, browser));

  it('shows hostile resume, question, answer and story text as text on every page', async () => {
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Practice sessions' }).waitFor();
    // Setup through the API with the page's own cookie; the resume goes through the real file input.
    const api = page.context().request;
    const session = await (await api.post(`${app.url}/api/sessions`, { data: { name: `Harbor Bank ${IMG}` } })).json();
    await api.post(`${app.url}/api/sessions/${session.id}/documents`, { data: { kind: 'job_description', text: JD } });
    const question = await (await api.post(`${app.url}/api/sessions/${session.id}/questions`, { data: { text: `Tell me about a migration you led. ${SCRIPT}` } })).json();
    expect((await api.post(`${app.url}/api/work-history`, { data: { text: STORY } })).status()).toBe(201);

    await page.goto(`${app.url}/#/sessions/${session.id}/q/${question.id}`);
    await page.getByLabel('Upload a file').first().setInputFiles({ name: 'sam <img src=x onerror=alert(1)>.md', mimeType: 'text/markdown', buffer: Buffer.from(RESUME) });
    await page.getByText(/Resume saved: [\d,]+ characters read/).waitFor();
    await expect.poll(() => page.locator('.doc-preview').first().textContent()).toContain('onerror="window.__pwned=1"');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(IMG);
    await expectSafe(page, 'session page with documents');

    // Answer through the form; the feedback quotes the answer.
    await page.getByLabel('Type your answer').fill(ANSWER);
    await page.getByRole('button', { name: 'Get feedback' }).click();
    await page.locator('article.feedback').waitFor();
    await page.getByText('Feedback ready.').waitFor();
    expect(await page.locator('body').textContent()).toContain(SCRIPT);
    await expectSafe(page, 'feedback');

    await page.getByRole('button', { name: 'Show an example answer' }).click();
    await page.locator('.example-card').waitFor();
    await expectSafe(page, 'example answer');

    await page.reload();
    await page.locator('article.feedback').waitFor();
    await page.locator('.review-summary').waitFor();
    await expectSafe(page, 'session after reload, with summary');

    await page.goto(`${app.url}/#/stories`);
    await page.getByRole('heading', { level: 1, name: 'My stories' }).waitFor();
    await expect.poll(() => page.locator('body').textContent()).toContain('window.__pwned=1');
    await page.getByLabel('Search your stories').fill('runbook portfolio javascript');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('list', { name: 'Search results' }).waitFor();
    await expectSafe(page, 'stories and search highlights');

    await page.goto(`${app.url}/#/progress`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectSafe(page, 'progress');
    expect(errors).toEqual([]);
  });
});
