import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeExtractionPool } from '../../../src/server/documents/extract.js';
import { AppError } from '../../../src/server/errors.js';
import { createFts5Index } from '../../../src/server/services/work-history/fts5-index.js';
import type { SearchIndex } from '../../../src/server/services/work-history/search-index.js';
import { createWorkHistoryService } from '../../../src/server/services/work-history/service.js';
import type { WorkHistoryService } from '../../../src/server/services/work-history/types.js';
import { openTempStorage, type TempStorage } from '../../fixtures/work-history/storage.js';

const AWS = 'Our AWS bill had grown to $180k a month. I found idle replicas and reduced the bill by 38% in one quarter.';
const SSO = 'I rolled out single sign-on with Okta for internal tools, replacing eleven passwords.';
const ALICE = 'owner-alice';
const BOB = 'owner-bob';

let tmp: TempStorage;
let svc: WorkHistoryService;

async function counts(): Promise<{ rows: number; fts: number }> {
  const db = tmp.storage.db;
  const r = await sql<{ n: number }>`select count(*) as n from work_history_snippets`.execute(db);
  const f = await sql<{ n: number }>`select count(*) as n from work_history_fts`.execute(db);
  return { rows: r.rows[0]!.n, fts: f.rows[0]!.n };
}

beforeEach(async () => {
  tmp = await openTempStorage();
  svc = createWorkHistoryService({ storage: tmp.storage });
});
afterEach(async () => {
  await svc.close();
  await tmp.cleanup();
});
afterAll(() => closeExtractionPool());

