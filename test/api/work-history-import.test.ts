/**
 * My stories imports through the real app (SQLite, and PostgreSQL in the
 * api-pg project, so migration 009 and the correction bookkeeping run on
 * both): a re-import keeps the user's corrections, and a session's resume
 * remembered as stories stores its roles, not its contact line, summary or
 * skills.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, startTestApp, type TestApp, type TestClient } from './helper.js';

const NOTES = `# Notes from the bakery

## Saving the wedding order
The oven failed the night before a 300-guest wedding. I moved the bake to a friend's bakery across town and delivered on time.

## The sourdough starter log
I started a shared log of feeding times, and the weekend loaves stopped coming out flat.

## Training the Saturday team
I wrote a one-page shaping guide and trained four weekend bakers in a month.
`;

const RESUME = `# Ines Carvalho
ines.carvalho@example.com · +351 912 345 678 · Porto

## Summary
Head baker who loves early starts and tidy stock rooms.

## Experience

### Head Baker — Padaria Rio (2019–2024)
- Cut flour waste by 18% by weighing dough to the gram
- Opened a second shop and trained its six bakers

## Skills
Sourdough, viennoiserie, HACCP, stock control, Excel
`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.destroy();
});

function importFile(c: TestClient, text: string) {
  const form = multipart({}, { name: 'file', filename: 'bakery.md', type: 'text/markdown', bytes: Buffer.from(text, 'utf8') });
  return c.request({ method: 'POST', url: '/api/work-history/import', ...form });
}

async function allTexts(c: TestClient): Promise<string[]> {
  const page = (await c.get('/api/work-history?limit=100')).json() as { items: Array<{ text: string }> };
  return page.items.map((s) => s.text).sort();
}

describe('re-importing a file on My stories', () => {
  it('never brings back a story the user has corrected since', async () => {
    const c = app.client();
    const first = await importFile(c, NOTES);
    expect(first.statusCode).toBe(201);
    const [wedding, starter, training] = first.json().created as Array<{ id: string; text: string }>;
    const fixedWedding = 'Saving the wedding order:\nThe oven failed the night before a 300-guest wedding; I baked at a friend’s shop and delivered by 9 a.m.';
    const fixedStarter = 'The sourdough starter log:\nA shared feeding log ended the flat weekend loaves.';
    expect((await c.patch(`/api/work-history/${wedding!.id}`, { text: fixedWedding })).statusCode).toBe(200);
    expect((await c.patch(`/api/work-history/${starter!.id}`, { text: fixedStarter })).statusCode).toBe(200);

    const again = await importFile(c, NOTES);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ created: [], skippedDuplicates: 3 });
    expect(await allTexts(c)).toEqual([fixedWedding, fixedStarter, training!.text].sort());
  });
});

describe("remembering a session's resume as stories", () => {
  it('stores each role with its achievements and no contact line, summary or skills list', async () => {
    const c = app.client();
    const session = (await c.post('/api/sessions', { name: 'Bakery interview' })).json() as { id: string };
    expect((await c.post(`/api/sessions/${session.id}/documents`, { kind: 'resume', text: RESUME })).statusCode).toBe(201);
    const res = await c.post(`/api/sessions/${session.id}/documents/resume/memorize`);
    expect(res.statusCode).toBe(201);
    // One story per role bullet, each with its role (session 8: a resume used to become one story).
    expect(res.json()).toMatchObject({ created: 2, skippedDuplicates: 0 });
    expect(await allTexts(c)).toEqual([
      'Cut flour waste by 18% by weighing dough to the gram (as Head Baker at Padaria Rio, 2019–2024).',
      'Opened a second shop and trained its six bakers (as Head Baker at Padaria Rio, 2019–2024).',
    ]);
    const again = await c.post(`/api/sessions/${session.id}/documents/resume/memorize`);
    expect(again.json()).toMatchObject({ created: 0, skippedDuplicates: 2 });
  });
});
