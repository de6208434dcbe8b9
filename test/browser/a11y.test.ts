/**
 * Automated accessibility check with axe-core (WCAG 2.1 A and AA rules:
 * contrast, labels, landmarks, names of buttons and links, ARIA use) on every
 * page a user reaches, filled with real content, at desktop and phone width.
 * axe cannot judge everything (focus order and wording are covered by the
 * keyboard test and by looking at screenshots), but what it flags is a real
 * barrier, so any violation fails the test with the rule and the elements.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type RunningApp, type RunningBrowser, closeAppAndBrowser, openAppAndBrowser } from './harness.js';
import { JOB_DESCRIPTION, RESUME_LINES } from './documents.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Run axe in the page (through the debugger protocol, which the app's CSP does not govern). */
async function violations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate<boolean>('typeof window.axe !== "undefined"');
  if (!loaded) await page.evaluate(`${AXE_SOURCE};0`);
  const found = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const ANSWER =
  'At Tidewater failover took 40 minutes and cost us a settlement window. I proposed PostgreSQL logical replication, ' +
  'wrote the runbook and rehearsed the switch with the on-call team every week. Failover now takes 90 seconds, and we ' +
  'have not missed a settlement window since.';

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  let app: RunningApp, browser: RunningBrowser, page: Page;
  let pages: { name: string; path: string; ready: string }[];

  beforeAll(async () => {
    ({ app, browser, page } = await openAppAndBrowser());
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Practice sessions' }).waitFor();
    const api = page.context().request;
    const session = await (await api.post(`${app.url}/api/sessions`, { data: { name: 'Kestrel Bank staff role' } })).json();
    const docs = `${app.url}/api/sessions/${session.id}/documents`;
    await api.post(docs, { data: { kind: 'resume', text: RESUME_LINES.join('\n') } });
    await api.post(docs, { data: { kind: 'job_description', text: JOB_DESCRIPTION } });
    const { questions: [question] } = await (await api.post(`${app.url}/api/sessions/${session.id}/questions/generate`, { data: { count: 3 } })).json();
    expect((await api.post(`${app.url}/api/sessions/${session.id}/answers`, { data: { questionId: question.id, text: ANSWER } })).status()).toBe(201);
    const saved = await api.post(`${app.url}/api/work-history`, { data: { text: ANSWER, tags: ['reliability'] } });
    expect(saved.status()).toBe(201);
    const storyId = ((await saved.json()) as { created: Array<{ id: string }> }).created[0]!.id;
    pages = [
      { name: 'sessions list', path: '/#/', ready: 'Practice sessions' },
      { name: 'session with feedback', path: `/#/sessions/${session.id}/q/${question.id}`, ready: 'Kestrel Bank staff role' },
      { name: 'my stories', path: '/#/stories', ready: 'My stories' },
      { name: 'one story opened from feedback', path: `/#/stories/${storyId}`, ready: 'My stories' },
      { name: 'progress', path: '/#/progress', ready: 'Progress' },
    ];
  }, 60_000);
  afterAll(() => closeAppAndBrowser(app, browser));

  it('would catch a violation: low-contrast text and an unlabelled input planted in the page', async () => {
    await page.goto(`${app.url}/#/stories`);
    await page.getByRole('heading', { level: 1, name: 'My stories' }).waitFor();
    await page.evaluate(`(() => {
      const p = document.createElement('p'); p.textContent = 'faint'; p.style.color = '#ccc'; p.style.background = '#fff';
      const input = document.createElement('input'); input.type = 'text';
      document.querySelector('main').append(p, input);
    })()`);
    const ids = (await violations(page)).map((v) => v.split(' ')[0]);
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'label']));
    await page.reload(); // hash routes do not reload the document: drop the planted elements
  });

  for (const width of [1280, 375]) {
    it(`has no WCAG A/AA violations on any page at ${width} px`, { timeout: 60_000 }, async () => {
      await page.setViewportSize({ width, height: 900 });
      const report: string[] = [];
      for (const p of pages) {
        await page.goto(`${app.url}${p.path}`);
        await page.getByRole('heading', { level: 1, name: p.ready }).waitFor();
        await page.waitForLoadState('networkidle');
        report.push(...(await violations(page)).map((v) => `${p.name}: ${v}`));
      }
      expect(report).toEqual([]);
    });
  }
});
