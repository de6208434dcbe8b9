/**
 * Retrieval quality on the work-history fixture (≥ 200 snippets, ≥ 40 queries):
 * recall@5 and MRR@10 for plain BM25, BM25 with stemming and the thesaurus,
 * and hybrid search against a local fake embedding server.
 * Run: npx tsx scripts/retrieval-eval.ts [--misses]
 */
import { runRetrievalEval } from '../test/fixtures/work-history/eval.js';

const f = (x: number): string => x.toFixed(3);
const results = await runRetrievalEval();
console.log('method'.padEnd(56), 'recall@5  MRR@10 | direct r@5  paraphrase r@5');
for (const r of results) {
  console.log(r.method.padEnd(56), f(r.all.recall5).padStart(8), f(r.all.mrr).padStart(7), '|', f(r.direct.recall5).padStart(10), f(r.paraphrase.recall5).padStart(14));
}
const n = results[0]?.all.n ?? 0;
console.log(`\n${n} queries (${results[0]?.direct.n} direct, ${results[0]?.paraphrase.n} paraphrased)`);
if (process.argv.includes('--misses')) {
  for (const r of results) {
    console.log(`\n## ${r.method}`);
    for (const m of r.misses) console.log(`  ${m.q}  → missing ${m.missing.join(', ')}`);
  }
}
