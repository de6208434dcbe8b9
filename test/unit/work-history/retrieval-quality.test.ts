/**
 * Retrieval-quality regression guard over the fixture (230 snippets, 65
 * queries: 32 for tuning, 33 held out). Thresholds sit just under the measured
 * numbers (see scripts/retrieval-eval.ts), so a change that makes search
 * worse fails here; the held-out floor guards against tuning to the tuning set.
 */
import { describe, expect, it } from 'vitest';
import { METHODS, runRetrievalEval, type MethodResult } from '../../fixtures/work-history/eval.js';
import { QUERIES, SNIPPETS } from '../../fixtures/work-history/index.js';

describe('retrieval quality', () => {
  it('fixture has ≥ 200 snippets and ≥ 40 queries with known relevant ids, a third or more held out', () => {
    expect(SNIPPETS.length).toBeGreaterThanOrEqual(200);
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    expect(QUERIES.filter((q) => q.split === 'held-out').length).toBeGreaterThanOrEqual(QUERIES.length / 3);
    const ids = new Set(SNIPPETS.map((s) => s.id));
    for (const q of QUERIES) for (const id of q.relevant) expect(ids.has(id)).toBe(true);
  });

  it('keyless search beats plain BM25 on both splits; hybrid is not worse than keyless', { timeout: 60_000 }, async () => {
    const pick = METHODS.filter((m) => m.name.startsWith('bm25 plain') || m.name.includes('(default)') || m.name.startsWith('hybrid'));
    const [plain, keyless, hybrid] = (await runRetrievalEval(pick)) as [MethodResult, MethodResult, MethodResult];
    // Measured: all 0.712 / MRR 0.686; tuning 0.815; held-out 0.611; paraphrased 0.672 vs plain 0.297.
    expect(keyless.all.recall5).toBeGreaterThanOrEqual(0.69);
    expect(keyless.all.mrr).toBeGreaterThanOrEqual(0.66);
    expect(keyless.tune.recall5).toBeGreaterThanOrEqual(0.79);
    expect(keyless.heldOut.recall5).toBeGreaterThanOrEqual(0.58);
    expect(keyless.heldOut.recall5 - plain.heldOut.recall5).toBeGreaterThanOrEqual(0.2);
    expect(keyless.paraphrase.recall5 - plain.paraphrase.recall5).toBeGreaterThanOrEqual(0.33);
    expect(keyless.direct.recall5).toBeGreaterThanOrEqual(plain.direct.recall5);
    // Measured: hybrid 0.704 vs keyless 0.712 with the fake embedder.
    expect(hybrid.all.recall5).toBeGreaterThanOrEqual(keyless.all.recall5 - 0.02);
  });
});
