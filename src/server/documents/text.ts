/**
 * Plain-text and Markdown uploads: detect the encoding (UTF-8, UTF-16 with or
 * without a BOM, legacy Windows-1252) and refuse binary data posing as text.
 */

/** Share of suspicious characters above which "text" is treated as binary junk. */
const MAX_JUNK_RATIO = 0.01;

/** Decode bytes as text, or return null when they are not text. */
export function decodeText(bytes: Buffer): string | null {
  const text = decodeByEncoding(bytes);
  if (text === null || looksBinary(text)) return null;
  return text;
}

function decodeByEncoding(bytes: Buffer): string | null {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return null; // UTF-32: not worth supporting
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decodeUtf8OrLegacy(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const guess = guessUtf16WithoutBom(bytes);
  if (guess) return new TextDecoder(guess).decode(bytes);
  if (bytes.includes(0)) return null;
  return decodeUtf8OrLegacy(bytes);
}

/** UTF-8 when valid; otherwise old editors' Windows-1252 (a superset of Latin-1). */
function decodeUtf8OrLegacy(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252's printable characters at 0x80–0x9F (smart quotes, dashes, €).
 * Hand-rolled because Node 20's TextDecoder('windows-1252') decodes that range
 * as C1 control codes. Undefined bytes map to U+FFFD and count as junk.
 */
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

/**
 * BOM-less UTF-16 of mostly-ASCII text has a zero in every other byte. Look at
 * the first 4 KB: zeros almost only at odd offsets → LE, at even offsets → BE.
 */
function guessUtf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control characters (other than whitespace) and decoding errors mean binary data. */
function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  const junk = text.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0;
  return junk / text.length > MAX_JUNK_RATIO;
}

/** Markdown when the client said so (type or extension); plain text otherwise. */
export function textMediaType(filename: string | null, declaredType: string | null): 'text/markdown' | 'text/plain' {
  if (declaredType && /markdown/i.test(declaredType)) return 'text/markdown';
  if (filename && /\.(md|markdown|mdown|mkd)$/i.test(filename)) return 'text/markdown';
  return 'text/plain';
}
