/**
 * Retrieval-quality regression guard over the fixture (230 snippets, 48
 * queries). Thresholds sit just under the measured numbers (see
 * scripts/retrieval-eval.ts), so a change that makes search worse fails here.
 */
import { describe, expect, it } from 'vitest';
import { METHODS, runRetrievalEval, type MethodResult } from '../../fixtures/work-history/eval.js';
import { QUERIES, SNIPPETS } from '../../fixtures/work-history/index.js';

describe('retrieval quality', () => {
  it('fixture has ≥ 200 snippets and ≥ 40 queries with known relevant ids', () => {
    expect(SNIPPETS.length).toBeGreaterThanOrEqual(200);
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(SNIPPETS.map((s) => s.id));
    for (const q of QUERIES) for (const id of q.relevant) expect(ids.has(id)).toBe(true);
  });

  it('stemming + thesaurus + coverage beats plain BM25 and stays above its floor', { timeout: 60_000 }, async () => {
    const pick = METHODS.filter((m) => m.name.startsWith('bm25 plain') || m.name.includes('(default)'));
    const [plain, best] = (await runRetrievalEval(pick)) as [MethodResult, MethodResult];
    expect(best.all.recall5).toBeGreaterThanOrEqual(0.66);
    expect(best.all.mrr).toBeGreaterThanOrEqual(0.55);
    expect(best.paraphrase.recall5 - plain.paraphrase.recall5).toBeGreaterThanOrEqual(0.3);
    expect(best.direct.recall5).toBeGreaterThanOrEqual(plain.direct.recall5);
  });
});
