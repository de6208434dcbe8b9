/**
 * The analyzer end to end on a small tree written here: each smell it claims
 * to find is planted once, and a clean function must produce nothing.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../scripts/analyze.js';
import type { Finding } from '../../../scripts/lib/analysis/types.js';

const longBody = Array.from({ length: 55 }, (_, i) => `  total += ${i};`).join('\n');
const branches = Array.from({ length: 11 }, (_, i) => `  if (x === ${i}) return ${i};`).join('\n');
const shared = Array.from({ length: 8 }, (_, i) => `  const v${i} = input.values[${i}] * ${i + 3} + input.offset;\n  out.push(v${i});`).join('\n');

const SMELLY = `
export function longOne(): number {
  let total = 0;
${longBody}
  return total;
}
export function branchy(x: number): number {
${branches}
  return -1;
}
export function nested(a: number[][][][][]): number {
  let n = 0;
  for (const b of a) { for (const c of b) { for (const d of c) { for (const e of d) { if (e.length) { n++; } } } } }
  return n;
}
export function swallow(): number {
  try { return JSON.parse('1') as number; } catch { return 0; }
}
export function unusedError(): number {
  try { return 1; } catch (err) { return 2; }
}
export function empty(): void {
  try { void 0; } catch (err) {}
}
export function dupA(input: { values: number[]; offset: number }): number[] {
  const out: number[] = [];
${shared}
  return out;
}
`;

const COPY = `
export function dupB(input: { values: number[]; offset: number }): number[] {
  const out: number[] = [];
${shared}
  return out;
}
export function clean(x: number): number {
  try { return x * 2; } catch (err) { throw new Error('doubling failed', { cause: err }); }
}
`;

describe('npm run analyze (on a planted tree)', () => {
  let root: string;
  let findings: Finding[];

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'analyze-'));
    mkdirSync(path.join(root, 'src'));
    writeFileSync(path.join(root, 'src', 'smelly.ts'), SMELLY);
    writeFileSync(path.join(root, 'src', 'copy.ts'), COPY);
    findings = await analyze(root);
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const at = (fn: string) => findings.filter((f) => f.fn === fn || f.fn.startsWith(`${fn} `)).map((f) => f.smell).sort();

  it('finds a long function, with its size (signature + 57 body lines + closing brace)', () => {
    const f = findings.find((x) => x.smell === 'long-function');
    expect(f).toMatchObject({ file: 'src/smelly.ts', fn: 'longOne', metric: '59 lines (max 50)' });
  });

  it('finds high complexity and deep nesting', () => {
    expect(at('branchy')).toEqual(['complexity']);
    expect(at('nested')).toEqual(['deep-nesting']);
  });

  it('finds broad catches: no binding, or a binding never used', () => {
    expect(at('swallow')).toEqual(['broad-catch']);
    expect(at('unusedError')).toEqual(['broad-catch']);
  });

  it('finds an empty catch block', () => {
    expect(at('empty')).toContain('empty-block');
  });

  it('finds the duplicated block and names both copies', () => {
    const dup = findings.filter((x) => x.smell === 'duplicate-block');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.fn).toMatch(/^dup[AB] ≈ src\/(smelly|copy)\.ts#dup[AB]$/);
  });

  it('reports nothing for a function that rethrows with its cause', () => {
    expect(at('clean')).toEqual([]);
  });
});
