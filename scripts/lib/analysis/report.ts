/** The human-readable analyzer report. */
import type { Comparison } from './baseline.js';
import { SMELLS, type Finding } from './types.js';

export function formatFinding(f: Finding): string {
  const metric = f.metric ? ` ${f.metric}` : '';
  return `  ${f.file}:${f.line}  ${f.smell}${metric}  in ${f.fn}  [${f.rule}]`;
}

function summaryTable(findings: readonly Finding[], fresh: readonly Finding[]): string[] {
  const rows = SMELLS.map((smell) => {
    const total = findings.filter((f) => f.smell === smell).length;
    const added = fresh.filter((f) => f.smell === smell).length;
    return `  ${smell.padEnd(18)} ${String(total).padStart(5)} ${String(total - added).padStart(10)} ${String(added).padStart(5)}`;
  });
  return [`  ${'smell'.padEnd(18)} ${'total'.padStart(5)} ${'baselined'.padStart(10)} ${'new'.padStart(5)}`, ...rows];
}

/** Summary, then the new findings (always), every finding (with `all`), and baseline entries gone. */
export function formatReport(findings: readonly Finding[], cmp: Comparison, opts: { all: boolean }): string {
  const lines = ['Code health (npm run analyze)', ...summaryTable(findings, cmp.fresh), ''];
  if (opts.all) {
    lines.push(`All findings (${findings.length}):`, ...findings.map(formatFinding), '');
  }
  if (cmp.fresh.length > 0) {
    lines.push(`NEW findings not in analysis/baseline.json (${cmp.fresh.length}):`, ...cmp.fresh.map(formatFinding), '');
    lines.push('Fix them (split the function, narrow the catch, extract the shared block), or, if accepted');
    lines.push('on review, record them with `npm run analyze -- --update-baseline`.');
  } else {
    lines.push('No new findings.');
  }
  if (cmp.gone.length > 0) {
    lines.push('', `Baseline entries no longer found (${cmp.gone.length}) — run --update-baseline to shrink the baseline:`);
    lines.push(...cmp.gone.map((g) => `  ${g.file}  ${g.smell}  in ${g.fn}  (×${g.count})`));
  }
  return lines.join('\n');
}
