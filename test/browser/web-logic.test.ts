/**
 * The front end's pure logic, in Node: the SSE reader (answers stream over a
 * POST, so it cannot use EventSource), «» / [placeholder] marking, hash routes.
 */
import { describe, expect, it } from 'vitest';
import { parseBlock, readEvents } from '../../web/src/api/sse.js';
import { PLACEHOLDER_MARK, SEARCH_MARK, splitMarked } from '../../web/src/lib/marks.js';
import { parseHash, sessionHref, storyHref } from '../../web/src/lib/routes.js';
import { countWords, excerpt, formatScore, humanize } from '../../web/src/labels.js';

function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const bytes = chunks.map((c) => new TextEncoder().encode(c));
  return new ReadableStream({
    start(controller) {
      for (const b of bytes) controller.enqueue(b);
      controller.close();
    },
  });
}

async function collect(chunks: string[]): Promise<{ event: string; data: string }[]> {
  const out = [];
  for await (const ev of readEvents(streamOf(chunks))) out.push(ev);
  return out;
}

describe('SSE reader', () => {
  it('parses named events with multi-line data and ignores comments', () => {
    expect(parseBlock('event: saved\ndata: {"a":1}')).toEqual({ event: 'saved', data: '{"a":1}' });
    expect(parseBlock('data: one\ndata: two')).toEqual({ event: 'message', data: 'one\ntwo' });
    expect(parseBlock(': keep-alive')).toBeNull();
  });

  it('reassembles events split across chunks, including a split multi-byte character', async () => {
    const euro = new TextEncoder().encode('€');
    const text = 'event: delta\ndata: {"text":"5€"}\n\nevent: feedback\r\ndata: {}\r\n\r\n';
    const cut = text.indexOf('€');
    const head = text.slice(0, cut);
    const tail = text.slice(cut + 1);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(head));
        c.enqueue(euro.slice(0, 1));
        c.enqueue(euro.slice(1));
        c.enqueue(new TextEncoder().encode(tail));
        c.close();
      },
    });
    const events = [];
    for await (const ev of readEvents(stream)) events.push(ev);
    expect(events).toEqual([
      { event: 'delta', data: '{"text":"5€"}' },
      { event: 'feedback', data: '{}' },
    ]);
  });

  it('yields a final event that has no trailing blank line', async () => {
    expect(await collect(['event: error\ndata: {"x":', '2}'])).toEqual([{ event: 'error', data: '{"x":2}' }]);
  });
});

describe('marking text', () => {
  it('turns «» into marked parts without keeping the guillemets', () => {
    expect(splitMarked('We «reduced» the «AWS» bill', SEARCH_MARK)).toEqual([
      { text: 'We ', marked: false },
      { text: 'reduced', marked: true },
      { text: ' the ', marked: false },
      { text: 'AWS', marked: true },
      { text: ' bill', marked: false },
    ]);
  });

  it('keeps HTML-looking text as plain parts (rendered as text, never markup)', () => {
    const parts = splitMarked('<img src=x onerror=alert(1)> «ok»', SEARCH_MARK);
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', marked: false });
  });

  it('marks [placeholders] with their brackets', () => {
    expect(splitMarked('We served [number of users] users', PLACEHOLDER_MARK).filter((p) => p.marked)).toEqual([
      { text: '[number of users]', marked: true },
    ]);
  });
});

describe('routes and labels', () => {
  it('marks a quote cut mid-sentence with an ellipsis, and leaves whole sentences alone', () => {
    expect(excerpt('I rewrote the billing pipeline and the invoicing jobs because')).toBe('I rewrote the billing pipeline and the invoicing jobs because…');
    expect(excerpt('every week')).toBe('every week');
    expect(excerpt('40')).toBe('40');
    expect(excerpt('Disputes fell by 38%.')).toBe('Disputes fell by 38%.');
    expect(excerpt('He said "ship it."')).toBe('He said "ship it."');
  });

  it('round-trips session and question ids through the hash', () => {
    expect(parseHash(sessionHref('s 1', 'q/2'))).toEqual({ page: 'session', id: 's 1', questionId: 'q/2' });
    expect(parseHash('#/')).toEqual({ page: 'home' });
    expect(parseHash('#/stories')).toEqual({ page: 'stories', storyId: null });
    expect(parseHash(storyHref('s/1 2'))).toEqual({ page: 'stories', storyId: 's/1 2' });
    expect(parseHash('#/stories/a/b')).toEqual({ page: 'not_found' });
    expect(parseHash('#/nope')).toEqual({ page: 'not_found' });
  });

  it('never shows a null score as a number', () => {
    expect(formatScore(null)).toBe('not enough evidence');
    expect(formatScore(3)).toBe('3');
    expect(formatScore(2.5)).toBe('2.5');
    expect(countWords('  one two\nthree ')).toBe(3);
    expect(countWords('   ')).toBe(0);
    expect(humanize('system_design')).toBe('System design');
    expect(humanize('Technical judgement')).toBe('Technical judgement');
  });
});
