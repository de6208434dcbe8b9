/**
 * Building blocks for the API fuzz test: hostile strings (odd Unicode, NUL,
 * lone surrogates, RTL marks, huge), path segments (real ids, unknown ids,
 * malformed percent-encoding), bad JSON texts and junk multipart bodies.
 */
import fc from 'fast-check';

/** Strings that have broken parsers, databases and renderers before. */
export const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83d',
  '\u202e\u200fevil\u202c',
  '\u200b\u200d\ufeff',
  '\ufdfa',
  'e\u0301\u0301\u0301',
  '🙂'.repeat(50),
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '<script>alert(1)</script>',
  "'; drop table sessions; --",
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '\r\n\r\n',
  '\\',
  '{}',
  'NaN',
  '-1',
  '1e309',
  'true',
];

/** Any string, biased toward hostile ones; rarely huge (up to ~1.1 MB, past the body limit). */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 25_000, 120_000, 1_100_000).map((n) => 'ab\u00e9\ud83d\ude42'.repeat(Math.ceil(n / 5)).slice(0, n)) },
);

/** Percent-encoded sequences a browser would never send. */
const RAW_SEGMENTS = ['%ED%A0%80', '%C0%AF', '%', '%zz', '%00', '%E2%80%AE', '..', '.', '%2e%2e', '%2F', 'a%20b', '%FF%FE', '~', '*'];

/** Encode any JS string as a URL component (lone surrogates become U+FFFD first). */
export function encode(s: string): string {
  return encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}

/** A path segment: one of the given real ids, an unknown uuid, or something malformed. */
export function segment(realIds: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...realIds) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: oddString.filter((s) => s.length < 5000).map(encode) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
  );
}

/** Texts that are not valid JSON, or are JSON meant to trip a parser. */
export const BAD_JSON = [
  '{',
  '{"a":',
  'nul',
  '\u0000',
  '[1,2',
  '{"text": "unterminated}',
  '{"__proto__": {"polluted": 1}, "name": "x"}',
  '{"constructor": {"prototype": {"polluted": 1}}}',
  `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
  '"just a string"',
  '12',
  'true',
  '[]',
  '{"name": "\\ud800"}',
  '{"text": "\\u0000"}',
  '\ufeff{"name":"bom"}',
  '{"a":1,"a":2}',
];

/** A multipart body, sometimes well-formed, often not. */
export const multipartJunk: fc.Arbitrary<{ body: string | Buffer; type: string }> = fc.oneof(
  fc.constant({ body: '--x\r\nContent-Disposition: form-data; name="kind"\r\n\r\nresume\r\n--x--\r\n', type: 'multipart/form-data; boundary=x' }),
  fc.constant({ body: '--x\r\nContent-Disposition: form-data; name="file"; filename="../../etc/passwd"\r\nContent-Type: text/plain\r\n\r\nhello\r\n', type: 'multipart/form-data; boundary=x' }),
  fc.constant({ body: 'not multipart at all', type: 'multipart/form-data; boundary=x' }),
  fc.constant({ body: '--x\r\n\r\n--x--', type: 'multipart/form-data' }),
  fc.uint8Array({ maxLength: 2000 }).map((b) => ({ body: Buffer.from(b), type: 'multipart/form-data; boundary=----b' })),
  oddString.filter((s) => s.length < 5000).map((s) => ({
    body: `--x\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${s}\r\n--x\r\nContent-Disposition: form-data; name="file"; filename="${s.replace(/["\r\n]/g, '')}"\r\nContent-Type: text/plain\r\n\r\n${s}\r\n--x--\r\n`,
    type: 'multipart/form-data; boundary=x',
  })),
);
