/**
 * How much history the study guide prints, through the real app: by default
 * each question's latest attempt in full and the earlier ones as one line of
 * scores; `attempts=all` prints every attempt in full; any other value is a
 * 400 naming the allowed ones; the JSON export stays complete either way.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../src/shared/api.js';
import type { SessionExport, SessionReview } from '../../src/shared/review.js';
import { startTestApp, type TestApp, type TestClient } from './helper.js';

/** Earlier attempts, each with a word no later attempt (or its feedback) uses. */
const FIRST = 'Honestly the Bluebird report was slow and somebody fixed it in the end.';
const SECOND = 'The Kingfisher dashboard was slow, so I added an index and it got faster, and people were happier.';
const LATEST =
  'At Ledgerly our invoice disputes were climbing, and I was asked to fix billing. I proposed moving the billing service to event sourcing, ' +
  'wrote the design, and I migrated the three highest-volume flows myself over six weeks. Disputes fell by 38% in the next quarter, ' +
  'and I learned to ship the migration behind a flag so we could roll back safely.';
const OTHER = 'We had an outage once and the team fixed it. We wrote a postmortem and things got better after that.';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.destroy();
});

/** A session whose first question was answered three times and second once; returns its id and the first question's three overall scores. */
async function seed(c: TestClient): Promise<{ id: string; scores: number[] }> {
  const s = (await c.post('/api/sessions', { name: 'Retries' })).json();
  const retried = (await c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about a slow system you made fast.' })).json();
  const once = (await c.post(`/api/sessions/${s.id}/questions`, { text: 'Tell me about an incident you led.' })).json();
  for (const text of [FIRST, SECOND, LATEST]) expect((await c.post(`/api/sessions/${s.id}/answers`, { questionId: retried.id, text })).statusCode).toBe(201);
  expect((await c.post(`/api/sessions/${s.id}/answers`, { questionId: once.id, text: OTHER })).statusCode).toBe(201);
  const detail: SessionDetail = (await c.get(`/api/sessions/${s.id}`)).json();
  const scores = detail.answers.filter((a) => a.questionId === retried.id).map((a) => a.feedback!.overall);
  return { id: s.id, scores };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

const today = (): string => new Date().toISOString().slice(0, 10);

describe('study guide attempts', () => {
  it('prints the latest attempt in full and the earlier ones as one line of scores by default', async () => {
    const c = t.client();
    const { id, scores } = await seed(c);
    const [s1, s2, s3] = scores;
    const line = `Earlier attempts: ${s1}/5 (${today()}) → ${s2}/5 → now ${s3}/5`;
    const md = (await c.get(`/api/sessions/${id}/export?format=md`)).body;
    expect(md).toContain(`> ${LATEST}`);
    expect(md).toContain(`_${line}_`);
    expect(md).toContain(`#### Attempt 3 of 3 · ${today()} · ${s3}/5`);
    expect(md).not.toContain('Attempt 1 of 3');
    expect(md).not.toContain('Bluebird');
    expect(md).not.toContain('Kingfisher');
    // A question answered once has no history line; the note says how to get every attempt.
    expect(md.match(/Earlier attempts:/g)).toHaveLength(1);
    expect(md).toContain('#### Attempt 1 of 1');
    expect(md).toContain('tick "Include every attempt in full"');

    const pdf = await pdfText((await c.get(`/api/sessions/${id}/export?format=pdf`)).rawPayload);
    expect(pdf).toContain(line);
    expect(pdf).toContain('Disputes fell by 38% in the next quarter, and I learned to ship the migration behind a flag');
    expect(pdf).not.toContain('Bluebird');
    expect(pdf).not.toContain('Kingfisher');
    const summary: SessionReview = (await c.get(`/api/sessions/${id}/summary`)).json();
    expect(pdf).toContain(`Average score (latest attempt of each question): ${summary.average}/5`);
  });

  it('prints every attempt in full with attempts=all, in Markdown and PDF', async () => {
    const c = t.client();
    const { id, scores } = await seed(c);
    const md = (await c.get(`/api/sessions/${id}/export?format=md&attempts=all`)).body;
    for (const text of [FIRST, SECOND, LATEST]) expect(md).toContain(`> ${text}`);
    for (const [n, s] of scores.entries()) expect(md).toContain(`#### Attempt ${n + 1} of 3 · ${today()} · ${s}/5`);
    expect(md).not.toContain('Earlier attempts:');
    expect(md).not.toContain('Include every attempt in full');

    const res = await c.get(`/api/sessions/${id}/export?format=pdf&attempts=all`);
    expect(res.statusCode).toBe(200);
    const pdf = await pdfText(res.rawPayload);
    for (const text of [FIRST, SECOND, 'Disputes fell by 38% in the next quarter']) expect(pdf).toContain(text);
    const latestOnly = (await c.get(`/api/sessions/${id}/export?format=pdf&attempts=latest`)).rawPayload;
    expect(res.rawPayload.length).toBeGreaterThan(latestOnly.length);
  });

  it('refuses any other attempts value with 400 naming the allowed ones', async () => {
    const c = t.client();
    const { id } = await seed(c);
    for (const bad of ['every', 'ALL', '', '2']) {
      for (const format of ['pdf', 'md']) {
        const res = await c.get(`/api/sessions/${id}/export?format=${format}&attempts=${bad}`);
        expect(res.statusCode).toBe(400);
        expect(res.json().error.message).toBe(
          'The "attempts" option must be "latest" (the default: each question\'s latest attempt in full, earlier ones as a line of scores) or "all" (every attempt in full).',
        );
      }
    }
  });

  it('leaves the JSON export complete whatever attempts says', async () => {
    const c = t.client();
    const { id } = await seed(c);
    const plain: SessionExport = (await c.get(`/api/sessions/${id}/export?format=json`)).json();
    const latest: SessionExport = (await c.get(`/api/sessions/${id}/export?format=json&attempts=latest`)).json();
    const all: SessionExport = (await c.get(`/api/sessions/${id}/export?format=json&attempts=all`)).json();
    expect(plain.answers.map((a) => a.text)).toEqual([FIRST, SECOND, LATEST, OTHER]);
    expect(plain.answers.every((a) => a.feedback !== null)).toBe(true);
    const timeless = (f: SessionExport) => ({ ...f, exportedAt: '' });
    expect(timeless(latest)).toEqual(timeless(plain));
    expect(timeless(all)).toEqual(timeless(plain));
  });

  it('prints in full the attempt the scores count when a later attempt has no feedback', async () => {
    const c = t.client();
    const { id, scores } = await seed(c);
    const detail: SessionDetail = (await c.get(`/api/sessions/${id}`)).json();
    // The coach failed on a fourth attempt: the answer is stored, its feedback is not.
    const fourth = 'A fourth try about the Osprey cache that never got feedback.';
    expect((await c.post(`/api/sessions/${id}/answers`, { questionId: detail.questions[0]!.id, text: fourth })).statusCode).toBe(201);
    const last = ((await c.get(`/api/sessions/${id}`)).json() as SessionDetail).answers.at(-1)!;
    expect(last.text).toBe(fourth);
    await t.app.storage.db.deleteFrom('feedback').where('answer_id', '=', last.id).execute();

    const md = (await c.get(`/api/sessions/${id}/export?format=md`)).body;
    expect(md).toContain(`_Earlier attempts: ${scores[0]}/5 (${today()}) → ${scores[1]}/5 → now ${scores[2]}/5_`);
    expect(md).toContain(`#### Attempt 3 of 4 · ${today()} · ${scores[2]}/5\n\n> ${LATEST}`);
    expect(md).toContain(`#### Attempt 4 of 4 · ${today()}\n\n> ${fourth}\n\n_No feedback was stored for this attempt._`);
    expect(md).not.toContain('Bluebird');
    const summary: SessionReview = (await c.get(`/api/sessions/${id}/summary`)).json();
    expect(md).toContain(`Average score (latest attempt of each question): ${summary.average}/5`);
  });
});