describe('work-history service', () => {
  it('adds, lists, gets, retags and removes a snippet', async () => {
    const { created, skippedDuplicates } = await svc.add(ALICE, { text: AWS, source: 'note', tags: [' Cost ', 'cost', 'AWS'] });
    expect(skippedDuplicates).toBe(0);
    expect(created).toHaveLength(1);
    const s = created[0]!;
    expect(s).toMatchObject({ text: AWS, source: 'note', tags: ['cost', 'aws'], sessionId: null, ownerId: ALICE });
    expect(await svc.get(ALICE, s.id)).toEqual(s);
    expect(await svc.list(ALICE, { limit: 10, offset: 0 })).toEqual({ items: [s], total: 1 });
    const retagged = await svc.update(ALICE, s.id, { tags: ['finops'] });
    expect(retagged.tags).toEqual(['finops']);
    expect((await svc.search(ALICE, 'finops'))[0]?.snippet.id).toBe(s.id);
    await svc.remove(ALICE, s.id);
    await expect(svc.get(ALICE, s.id)).rejects.toMatchObject({ code: 'snippet_not_found', status: 404 });
    expect(await counts()).toEqual({ rows: 0, fts: 0 });
  });

  it('corrects a story: the new words are found, the old ones are not, id, source and tags stay', async () => {
    const [story] = (await svc.add(ALICE, { text: AWS, source: 'resume', tags: ['cost'] })).created;
    const fixed = AWS.replace('38%', '41%').replace('idle replicas', 'orphaned snapshots');
    const saved = await svc.update(ALICE, story!.id, { text: `  ${fixed}\n` });
    expect(saved).toMatchObject({ id: story!.id, text: fixed, source: 'resume', tags: ['cost'] });
    expect(await svc.get(ALICE, story!.id)).toEqual(saved);
    expect((await svc.search(ALICE, 'orphaned snapshots'))[0]?.snippet.id).toBe(story!.id);
    expect(await svc.search(ALICE, 'replicas')).toEqual([]);
    expect(await counts()).toEqual({ rows: 1, fts: 1 });
    // Both at once, and the old text can be added again as a story of its own.
    expect(await svc.update(ALICE, story!.id, { text: SSO, tags: ['security'] })).toMatchObject({ text: SSO, tags: ['security'] });
    expect((await svc.add(ALICE, { text: AWS })).created).toHaveLength(1);
  });

  it('refuses a correction that empties a story or repeats another one, changing nothing', async () => {
    const [aws] = (await svc.add(ALICE, { text: AWS })).created;
    await svc.add(ALICE, { text: SSO });
    await expect(svc.update(ALICE, aws!.id, { text: '  ' })).rejects.toMatchObject({ code: 'bad_request', status: 400 });
    await expect(svc.update(ALICE, aws!.id, { text: SSO.toUpperCase(), tags: ['x'] })).rejects.toMatchObject({ code: 'conflict', status: 409 });
    expect(await svc.get(ALICE, aws!.id)).toEqual(aws);
    expect((await svc.search(ALICE, 'replicas'))[0]?.snippet.id).toBe(aws!.id);
    // The same text in other spacing or case is the story itself, not a duplicate.
    expect((await svc.update(ALICE, aws!.id, { text: AWS.toUpperCase() })).text).toBe(AWS.toUpperCase());
  });

  it('refuses empty text', async () => {
    await expect(svc.add(ALICE, { text: '   ' })).rejects.toBeInstanceOf(AppError);
  });

  it('does not store the same text twice for one owner, but does for another', async () => {
    await svc.add(ALICE, { text: AWS });
    const again = await svc.add(ALICE, { text: `  ${AWS.toUpperCase()}  ` });
    expect(again).toEqual({ created: [], skippedDuplicates: 1, skippedCorrected: 0 });
    const bob = await svc.add(BOB, { text: AWS });
    expect(bob.created).toHaveLength(1);
    expect(await counts()).toEqual({ rows: 2, fts: 2 });
  });

  it('chunks long text and re-importing it creates nothing new', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `In quarter ${i} I led a migration for team ${i} and cut latency by ${i} percent for our customers.`).join(' ');
    const first = await svc.add(ALICE, { text: long, source: 'resume' });
    expect(first.created.length).toBeGreaterThan(2);
    const second = await svc.add(ALICE, { text: long, source: 'resume' });
    expect(second).toEqual({ created: [], skippedDuplicates: first.created.length, skippedCorrected: 0 });
    expect((await svc.list(ALICE, { limit: 100, offset: 0 })).total).toBe(first.created.length);
  });

  it('finds a paraphrased story and highlights the matched words', async () => {
    await svc.add(ALICE, { text: SSO });
    await svc.add(ALICE, { text: AWS });
    const hits = await svc.search(ALICE, 'Tell me about a time you cut cloud costs', 5);
    expect(hits[0]?.snippet.text).toBe(AWS);
    const marked = hits[0]!.highlight.filter((h) => h.match).map((h) => h.text.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['aws bill', 'reduced']));
    expect(hits[0]!.highlight.map((h) => h.text).join('')).toBe(AWS);
    const sso = await svc.search(ALICE, 'SSO', 5);
    expect(sso.map((h) => h.snippet.text)).toEqual([SSO]);
  });

  it('filters the list by words and pages it', async () => {
    for (let i = 0; i < 5; i++) await svc.add(ALICE, { text: `Kubernetes story number ${i} about deploys.` });
    await svc.add(ALICE, { text: SSO });
    const page = await svc.list(ALICE, { limit: 2, offset: 2, q: 'kubernetes deploys' });
    expect(page.total).toBe(5);
    expect(page.items).toHaveLength(2);
    expect(page.items.every((s) => s.text.startsWith('Kubernetes'))).toBe(true);
    expect((await svc.list(ALICE, { limit: 10, offset: 0 })).total).toBe(6);
  });

  it('gives grounding snippets as {id, text}', async () => {
    const { created } = await svc.add(ALICE, { text: AWS });
    expect(await svc.topForGrounding(ALICE, 'How did you lower infrastructure spend?', 3)).toEqual([{ id: created[0]!.id, text: AWS }]);
    expect(await svc.topForGrounding(ALICE, 'Tell me about a time you met a deadline', 3)).toEqual([]);
  });

  it('clears only the owner’s snippets', async () => {
    await svc.add(ALICE, { text: AWS });
    await svc.add(ALICE, { text: SSO });
    await svc.add(BOB, { text: SSO });
    expect((await svc.clear(ALICE)).deleted).toBe(2);
    expect((await svc.list(ALICE, { limit: 10, offset: 0 })).total).toBe(0);
    expect((await svc.list(BOB, { limit: 10, offset: 0 })).total).toBe(1);
    expect(await counts()).toEqual({ rows: 1, fts: 1 });
  });

  it('remembers a story as a labelled STAR+I outline of the user’s words', async () => {
    const text = 'Our checkout kept failing at peak. I had to fix it before Black Friday. I added a queue and load-tested it. Errors fell by 90% and sales held.';
    const { created } = await svc.rememberStory(ALICE, text, { source: 'answer', sessionId: null });
    const body = created[0]!.text;
    expect(body).toMatch(/^Situation: /);
    for (const label of ['Task:', 'Action:', 'Result:']) expect(body).toContain(label);
    expect(body).not.toMatch(/Impact:|not stated/);
    expect(body).toContain('I added a queue and load-tested it.');
    expect(created[0]!.tags).toEqual(['story']);
    await expect(svc.rememberStory(ALICE, ' ')).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('imports a text file through document extraction', async () => {
    const bytes = Buffer.from(`# Notes\n\n${SSO}\n\n${AWS}\n`, 'utf8');
    const res = await svc.importFile(ALICE, { bytes, filename: 'notes.md' });
    expect(res.created).toHaveLength(1);
    expect(res.created[0]).toMatchObject({ source: 'file' });
    expect(res.created[0]!.text).toContain('single sign-on');
    const again = await svc.importFile(ALICE, { bytes, filename: 'notes.md' });
    expect(again.skippedDuplicates).toBe(1);
  });
});

