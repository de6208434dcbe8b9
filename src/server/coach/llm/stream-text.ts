/**
 * Readable progress from a streaming JSON reply: feeds raw JSON chunks in and
 * hands out the decoded text of string *values* (not keys, not numbers) as it
 * arrives, one value per line. The browser can show the coach's words at
 * first-token time without ever seeing JSON syntax.
 */

type Container = 'object' | 'array';

export interface JsonTextExtractor {
  /** Feed one raw chunk; returns the readable text it completed (possibly empty). */
  push(chunk: string): string;
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: ' ', r: '', b: '', f: '', '"': '"', '\\': '\\', '/': '/' };

/**
 * `hiddenKeys`: values under these keys (at any depth, e.g. the snippet ids in
 * `usedSnippetIds`) are machine data, not words for the reader, and are skipped.
 */
export function createJsonTextExtractor(hiddenKeys: ReadonlySet<string> = new Set()): JsonTextExtractor {
  const stack: Container[] = [];
  let key = ''; // the object key being read, then the last one read
  let hiddenFrom: number | null = null; // stack depth of the hidden container we are inside
  let hideString = false;
  let expectKey = false; // inside an object, before the colon
  let inString = false;
  let stringIsKey = false;
  let escape = false;
  let unicode: string | null = null;
  let emittedAny = false;
  let valueStarted = false;

  const startValueText = (): string => {
    if (valueStarted) return '';
    valueStarted = true;
    const sep = emittedAny ? '\n' : '';
    emittedAny = true;
    return sep;
  };

  const inStringChar = (c: string): string => {
    if (unicode !== null) {
      unicode += c;
      if (unicode.length < 4) return '';
      const ch = String.fromCharCode(parseInt(unicode, 16));
      unicode = null;
      return text(ch);
    }
    if (escape) {
      escape = false;
      if (c === 'u') {
        unicode = '';
        return '';
      }
      return text(SIMPLE_ESCAPES[c] ?? c);
    }
    if (c === '\\') escape = true;
    else if (c === '"') inString = false;
    else return text(c);
    return '';
  };

  /** One decoded character of the current string: part of a key, hidden, or text to show. */
  const text = (ch: string): string => {
    if (stringIsKey) {
      key += ch;
      return '';
    }
    return hideString || hiddenFrom !== null ? '' : startValueText() + ch;
  };

  /** Is the value starting now (in an object, after `"key":`) one of the hidden keys? */
  const valueIsHidden = (): boolean => hiddenFrom === null && stack.at(-1) === 'object' && hiddenKeys.has(key);

  const openString = (): void => {
    inString = true;
    stringIsKey = stack.at(-1) === 'object' && expectKey;
    if (stringIsKey) key = '';
    hideString = !stringIsKey && valueIsHidden();
    valueStarted = false;
  };

  const open = (c: '{' | '['): void => {
    if (valueIsHidden()) hiddenFrom = stack.length;
    stack.push(c === '{' ? 'object' : 'array');
    expectKey = c === '{';
  };

  const close = (): void => {
    stack.pop();
    if (hiddenFrom === stack.length) hiddenFrom = null;
    expectKey = false;
  };

  /** JSON syntax outside strings: track containers and whether a key comes next. */
  const structural = (c: string): void => {
    if (c === '"') openString();
    else if (c === '{' || c === '[') open(c);
    else if (c === '}' || c === ']') close();
    else if (c === ':') expectKey = false;
    else if (c === ',') expectKey = stack.at(-1) === 'object';
  };

  return {
    push(chunk: string): string {
      let out = '';
      for (const c of chunk) {
        if (inString) out += inStringChar(c);
        else structural(c);
      }
      return out;
    },
  };
}

/**
 * Calls `onData` with the `data:` payload of each Server-Sent Event in `body`
 * (multi-line data joined with "\n"; other fields and comments ignored) and
 * resolves when the stream ends. Throwing from `onData` stops reading and
 * cancels the stream. One synchronous callback per event instead of a chain
 * of async generators: this runs for every token the provider sends.
 */
export async function forEachSseData(body: ReadableStream<Uint8Array>, onData: (data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buf += done ? decoder.decode() : decoder.decode(value, { stream: true });
      buf = normaliseNewlines(buf, done);
      let end: number;
      while ((end = buf.indexOf('\n\n')) !== -1) {
        emitEvent(buf.slice(0, end), onData);
        buf = buf.slice(end + 2);
      }
      if (done) {
        if (buf.trim()) emitEvent(buf, onData); // a last event without its blank line
        finished = true;
        return;
      }
    }
  } finally {
    if (!finished) void reader.cancel().catch(() => undefined);
  }
}

/** CRLF / CR to LF; a trailing CR waits for the next chunk (it may be half of a CRLF). */
function normaliseNewlines(buf: string, final: boolean): string {
  if (!buf.includes('\r')) return buf;
  const keep = !final && buf.endsWith('\r');
  const body = (keep ? buf.slice(0, -1) : buf).replace(/\r\n?/g, '\n');
  return keep ? body + '\r' : body;
}

function emitEvent(block: string, onData: (data: string) => void): void {
  let data: string | undefined;
  for (const line of block.split('\n')) {
    if (!line.startsWith('data:')) continue;
    const value = line.charCodeAt(5) === 32 ? line.slice(6) : line.slice(5);
    data = data === undefined ? value : `${data}\n${value}`;
  }
  if (data !== undefined) onData(data);
}
