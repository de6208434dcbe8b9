import { describe, expect, it } from 'vitest';
import { functionChainAt, isCatchBinding, parseSource } from '../../../scripts/lib/analysis/names.js';

const SOURCE = [
  'export function routes(app: App) {', // 1
  "  app.get('/api/items/:id', async (req) => {", // 2
  '    return load(req);', // 3
  '  });', // 4
  '}', // 5
  'class Store {', // 6
  '  save(x: number) {', // 7
  '    try { return x; } catch (err) { return 0; }', // 8
  '  }', // 9
  '}', // 10
  'const handler = (n: number) => n + 1;', // 11
  'const top = 1;', // 12
].join('\n');

describe('analysis names', () => {
  const sf = parseSource('sample.ts', SOURCE);

  it('names a callback by the call and its string argument, inside its outer function', () => {
    expect(functionChainAt(sf, 3, 5)).toBe("routes > app.get('/api/items/:id')");
  });

  it('names class methods and arrow functions bound to a variable', () => {
    expect(functionChainAt(sf, 8, 5)).toBe('Store.save');
    expect(functionChainAt(sf, 11, 32)).toBe('handler');
  });

  it('calls code outside any function (module)', () => {
    expect(functionChainAt(sf, 12, 1)).toBe('(module)');
  });

  it('recognises the error binding of a catch clause', () => {
    expect(isCatchBinding(sf, 8, 32)).toBe(true);
    expect(isCatchBinding(sf, 7, 8)).toBe(false);
  });
});
