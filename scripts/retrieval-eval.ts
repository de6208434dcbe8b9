/**
 * Retrieval quality on the work-history fixture (≥ 200 snippets, ≥ 40 queries):
 * recall@5 and MRR@10 for plain BM25, BM25 with stemming and the thesaurus,
 * and hybrid search against a local fake embedding server — overall, by query
 * kind, and on the tuning vs held-out split.
 * The last columns give the share of relevant snippets that reached the
 * candidate pool at all (re-ranking cannot find the others).
 * Run: npx tsx scripts/retrieval-eval.ts [--misses] (misses are listed for the
 * tuning split only, so the held-out and fresh splits stay unseen while
 * tuning; add --held-out-misses to list those too).
 */
import { runRetrievalEval } from '../test/fixtures/work-history/eval.js';

const f = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const results = await runRetrievalEval();
console.log('method'.padEnd(62), 'r@5   MRR  | direct para  | tune r@5 MRR | held-out r@5 MRR | fresh r@5 MRR | fresh2 r@5 MRR | fresh3 r@5 MRR | in pool: all tune held fresh fresh2 fresh3');
for (const r of results) {
  console.log(
    r.method.padEnd(62),
    f(r.all.recall5), f(r.all.mrr), '|', f(r.direct.recall5), f(r.paraphrase.recall5),
    '|', f(r.tune.recall5), f(r.tune.mrr), '|', f(r.heldOut.recall5), f(r.heldOut.mrr), '|', f(r.fresh.recall5), f(r.fresh.mrr), '|', f(r.fresh2.recall5), f(r.fresh2.mrr), '|', f(r.fresh3.recall5), f(r.fresh3.mrr),
    '|', f(r.pool.all), f(r.pool.tune), f(r.pool.heldOut), f(r.pool.fresh), f(r.pool.fresh2), f(r.pool.fresh3),
  );
}
const first = results[0];
if (first) {
  console.log(`\n${first.all.n} queries (${first.direct.n} direct, ${first.paraphrase.n} paraphrased; ${first.tune.n} tuning, ${first.heldOut.n} held out, ${first.fresh.n} fresh, ${first.fresh2.n} fresh2, ${first.fresh3.n} fresh3)`);
}
const showHeldOut = process.argv.includes('--held-out-misses');
if (process.argv.includes('--misses') || showHeldOut) {
  for (const r of results) {
    console.log(`\n## ${r.method}`);
    for (const m of r.misses) if (showHeldOut || m.split === 'tune') console.log(`  [${m.split}] ${m.q}  → missing ${m.missing.join(', ')}${m.outOfPool.length ? ` (not in the candidate pool: ${m.outOfPool.join(', ')})` : ''}`);
  }
}
