/**
 * A tiny Server-Sent Events reader over fetch + ReadableStream. EventSource
 * cannot POST, and answers are POSTed, so we parse the stream ourselves.
 */

/** One parsed event: its name (default "message") and its data lines joined. */
export interface SseEvent {
  event: string;
  data: string;
}

/** Parse one raw block (between blank lines) into an event, or null for comments/empties. */
export function parseBlock(block: string): SseEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length === 0 ? null : { event, data: data.join('\n') };
}

/** Events are separated by a blank line (any newline convention). */
const BLANK_LINE = /\r?\n\r?\n/;

/** Yield events from a response body as they arrive. */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      for (let m = BLANK_LINE.exec(buffer); m; m = BLANK_LINE.exec(buffer)) {
        const parsed = parseBlock(buffer.slice(0, m.index));
        buffer = buffer.slice(m.index + m[0].length);
        if (parsed) yield parsed;
      }
    }
    const last = parseBlock(buffer + decoder.decode());
    if (last) yield last;
  } finally {
    reader.releaseLock();
  }
}
