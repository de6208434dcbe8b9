/**
 * npm run analyze [-- --all] [--json] [--update-baseline]
 *
 * Code-health report: long functions, cyclomatic complexity, deep nesting,
 * empty blocks, broad catches, lost error causes (ESLint rules, see
 * scripts/lib/analysis/config.ts) and duplicated blocks (jscpd). Findings are
 * compared with the committed analysis/baseline.json; the command exits 1
 * when there is a finding the baseline does not hold.
 *   --all              list every finding, not only new ones
 *   --json             print findings and the comparison as JSON instead
 *   --update-baseline  rewrite the baseline from the current findings (exit 0)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, loadBaseline, saveBaseline } from './lib/analysis/baseline.js';
import { duplicateFindings } from './lib/analysis/duplicates.js';
import { eslintFindings, SourceCache } from './lib/analysis/eslint-findings.js';
import { formatReport } from './lib/analysis/report.js';
import type { Finding } from './lib/analysis/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BASELINE = path.join(ROOT, 'analysis', 'baseline.json');

function byPlace(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.smell.localeCompare(b.smell);
}

/** Every finding in the tree, sorted by file and line. */
export async function analyze(root: string): Promise<Finding[]> {
  const sources = new SourceCache(root);
  const lint = await eslintFindings(root, sources);
  const dups = await duplicateFindings(root, sources);
  return [...lint, ...dups].sort(byPlace);
}

async function main(argv: readonly string[]): Promise<number> {
  const findings = await analyze(ROOT);
  if (argv.includes('--update-baseline')) {
    saveBaseline(BASELINE, findings);
    console.log(`analysis/baseline.json rewritten: ${findings.length} findings.`);
    return 0;
  }
  const cmp = compare(findings, loadBaseline(BASELINE));
  if (argv.includes('--json')) console.log(JSON.stringify({ findings, new: cmp.fresh, gone: cmp.gone }, null, 2));
  else console.log(formatReport(findings, cmp, { all: argv.includes('--all') }));
  return cmp.fresh.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
}
