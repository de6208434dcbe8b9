/**
 * The committed baseline: known findings counted per file → smell → function.
 * Line numbers are left out so edits elsewhere in a file do not create "new"
 * findings; counts allow several anonymous callbacks with the same label.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from './types.js';

export type BaselineCounts = Record<string, Record<string, Record<string, number>>>;

export interface BaselineFile {
  $comment: string;
  findings: BaselineCounts;
}

const COMMENT =
  'Known code-health findings (npm run analyze). Keyed by file, smell and enclosing function; values are counts. ' +
  'Shrink it when you fix one; regenerate with `npm run analyze -- --update-baseline` only for findings you accept.';

export function countFindings(findings: readonly Finding[]): BaselineCounts {
  const out: BaselineCounts = {};
  for (const f of findings) {
    const bySmell = (out[f.file] ??= {});
    const byFn = (bySmell[f.smell] ??= {});
    byFn[f.fn] = (byFn[f.fn] ?? 0) + 1;
  }
  return out;
}

/** Keys sorted at every level, so the committed file diffs cleanly. */
function sorted<T>(record: Record<string, T>, inner: (value: T) => T): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, inner(record[key] as T)]),
  );
}

export function serializeBaseline(counts: BaselineCounts): string {
  const findings = sorted(counts, (bySmell) => sorted(bySmell, (byFn) => sorted(byFn, (n) => n)));
  const file: BaselineFile = { $comment: COMMENT, findings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function loadBaseline(file: string): BaselineCounts {
  if (!existsSync(file)) return {};
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<BaselineFile>;
  return parsed.findings ?? {};
}

export function saveBaseline(file: string, findings: readonly Finding[]): void {
  writeFileSync(file, serializeBaseline(countFindings(findings)));
}

export interface Comparison {
  /** Findings beyond what the baseline allows for their key. */
  fresh: Finding[];
  /** Baseline entries (file › smell › fn) that no longer occur as often: fixed, or the function was renamed. */
  gone: { file: string; smell: string; fn: string; count: number }[];
}

/** Split current findings into baselined and new, and list baseline entries that went away. */
export function compare(findings: readonly Finding[], baseline: BaselineCounts): Comparison {
  const budget = structuredClone(baseline);
  const fresh: Finding[] = [];
  for (const f of findings) {
    const left = budget[f.file]?.[f.smell]?.[f.fn] ?? 0;
    if (left > 0) budget[f.file]![f.smell]![f.fn] = left - 1;
    else fresh.push(f);
  }
  const gone: Comparison['gone'] = [];
  for (const [file, bySmell] of Object.entries(budget)) {
    for (const [smell, byFn] of Object.entries(bySmell)) {
      for (const [fn, count] of Object.entries(byFn)) if (count > 0) gone.push({ file, smell, fn, count });
    }
  }
  return { fresh, gone };
}
