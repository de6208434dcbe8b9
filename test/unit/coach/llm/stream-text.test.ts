import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonTextExtractor } from '../../../../src/server/coach/llm/stream-text.js';

function feed(json: string, size: number): string {
  const x = createJsonTextExtractor();
  let out = '';
  for (let i = 0; i < json.length; i += size) out += x.push(json.slice(i, i + size));
  return out;
}

describe('createJsonTextExtractor', () => {
  const value = {
    dimensions: { structure: { evidence: ['said "we"', 'line\nbreak'], score: 3, advice: 'Use “I”.' } },
    overall: 2,
    summary: 'Short — tab\there. Emoji 🎯 ok',
    strengths: [],
    followUpQuestion: 'What next?',
  };
  const json = JSON.stringify(value);
  const expected = ['said "we"', 'line\nbreak', 'Use “I”.', 'Short — tab here. Emoji 🎯 ok', 'What next?'].join('\n');

  it('emits only string values, decoded, one per line', () => {
    expect(feed(json, json.length)).toBe(expected);
  });

  it('gives the same text whatever the chunk boundaries (escapes split across chunks)', () => {
    const ascii = JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), (size) => feed(ascii, size) === expected));
  });

  it('emits text as soon as it arrives, before the JSON is complete', () => {
    const x = createJsonTextExtractor();
    expect(x.push('{"summary":"Hel')).toBe('Hel');
    expect(x.push('lo","n":1,"k":"v')).toBe('lo\nv');
  });

  it('skips the values of hidden keys, arrays and nested objects included, at any chunking', () => {
    const json = '{"summary":"Clear story.","usedSnippetIds":["snip-1","snip-2"],"meta":{"basedOn":{"a":"x"}},"followUpQuestion":"Why \\"then\\"?"}';
    for (const size of [1, 3, 7, json.length]) {
      const x = createJsonTextExtractor(new Set(['usedSnippetIds', 'basedOn']));
      let out = '';
      for (let i = 0; i < json.length; i += size) out += x.push(json.slice(i, i + size));
      expect(out).toBe('Clear story.\nWhy "then"?');
    }
  });
});

