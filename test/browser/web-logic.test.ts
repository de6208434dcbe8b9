/**
 * The front end's pure logic, in Node: the SSE reader (answers stream over a
 * POST, so it cannot use EventSource), «» / [placeholder] marking, hash routes.
 */
import { describe, expect, it } from 'vitest';
import { parseBlock, readEvents } from '../../web/src/api/sse.js';
import { PLACEHOLDER_MARK, SEARCH_MARK, splitMarked } from '../../web/src/lib/marks.js';
import { parseHash, sessionHref, storyHref } from '../../web/src/lib/routes.js';
import { ANSWER_HINT, countWords, excerpt, formatDateTime, formatScore, humanize } from '../../web/src/labels.js';
import { axis, withAnswers } from '../../web/src/features/review/progress-data.js';
import { nameLines, shorten } from '../../web/src/features/review/axis-labels.js';
import { tickIndices, tickStep } from '../../web/src/features/review/chart-ticks.js';
import { summaryVersion } from '../../web/src/features/review/summary-version.js';
import { micMessage, START_RECORDING } from '../../web/src/features/voice/micMessage.js';
import type { Progress } from '../../src/shared/review.js';
import type { AnswerWithFeedback, Question } from '../../web/src/api/types.js';
import { QUESTION_CATEGORIES } from '../../src/shared/domain.js';

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
    // As the server counts for its minimum: punctuation and emoji alone are not words.
    expect(countWords('. 🙂 —')).toBe(0);
    expect(humanize('system_design')).toBe('System design');
    expect(humanize('Technical judgement')).toBe('Technical judgement');
  });
});

describe('session-7 QA fixes in the web app', () => {
  it('fetches the summary again when questions are generated, added or deleted, or an answer is scored', () => {
    const q = (id: string) => ({ id }) as Question;
    const a = (id: string, scored: boolean) => ({ id, feedback: scored ? {} : null }) as AnswerWithFeedback;
    const empty = summaryVersion({ questions: [], answers: [] });
    const generated = summaryVersion({ questions: [q('1'), q('2')], answers: [] });
    const swapped = summaryVersion({ questions: [q('1'), q('3')], answers: [] });
    const saved = summaryVersion({ questions: [q('1'), q('2')], answers: [a('x', false)] });
    const scored = summaryVersion({ questions: [q('1'), q('2')], answers: [a('x', true)] });
    expect(new Set([empty, generated, swapped, saved, scored]).size).toBe(5);
    expect(summaryVersion({ questions: [q('1'), q('2')], answers: [] })).toBe(generated);
  });

  it('labels the progress axis by session name, kept whole where it fits and cut with "…" where not, the "(imported)" mark kept', () => {
    const session = (n: number, name: string, date: string) => ({ sessionId: `s${n}`, sessionName: name, date, average: 3, answers: 2 });
    const progress = {
      sessions: [
        session(1, 'Practice 2026-11-27', '2026-11-20T09:00:00Z'),
        session(2, 'Pharmacy → clinical trials', '2026-11-27T09:00:00Z'),
        session(3, 'Pharmacy → clinical trials (imported)', '2026-11-27T09:00:00Z'),
        session(4, 'Northwind', '2026-11-27T09:00:00Z'),
        session(5, 'Northwind', '2026-11-27T15:30:00Z'),
      ],
    } as unknown as Progress;
    const { xLabels, xTicks } = axis(progress);
    expect(xTicks[0]).toEqual(['Practice', '2026-11-27']);
    expect(xTicks[1]).toEqual(['Pharmacy →', 'clinical trials']);
    expect(xTicks[2]).toEqual(['Pharmacy →', 'clin… (imported)']);
    // Each line fits under its point (16 characters of 12 px text).
    for (const lines of xTicks) for (const line of lines) expect(line.length).toBeLessThanOrEqual(16);
    // Two sessions of the same name: the day, and as they share it, the time tells them apart.
    expect(xTicks[3]![0]).toBe('Northwind');
    expect(xTicks[3]![1]).toMatch(/, \d/);
    expect(xTicks[3]![1]).not.toBe(xTicks[4]![1]);
    // The full name is in the tooltips and the table.
    expect(xLabels[2]).toBe(`Pharmacy → clinical trials (imported) (${formatDateTime('2026-11-27T09:00:00Z')})`);
    expect(withAnswers(3.4, 2)).toBe('3.4 from 2 answers');
    expect(withAnswers(3, 1)).toBe('3 from 1 answer');
  });

  it('shortens at a word, and keeps a closing mark when the name must be cut', () => {
    const [first, second] = nameLines('Weakest: Debugging, Ambiguity, Learning (imported 2)');
    expect(first).toBe('Weakest:');
    expect(second).toMatch(/^De.*… \(imported 2\)$/);
    expect(second!.length).toBeLessThanOrEqual(16);
    expect(shorten('Brightwater bank final round', 16)).toBe('Brightwater…');
    expect(nameLines('Short name')).toEqual(['Short name']);
  });

  it('shows as many axis labels as fit, always including the latest session', () => {
    expect(tickStep(2, 200)).toBe(1);
    expect(tickStep(30, 1000)).toBe(4); // 9 labels fit in 1000 px: every 4th of 30
    expect([...tickIndices(2, 1)]).toEqual([0, 1]);
    expect([...tickIndices(30, 3)]).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 29]);
    expect([...tickIndices(4, 2)]).toEqual([0, 3]);
    expect([...tickIndices(0, 1)]).toEqual([]);
  });

  it('gives every question kind its own answer tip, and no STAR story for technical questions', () => {
    for (const c of QUESTION_CATEGORIES) expect(ANSWER_HINT[c].length).toBeGreaterThan(30);
    expect(ANSWER_HINT.technical).not.toMatch(/story|situation/i);
    expect(ANSWER_HINT.technical).toMatch(/assumptions/);
    expect(ANSWER_HINT.technical).toMatch(/trade-offs/);
    expect(ANSWER_HINT.situational).toMatch(/first and why/);
    expect(ANSWER_HINT.role_fit).toMatch(/why this role/i);
    expect(ANSWER_HINT.role_fit).toMatch(/evidence/);
    expect(ANSWER_HINT.behavioral).toMatch(/Tell one story/);
  });

  it('names the real record button and where the answer box is when the microphone fails', () => {
    const errors = ['NotAllowedError', 'NotFoundError', 'NotReadableError', 'SecurityError', 'Other'].map((name) => new DOMException('x', name));
    for (const err of errors) {
      const message = micMessage(err);
      expect(message).not.toMatch(/press Record\b|below/);
      expect(message).toMatch(/“Type your answer” box above/);
    }
    expect(START_RECORDING).toBe('Start recording');
    expect(micMessage(new DOMException('x', 'NotAllowedError'))).toContain('press Start recording again');
  });
});
