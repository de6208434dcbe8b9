/**
 * The coach's own Server-Sent Events reader (forEachSseData), which replaces
 * the SDK's stream decoding on the streaming path: same events whatever the
 * chunk boundaries and line endings, errors and early stops propagate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachSseData } from '../../../../src/server/coach/llm/stream-text.js';

function streamOf(chunks: Array<string | Uint8Array>): ReadableStream<Uint8Array> & { cancelled: () => boolean } {
  let cancelled = false;
  let i = 0;
  const enc = new TextEncoder();
  const s = new ReadableStream<Uint8Array>({
    pull(c) {
      if (i >= chunks.length) return c.close();
      const x = chunks[i++]!;
      c.enqueue(typeof x === 'string' ? enc.encode(x) : x);
    },
    cancel() {
      cancelled = true;
    },
  });
  return Object.assign(s, { cancelled: () => cancelled });
}

async function collect(chunks: Array<string | Uint8Array>): Promise<string[]> {
  const out: string[] = [];
  await forEachSseData(streamOf(chunks), (d) => out.push(d));
  return out;
}

/** Split bytes at the given cut points (sorted, deduplicated). */
function cut(bytes: Uint8Array, at: number[]): Uint8Array[] {
  const points = [...new Set(at.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    parts.push(bytes.slice(prev, p));
    prev = p;
  }
  return parts;
}

describe('forEachSseData', () => {
  const events = ['{"a":"x"}', '{"b":"é 🎯"}', '[DONE]'];
  const wire = ': keep-alive comment\n\n' + events.map((e) => `event: message\ndata: ${e}\n\n`).join('');

  it('yields each data payload once, ignoring comments and other fields', async () => {
    expect(await collect([wire])).toEqual(events);
  });

  it('gives the same events for any chunking, including UTF-8 split mid-character, and CRLF endings', async () => {
    const lf = new TextEncoder().encode(wire);
    const crlf = new TextEncoder().encode(wire.replace(/\n/g, '\r\n'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), async (points, useCrlf) => {
        const bytes = useCrlf ? crlf : lf;
        expect(await collect(cut(bytes, points))).toEqual(events);
      }),
    );
  });

  it('joins multi-line data and keeps a last event that lacks its blank line', async () => {
    expect(await collect(['data: line one\ndata:line two\n\n', 'data: tail'])).toEqual(['line one\nline two', 'tail']);
  });

  it('stops and cancels the stream when the callback throws', async () => {
    const s = streamOf(['data: 1\n\n', 'data: 2\n\n', 'data: 3\n\n']);
    const seen: string[] = [];
    await expect(
      forEachSseData(s, (d) => {
        seen.push(d);
        if (d === '2') throw new Error('bad chunk');
      }),
    ).rejects.toThrow('bad chunk');
    expect(seen).toEqual(['1', '2']);
    expect(s.cancelled()).toBe(true);
  });

  it('rejects with the stream error when the body fails mid-way', async () => {
    let pulls = 0;
    const broken = new ReadableStream<Uint8Array>({
      pull(c) {
        if (pulls++ === 0) c.enqueue(new TextEncoder().encode('data: 1\n\n'));
        else c.error(new TypeError('terminated'));
      },
    });
    const seen: string[] = [];
    await expect(forEachSseData(broken, (d) => seen.push(d))).rejects.toThrow('terminated');
    expect(seen).toEqual(['1']);
  });
});