describe('isolation between owners', () => {
  it('another owner never sees, finds, retags or deletes a snippet', async () => {
    const { created } = await svc.add(ALICE, { text: AWS });
    const id = created[0]!.id;
    expect(await svc.list(BOB, { limit: 10, offset: 0 })).toEqual({ items: [], total: 0 });
    expect(await svc.list(BOB, { limit: 10, offset: 0, q: 'AWS' })).toEqual({ items: [], total: 0 });
    expect(await svc.search(BOB, 'AWS bill', 5)).toEqual([]);
    expect(await svc.topForGrounding(BOB, 'AWS bill', 5)).toEqual([]);
    for (const attempt of [svc.get(BOB, id), svc.update(BOB, id, { tags: ['x'] }), svc.update(BOB, id, { text: SSO }), svc.remove(BOB, id)]) {
      await expect(attempt).rejects.toMatchObject({ code: 'snippet_not_found' });
    }
    expect((await svc.clear(BOB)).deleted).toBe(0);
    expect(await svc.get(ALICE, id)).toMatchObject({ text: AWS, tags: [] });
  });
});

describe('transactions', () => {
  it('a failing index write leaves no snippet row behind', async () => {
    const real = createFts5Index();
    let calls = 0;
    const flaky: SearchIndex = {
      ...real,
      async index(db, doc) {
        calls++;
        await real.index(db, doc);
        if (calls === 2) throw new Error('disk full');
      },
    };
    const broken = createWorkHistoryService({ storage: tmp.storage, index: flaky });
    const long = Array.from({ length: 30 }, (_, i) => `Sentence ${i} of a long imported note about migrations.`).join(' ');
    await expect(broken.add(ALICE, { text: long })).rejects.toThrow('disk full');
    expect(await counts()).toEqual({ rows: 0, fts: 0 });
    await broken.close();
  });

  it('a failing index write during a correction keeps the old text, findable', async () => {
    const [story] = (await svc.add(ALICE, { text: AWS })).created;
    const real = createFts5Index();
    const failing: SearchIndex = {
      ...real,
      async index(db, doc) {
        await real.index(db, doc);
        throw new Error('disk full');
      },
    };
    const broken = createWorkHistoryService({ storage: tmp.storage, index: failing });
    await expect(broken.update(ALICE, story!.id, { text: SSO })).rejects.toThrow('disk full');
    await broken.close();
    expect(await svc.get(ALICE, story!.id)).toMatchObject({ text: AWS });
    expect((await svc.search(ALICE, 'replicas'))[0]?.snippet.id).toBe(story!.id);
    expect(await svc.search(ALICE, 'okta')).toEqual([]);
    expect(await counts()).toEqual({ rows: 1, fts: 1 });
  });
});
