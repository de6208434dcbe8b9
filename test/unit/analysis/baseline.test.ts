import { describe, expect, it } from 'vitest';
import { compare, countFindings, serializeBaseline } from '../../../scripts/lib/analysis/baseline.js';
import type { Finding } from '../../../scripts/lib/analysis/types.js';

function finding(over: Partial<Finding>): Finding {
  return { file: 'src/a.ts', line: 10, smell: 'complexity', rule: 'complexity', metric: '12 (max 10)', fn: 'main', message: '', ...over };
}

describe('analysis baseline', () => {
  it('matches findings by file, smell and function, not by line', () => {
    const baseline = countFindings([finding({ line: 10 })]);
    const moved = finding({ line: 42 });
    expect(compare([moved], baseline)).toEqual({ fresh: [], gone: [] });
  });

  it('reports a finding beyond the baselined count as new', () => {
    const baseline = countFindings([finding({ fn: 'cb' })]);
    const twice = [finding({ fn: 'cb', line: 3 }), finding({ fn: 'cb', line: 9 })];
    const { fresh } = compare(twice, baseline);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.line).toBe(9);
  });

  it('reports a new smell in a baselined function as new', () => {
    const baseline = countFindings([finding({})]);
    const { fresh } = compare([finding({}), finding({ smell: 'long-function', rule: 'max-lines-per-function' })], baseline);
    expect(fresh.map((f) => f.smell)).toEqual(['long-function']);
  });

  it('lists baseline entries that no longer occur', () => {
    const baseline = countFindings([finding({ fn: 'old' })]);
    expect(compare([], baseline).gone).toEqual([{ file: 'src/a.ts', smell: 'complexity', fn: 'old', count: 1 }]);
  });

  it('serializes with sorted keys so the committed file diffs cleanly', () => {
    const text = serializeBaseline(countFindings([finding({ file: 'z.ts' }), finding({ file: 'a.ts', fn: 'b' }), finding({ file: 'a.ts', fn: 'a' })]));
    const parsed = JSON.parse(text) as { findings: Record<string, Record<string, Record<string, number>>> };
    expect(Object.keys(parsed.findings)).toEqual(['a.ts', 'z.ts']);
    expect(Object.keys(parsed.findings['a.ts']!.complexity!)).toEqual(['a', 'b']);
    expect(text.endsWith('\n')).toBe(true);
  });
});
