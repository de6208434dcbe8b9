/**
 * Through the service, as the routes call it: a Markdown brag document
 * imports as one clean story per section (real document extraction), a
 * re-import adds nothing, and "remember as a story" stores the user's words
 * without placeholders or a Situation label on a plan.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeExtractionPool } from '../../../src/server/documents/extract.js';
import { createWorkHistoryService } from '../../../src/server/services/work-history/service.js';
import type { WorkHistoryService } from '../../../src/server/services/work-history/types.js';
import { openTempStorage, type TempStorage } from '../../fixtures/work-history/storage.js';

const OWNER = 'owner-import';
const BRAG = `# Wins, 2022

## H1
Replaced the hand-run release checklist with a **GitHub Actions** pipeline; releases went from 2 hours to 15 minutes.

## H2
* Negotiated the Datadog renewal down by 22%.
* Set up the first on-call rota for the mobile team.
`;

let tmp: TempStorage;
let svc: WorkHistoryService;
beforeEach(async () => {
  tmp = await openTempStorage();
  svc = createWorkHistoryService({ storage: tmp.storage });
});
afterEach(async () => {
  await svc.close();
  await tmp.cleanup();
});
afterAll(() => closeExtractionPool());

describe('importing a Markdown brag document', () => {
  it('stores one story per section, without Markdown, and re-importing adds nothing', async () => {
    const file = { bytes: Buffer.from(BRAG, 'utf8'), filename: 'wins.md' };
    const first = await svc.importFile(OWNER, file);
    expect(first.created.map((s) => s.text)).toEqual([
      'H1:\nReplaced the hand-run release checklist with a GitHub Actions pipeline; releases went from 2 hours to 15 minutes.',
      'H2:\nNegotiated the Datadog renewal down by 22%.\nSet up the first on-call rota for the mobile team.',
    ]);
    const again = await svc.importFile(OWNER, file);
    expect(again).toEqual({ created: [], skippedDuplicates: 2, skippedCorrected: 0 });
    const hits = await svc.search(OWNER, 'renewal negotiation', 1);
    expect(hits[0]!.snippet.text).toMatch(/^H2:\nNegotiated/);
  });
});

describe('remember as a story', () => {
  it('stores a labelled outline with no placeholder for parts not told', async () => {
    const answer = 'Our staging database was shared by six teams. I split it into one schema per team over a weekend. Broken test runs fell from daily to about once a month.';
    const { created } = await svc.rememberStory(OWNER, answer, { source: 'answer' });
    const text = created[0]!.text;
    expect(text).toMatch(/^Situation: Our staging database was shared by six teams\.$/m);
    expect(text).toMatch(/^Action: I split it into one schema per team over a weekend\.$/m);
    expect(text).not.toMatch(/not stated|\[|Task:|Impact:/);
  });

  it('stores a plan as the user’s words, unlabelled', async () => {
    const plan = 'I’d start by reading the last three incident reviews. Then I would pair with whoever knows the service best and write down what I learn.';
    const { created } = await svc.rememberStory(OWNER, plan, { source: 'answer' });
    expect(created[0]!.text).toBe(plan);
  });
});
