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

import { SPLITS } from '../test/fixtures/work-history/index.js';

const f = (x: number): string => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const results = await runRetrievalEval();
console.log('method'.padEnd(62), 'r@5   MRR  | direct para  |', SPLITS.map((s) => `${s} r@5 MRR`).join(' | '), '| in pool: all', SPLITS.join(' '));
for (const r of results) {
  const splits = SPLITS.map((s) => `${f(r.split[s].recall5)} ${f(r.split[s].mrr)}`).join(' | ');
  const pool = (['all', ...SPLITS] as const).map((s) => f(r.pool[s])).join(' ');
  console.log(r.method.padEnd(62), f(r.all.recall5), f(r.all.mrr), '|', f(r.direct.recall5), f(r.paraphrase.recall5), '|', splits, '|', pool);
}
const first = results[0];
if (first) {
  const counts = SPLITS.map((s) => `${first.split[s].n} ${s}`).join(', ');
  console.log(`\n${first.all.n} queries (${first.direct.n} direct, ${first.paraphrase.n} paraphrased; ${counts})`);
}
const showHeldOut = process.argv.includes('--held-out-misses');
if (process.argv.includes('--misses') || showHeldOut) {
  for (const r of results) {
    console.log(`\n## ${r.method}`);
    for (const m of r.misses) if (showHeldOut || m.split === 'tune') console.log(`  [${m.split}] ${m.q}  → missing ${m.missing.join(', ')}${m.outOfPool.length ? ` (not in the candidate pool: ${m.outOfPool.join(', ')})` : ''}`);
  }
}
