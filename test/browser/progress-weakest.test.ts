/**
 * The progress page says where the user is weakest now, in Chromium: the
 * weakest rubric dimension in words; no "weakest competency" (and no repeated
 * competency chart) when every answer has one competency; "Practise your
 * weakest" leaves out a question answered well since. Sessions come in through
 * the import (hand-written export files, so the scores are fixed), which also
 * names them "… (imported)". The summary's best-answer quote ends a sentence
 * or says "…". Screenshots at 1280 and 375 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { DimensionKey } from '../../src/shared/domain.js';
import { closeAppAndBrowser, launchBrowser, screenshot, screenshotElement, startApp, watchErrors, type RunningApp, type RunningBrowser } from './harness.js';

const CUT = 'Tell me about a time you cut response times for customers.';
const CONFLICT = 'Describe a conflict in your team and how you resolved it.';
const MENTOR = 'Tell me about a time you mentored a new colleague.';
const CUT_ANSWER = 'I looked at when tickets arrived and found that most of them came in before ten while the team started at eleven. I moved two shifts earlier.';

interface Item {
  text: string;
  competency: string;
  answer: string;
  overall: number;
  scores: Partial<Record<DimensionKey, number>>;
  /** Evidence quoted for every dimension (a fragment cut mid-sentence, as coaches often quote). */
  evidence: string;
}

/** A version 2 export file of one session with one scored answer per item. */
function exportFile(name: string, day: number, items: Item[]) {
  const at = (minute: number) => `2026-11-${String(day).padStart(2, '0')}T09:${String(minute).padStart(2, '0')}:00.000Z`;
  return {
    format: 'interview-practice/session',
    version: 2,
    exportedAt: at(59),
    session: { name, persona: 'helpful', difficulty: 'medium', questionType: 'behavioral', voice: null, model: null, createdAt: at(0) },
    documents: [],
    questions: items.map((it, i) => ({ ref: `q${i}`, position: i + 1, text: it.text, category: 'behavioral', competency: it.competency, rationale: 'Asked to see how you work.', source: { kind: 'custom', text: '' }, createdAt: at(1) })),
    answers: items.map((it, i) => ({
      questionRef: `q${i}`, text: it.answer, source: 'text', durationSeconds: null, createdAt: at(10 + i),
      feedback: {
        overall: it.overall, summary: `Scored ${it.overall}.`, strengths: [], improvements: [], followUpQuestion: '',
        dimensions: Object.entries(it.scores).map(([key, score]) => ({ key, score, evidence: [it.evidence], advice: `Work on ${key}.` })),
        coach: { persona: 'helpful', provider: 'builtin', model: 'rubric' },
      },
    })),
    voiceTranscript: [],
  };
}

const cut = (overall: number, structure: number): Item => ({
  text: CUT, competency: 'general', answer: CUT_ANSWER, overall, scores: { structure, specificity: 4 },
  evidence: 'found that most of them came in before ten while',
});
const conflict = (overall: number, structure: number): Item => ({
  text: CONFLICT, competency: 'general', answer: 'We disagreed about the rota. We talked and it got better in the end.', overall, scores: { structure, specificity: 3 },
  evidence: 'We disagreed about the rota.',
});

async function importSession(page: Page, url: string, file: unknown): Promise<{ id: string; name: string }> {
  const res = await page.request.post(`${url}/api/sessions/import`, { data: file });
  expect(res.status()).toBe(201);
  return (await res.json()) as { id: string; name: string };
}

