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
import { labelWidth, nameLines, shorten, textWidth } from '../../web/src/features/review/axis-labels.js';
import { tickIndices, tickStep } from '../../web/src/features/review/chart-ticks.js';
import * as win from '../../web/src/features/review/chart-window.js';
import { dateSpan } from '../../web/src/features/review/progress-data.js';
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

describe('progress charts with many sessions', () => {
  it('shows by default the latest sessions that fit the chart: fewer on a phone, at most 24 on a desktop, never under 5', () => {
    expect(win.fitCount(332)).toBe(7); // a 390 px phone: the chart is 332 px wide
    expect(win.fitCount(309)).toBe(6); // a 375 px phone
    expect(win.fitCount(1098)).toBe(24); // 1280 px: 31 would fit, 24 is the most
    expect(win.fitCount(200)).toBe(5);
    expect(win.windowCount(1, 7, 61)).toBe(7);
    expect(win.windowCount(4, 7, 61)).toBe(28);
    expect(win.windowCount(4, 24, 61)).toBe(61);
    expect(win.windowCount('all', 7, 61)).toBe(61);
    expect(win.windowCount(1, 7, 3)).toBe(3);
  });

  it('offers what fits, twice and four times that, and all — nothing when every session already fits', () => {
    expect(win.windowOptions(61, 7).map((o) => [o.value, o.label])).toEqual([['1', 'Last 7 (fits this screen)'], ['2', 'Last 14'], ['4', 'Last 28'], ['all', 'All 61']]);
    expect(win.windowOptions(30, 24).map((o) => o.label)).toEqual(['Last 24 (fits this screen)', 'All 30']);
    expect(win.windowOptions(7, 7)).toEqual([]);
    // A multiple that covers every session (a phone's "Last 28" on a wider screen) selects "All".
    expect(win.choiceValue(4, 24, 61)).toBe('all');
    expect(win.choiceValue(2, 7, 61)).toBe('2');
    expect([win.parseChoice('all'), win.parseChoice('2'), win.parseChoice('0'), win.parseChoice('x')]).toEqual(['all', 2, 1, 1]);
  });

  it('says which sessions are shown, what the table holds, and what changed', () => {
    expect(win.windowText(7, 61)).toBe('Your last 7 of 61 sessions');
    expect(win.windowText(61, 61)).toBe('All 61 sessions');
    expect(win.windowText(1, 1)).toBe('All 1 session');
    expect(win.tableNote(7, 61)).toBe('the same 7 sessions as the chart');
    expect(win.tableNote(61, 61)).toBe('all 61 sessions, as in the chart');
    expect(win.windowAnnouncement(14, 61)).toBe('The charts and their tables now show your last 14 of 61 sessions.');
    expect(win.windowAnnouncement(61, 61)).toBe('The charts and their tables now show all 61 sessions.');
    const span = dateSpan(['2026-03-12T09:00:00Z', '2026-03-20T09:00:00Z', '2026-03-30T09:00:00Z']);
    expect(span).toMatch(/12.*–.*30/);
    expect(span).toContain('2026');
    expect(dateSpan(['2026-03-12T09:00:00Z'])).not.toContain('–');
    expect(dateSpan([])).toBe('');
  });

  it('cuts every series to its latest points, answers kept beside their values', () => {
    expect(win.lastOf([1, 2, 3, 4], 2)).toEqual([3, 4]);
    expect(win.lastOf([1, 2], 5)).toEqual([1, 2]);
    const [s] = win.lastPoints([{ key: 'k', label: 'K', values: [1, null, 3, 4], answers: [1, null, 2, 3] }], 3);
    expect(s).toEqual({ key: 'k', label: 'K', values: [null, 3, 4], answers: [null, 2, 3] });
  });

  it('draws a marker on every point while they have room, else only on points the line cannot show and the latest', () => {
    const values = [2, 3, null, 4, null, 2, 3, null];
    expect([...win.markerIndices(values, 7 * win.MARKER_SPACING)]).toEqual([0, 1, 3, 5, 6]);
    // Crowded: the lone point (3) keeps its marker, as does the latest (6); the rest are only the line.
    expect([...win.markerIndices(values, 7 * win.MARKER_SPACING - 1)]).toEqual([3, 6]);
    expect([...win.markerIndices([3], 100)]).toEqual([0]);
    expect([...win.markerIndices([null, null], 1)]).toEqual([]);
  });

  it('keeps labelled points at least one label apart at any width, at most 10 labels, the latest always labelled', () => {
    for (let count = 2; count <= 80; count++) {
      for (const plot of [150, 200, 280, 500, 968]) {
        const shown = [...tickIndices(count, tickStep(count, plot, 130))];
        const gap = plot / (count - 1);
        expect(shown.at(-1)).toBe(count - 1);
        expect(shown.length).toBeLessThanOrEqual(10);
        for (let i = 1; i < shown.length; i++) expect((shown[i]! - shown[i - 1]!) * gap).toBeGreaterThanOrEqual(130);
      }
    }
    // Room for one label only: the latest session's.
    expect([...tickIndices(3, 5)]).toEqual([2]);
  });

  it('estimates label widths on the wide side, wide letters wider than narrow ones', () => {
    expect(textWidth('Mock')).toBeGreaterThan(textWidth('lift'));
    expect(textWidth('WWWW')).toBe(48);
    // 16 characters of lowercase 12 px text take over 112 px in DejaVu Sans; the estimate allows for it.
    expect(textWidth('operations manag')).toBeGreaterThanOrEqual(112);
    expect(labelWidth(['Northwind —…', 'Mar 30, 2026'])).toBe(Math.max(textWidth('Northwind —…'), textWidth('Mar 30, 2026')));
  });
});
