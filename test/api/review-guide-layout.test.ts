/**
 * The study guide of a long session (40 answered questions, built through the
 * API with the built-in coach), exported as PDF and Markdown: no page ends on
 * a heading, a table header or a label without what it introduces, no table
 * rule runs through text, and only parts scored 4/5 or more are listed under
 * "Strengths".
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/shared/api.js';
import { layoutOf, type LaidOutPage } from '../unit/review/pdf-pages.js';
import { startTestApp, type TestApp, type TestClient } from './helper.js';

const resume = readFileSync(new URL('../fixtures/samples/resume.md', import.meta.url), 'utf8');
const jd = readFileSync(new URL('../fixtures/samples/jd.md', import.meta.url), 'utf8');
const LONG = readFileSync(new URL('../../bench/fixtures/answer-300.txt', import.meta.url), 'utf8');
const STRONG =
  'At Ledgerly our invoice disputes were climbing, and I was asked to fix billing. I proposed moving the billing service to event sourcing, ' +
  'wrote the design, and I migrated the three highest-volume flows myself over six weeks. Disputes fell by 38% in the next quarter, ' +
  'and I learned to ship the migration behind a flag so we could roll back safely.';
const MEDIUM = 'We had an outage once and the team fixed it. We wrote a postmortem and things got better after that.';
const WEAK = 'I did some stuff.';
const ANSWERS = [STRONG, MEDIUM, LONG, WEAK, LONG.slice(0, 700)];
const QUESTIONS = 40;
/** Generation asks for at most 20 questions at a time. */
const BATCH = 20;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.destroy();
});

async function longSession(c: TestClient): Promise<string> {
  const s = (await c.post('/api/sessions', { name: 'Long session', persona: 'ruthless' })).json();
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'resume', text: resume })).statusCode).toBe(201);
  expect((await c.post(`/api/sessions/${s.id}/documents`, { kind: 'job_description', text: jd })).statusCode).toBe(201);
  const questions: Question[] = [];
  for (let i = 0; i < QUESTIONS / BATCH; i++) {
    const res = await c.post(`/api/sessions/${s.id}/questions/generate`, { count: BATCH });
    expect(res.statusCode).toBe(201);
    questions.push(...(res.json() as { questions: Question[] }).questions);
  }
  expect(questions).toHaveLength(QUESTIONS);
  for (const [i, q] of questions.entries()) {
    expect((await c.post(`/api/sessions/${s.id}/answers`, { questionId: q.id, text: ANSWERS[i % ANSWERS.length] })).statusCode).toBe(201);
  }
  return s.id;
}

/** A line that introduces what follows: a question or attempt heading, a table header, a bold label. */
const LEAD_IN = /^(?:Q\d+\. |Attempt \d+ of \d+ · |Dimension Score Why$|Strengths$|To improve$|What holds up best|Questions and answers$|Next steps$|Documents$)/;

/** "page 21 ends on 'Dimension Score Why'" for every page whose last line introduces something on the next page. */
function orphans(pages: LaidOutPage[]): string[] {
  return pages.flatMap((p, i) => {
    const last = p.lines.at(-1)?.text ?? '';
    return i < pages.length - 1 && LEAD_IN.test(last) ? [`page ${i + 1} ends on '${last}'`] : [];
  });
}

/** Every "(n/5)" score quoted in the list items under `label` in the Markdown guide. */
function scoresListedUnder(md: string, label: string): number[] {
  const lists = [...md.matchAll(new RegExp(`\\*\\*${label.replace(/[()]/g, '\\$&')}\\*\\*\\n\\n((?:- .*\\n)+)`, 'g'))].map((m) => m[1]!);
  return lists.flatMap((list) => list.split('\n').filter(Boolean).map((item) => Number(/\((\d)\/5\)/.exec(item)?.[1])));
}

describe('the study guide of a long session', () => {
  it('keeps headings and table headers with what follows, keeps rules off the text, and lists only real strengths', { timeout: 180_000 }, async () => {
    const c = t.client();
    const id = await longSession(c);
    const res = await c.get(`/api/sessions/${id}/export?format=pdf`);
    expect(res.statusCode).toBe(200);
    const pages = await layoutOf(new Uint8Array(res.rawPayload));
    expect(pages.length).toBeGreaterThan(30);
    expect(orphans(pages)).toEqual([]);
    // Table rows: no text line's glyphs (baseline − 0.24 em to baseline + 0.93 em) are crossed by a rule.
    const cut = pages.flatMap((p, i) =>
      p.rules.flatMap((r) => p.lines.filter((l) => r.y > l.y - 0.24 * l.size - 1 && r.y < l.y + 0.93 * l.size + 1).map((l) => `page ${i + 1}: '${l.text.slice(0, 40)}'`)),
    );
    expect(cut).toEqual([]);

    // The ruthless coach quotes the score in each strength: "Specificity (5/5): …".
    const md = String((await c.get(`/api/sessions/${id}/export?format=md`)).body);
    const strengths = scoresListedUnder(md, 'Strengths');
    expect(strengths.length).toBeGreaterThan(5);
    expect(strengths.filter((s) => !(s >= 4))).toEqual([]);
    // An answer whose best part is a 3 keeps the coach's line, under a label that does not call it a strength.
    const best = scoresListedUnder(md, 'What holds up best (no part scored 4/5 or more)');
    expect(best.length).toBeGreaterThan(0);
    expect(best.every((s) => s <= 3)).toBe(true);
    expect(pages.some((p) => p.lines.some((l) => l.text === 'What holds up best (no part scored 4/5 or more)'))).toBe(true);
  });
});
