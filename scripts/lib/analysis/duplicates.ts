/** Duplicated blocks, found by jscpd (token-based copy/paste detection). */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LIMITS, TARGETS } from './config.js';
import type { SourceCache } from './eslint-findings.js';
import { functionChainAt } from './names.js';
import type { Finding } from './types.js';

// jscpd's ESM build imports named exports from a CommonJS module and fails to
// load under Node's ESM loader; its CommonJS build works.
const { detectClones } = createRequire(import.meta.url)('jscpd') as typeof import('jscpd');

interface Side {
  sourceId: string;
  start: { line: number; column?: number };
  end: { line: number };
}

function rel(root: string, file: string): string {
  return path.relative(root, path.resolve(root, file)).split(path.sep).join('/');
}

function where(root: string, side: Side, sources: SourceCache): { file: string; fn: string } {
  const file = rel(root, side.sourceId);
  return { file, fn: functionChainAt(sources.get(file), side.start.line, (side.start.column ?? 0) + 1) };
}

/** One finding per clone pair, filed under the first copy and naming the second. */
export async function duplicateFindings(root: string, sources: SourceCache): Promise<Finding[]> {
  const clones = await detectClones({
    path: TARGETS.map((t) => path.join(root, t)).filter((dir) => existsSync(dir)),
    format: ['typescript', 'tsx'],
    minLines: LIMITS.duplicateLines,
    minTokens: LIMITS.duplicateTokens,
    ignore: ['**/node_modules/**', '**/dist/**'],
    reporters: [],
    silent: true,
    gitignore: false,
  });
  return clones.map((clone) => {
    const a = where(root, clone.duplicationA, sources);
    const b = where(root, clone.duplicationB, sources);
    const lines = clone.duplicationA.end.line - clone.duplicationA.start.line + 1;
    const other = `${b.file}:${clone.duplicationB.start.line}`;
    return {
      file: a.file,
      line: clone.duplicationA.start.line,
      smell: 'duplicate-block' as const,
      rule: 'jscpd',
      metric: `${lines} lines`,
      fn: `${a.fn} ≈ ${b.file}#${b.fn}`,
      message: `Block duplicated at ${other}.`,
    };
  });
}
