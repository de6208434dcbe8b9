/**
 * Study-guide export: time to build the PDF (and, for comparison, Markdown
 * and JSON) of a 15-question session where every question has a 300-word
 * answer with full feedback. Target: PDF under 3000 ms.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app.js';
import { parseConfig } from '../src/server/config.js';
import { createReviewService } from '../src/server/services/review/index.js';
import { measure, type BenchResult } from './lib.js';

const ANSWER = readFileSync(new URL('./fixtures/answer-300.txt', import.meta.url), 'utf8');
const RESUME = readFileSync(new URL('../test/fixtures/samples/resume.md', import.meta.url), 'utf8');
const JD = readFileSync(new URL('../test/fixtures/samples/jd.md', import.meta.url), 'utf8');
const QUESTIONS = 15;

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-bench-export-'));
  const app = await buildApp(parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', COOKIE_SECRET: 'bench-secret-0123456789' }));
  try {
    const { services, storage } = app;
    const review = createReviewService({ storage, coach: services.coach, documents: services.documents });
    const ownerId = 'bench-owner';
    const session = await services.sessions.create(ownerId, { name: 'Export bench' });
    await services.documents.upload(ownerId, session.id, { kind: 'resume', text: RESUME });
    await services.documents.upload(ownerId, session.id, { kind: 'job_description', text: JD });
    const row = await services.sessions.requireOwned(ownerId, session.id);
    const { questions } = await services.questions.generate(row, { count: QUESTIONS });
    for (const q of questions) await services.coaching.answer(row, { questionId: q.id, text: ANSWER });
    if (questions.length !== QUESTIONS) throw new Error(`bench expected ${QUESTIONS} questions, got ${questions.length}`);

    let pages = 0;
    const pdf = await measure(
      `PDF study guide, ${QUESTIONS} questions × 300-word answers`,
      async () => {
        const file = await review.exportSession(ownerId, session.id, 'pdf');
        pages = file.pages ?? 0;
      },
      { iterations: 20, warmup: 2, target: 'median < 3000 ms' },
    );
    const md = await measure('Markdown study guide, same session', () => review.exportSession(ownerId, session.id, 'md'), { iterations: 30, warmup: 3 });
    const json = await measure('JSON export, same session', () => review.exportSession(ownerId, session.id, 'json'), { iterations: 30, warmup: 3 });
    return [{ ...pdf, extra: { pages } }, md, json];
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

