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

export function createJsonTextExtractor(): JsonTextExtractor {
  const stack: Container[] = [];
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
      return stringIsKey ? '' : startValueText() + ch;
    }
    if (escape) {
      escape = false;
      if (c === 'u') {
        unicode = '';
        return '';
      }
      return stringIsKey ? '' : startValueText() + (SIMPLE_ESCAPES[c] ?? c);
    }
    if (c === '\\') escape = true;
    else if (c === '"') inString = false;
    else if (!stringIsKey) return startValueText() + c;
    return '';
  };

  const structural = (c: string): void => {
    if (c === '"') {
      inString = true;
      stringIsKey = stack.at(-1) === 'object' && expectKey;
      valueStarted = false;
    } else if (c === '{') {
      stack.push('object');
      expectKey = true;
    } else if (c === '[') {
      stack.push('array');
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ':') {
      expectKey = false;
    } else if (c === ',') {
      expectKey = stack.at(-1) === 'object';
    }
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