describe('progress: where you are weakest now', () => {
  let app: RunningApp;
  let browser: RunningBrowser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser({ width: 1280, height: 900 });
    page = browser.page;
    errors = watchErrors(page);
    expect((await page.request.get(`${app.url}/api/sessions`)).status()).toBe(200);
  });

  afterAll(async () => {
    await closeAppAndBrowser(app, browser);
  });

  it('names the weakest dimension, says why no competency is named, and practises what is still weak', async () => {
    // Session 1: both weak. Sessions 2 and 3: the first question answered well (3.7), the second still weak.
    const first = await importSession(page, app.url, exportFile('Round', 1, [cut(1.9, 1), conflict(2.2, 2)]));
    expect(first.name).toBe('Round (imported)');
    expect((await importSession(page, app.url, exportFile('Round', 2, [cut(3.7, 4), conflict(2.4, 2)]))).name).toBe('Round (imported 2)');
    const third = await importSession(page, app.url, exportFile('Round', 3, [cut(3.7, 4), conflict(2.6, 3)]));

    await page.goto(`${app.url}/#/progress`);
    const panel = page.getByRole('region', { name: 'Where you are weakest now' });
    await panel.waitFor();
    // Latest attempts: structure 4 (first question) and 3 (second) → 3.5 over 2 answers; specificity 4 and 3 → 3.5 too, structure first in rubric order.
    expect(await panel.locator('.review-weakest-dimension').textContent()).toBe('Your weakest part: Structure (STAR+I), 3.5 on average over 2 answers.');
    expect(await panel.textContent()).toContain('Every question you answered has the same competency (General), so there is no weakest competency to name yet');
    expect(await panel.getByText('Lowest-scoring competencies').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Competencies over time' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Average score per session' }).count()).toBe(1);
    expect(await panel.locator('.hint').last().textContent()).toBe('Builds a new session with the questions you still answer weakly, to retry, plus fresh questions, aimed at Structure (STAR+I).');
    await screenshot(page, 'progress-weakest-1280');
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await screenshotElement(panel, 'progress-weakest-panel-375');
    await page.setViewportSize({ width: 1280, height: 900 });

    await panel.getByRole('button', { name: 'Practise your weakest' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/sessions\/[^/]+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Weakest: Structure (STAR+I)');
    const rail = page.locator('.questions');
    await expect.poll(() => rail.textContent()).toContain(CONFLICT);
    expect(await rail.textContent()).not.toContain(CUT);

    // The summary's best answer quotes a whole sentence, not the coach's fragment stopping at "while".
    await page.goto(`${app.url}/#/sessions/${third.id}`);
    const best = page.locator('.review-highlight').first();
    await expect.poll(() => best.locator('blockquote').textContent()).toBe(
      '…found that most of them came in before ten while the team started at eleven.',
    );
    expect(errors).toEqual([]);
  });

  it('lists the lowest-scoring competencies and their chart when answers have several', async () => {
    await importSession(page, app.url, exportFile('Mentoring', 4, [{ text: MENTOR, competency: 'coaching', answer: 'I paired with her every week.', overall: 1.5, scores: { ownership: 2 }, evidence: 'I paired with her every week.' }]));
    await page.goto(`${app.url}/#/progress`);
    const panel = page.getByRole('region', { name: 'Where you are weakest now' });
    await panel.getByText('Lowest-scoring competencies').waitFor();
    expect(await panel.locator('ol.review-weakest li').first().textContent()).toBe('Coaching — average 1.5 of 5 over 1 answer (few so far)');
    expect(await panel.textContent()).not.toContain('same competency');
    expect(await page.getByRole('heading', { name: 'Competencies over time' }).count()).toBe(1);
    expect(await panel.locator('.hint').last().textContent()).toBe(
      'Builds a new session with the questions you still answer weakly, to retry, plus fresh questions on Coaching and General, aimed at Ownership.',
    );
    await screenshotElement(panel, 'progress-weakest-competencies-1280');
    expect(errors).toEqual([]);
  });

  it('ranks a competency with 3 answers before one met once, and says why', async () => {
    const ROTA = 'Tell me about a time you changed how your team planned its week.';
    await importSession(page, app.url, exportFile('Planning', 5, [{ text: ROTA, competency: 'general', answer: 'I moved planning to Monday.', overall: 2.4, scores: { structure: 2 }, evidence: 'I moved planning to Monday.' }]));
    // Already on #/progress: going there again would not load it anew.
    await page.reload();
    const panel = page.getByRole('region', { name: 'Where you are weakest now' });
    await panel.getByText('Lowest-scoring competencies').waitFor();
    // General: 3.7, 2.6 and 2.4 over 3 answers (2.9) ranks before Coaching's single 1.5.
    expect(await panel.locator('ol.review-weakest li').allTextContents()).toEqual([
      'General — average 2.9 of 5 over 3 answers',
      'Coaching — average 1.5 of 5 over 1 answer (few so far)',
    ]);
    expect(await panel.textContent()).toContain('Competencies with fewer than 3 answers come after the others');
    expect(errors).toEqual([]);
  });
});
