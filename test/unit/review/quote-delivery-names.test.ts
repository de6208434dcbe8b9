/** Quotes that say where they are cut, the study guide's delivery line, and imported session names. */
import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../../src/shared/delivery.js';
import { deliveryLine } from '../../../src/server/services/review/guide/delivery.js';
import { importedName } from '../../../src/server/services/review/import-json.js';
import { quoteFrom } from '../../../src/server/services/review/quote.js';

const ANSWER =
  'At Tidewater Telecom our first-response time was 9 hours. I analysed two months of ticket timestamps and found that 70% of tickets ' +
  'arrived before 10am while most agents started at 11. I rebuilt the triage rota.';

describe('quoteFrom', () => {
  it('completes a fragment cut mid-sentence to the end of its sentence when it fits', () => {
    expect(quoteFrom(ANSWER, 'I analysed two months of ticket timestamps and found that 70% of tickets arrived before 10am while', 240)).toBe(
      'I analysed two months of ticket timestamps and found that 70% of tickets arrived before 10am while most agents started at 11.',
    );
  });

  it('otherwise ends the quote at a whole word with "…"', () => {
    const q = quoteFrom(ANSWER, 'I analysed two months of ticket timestamps and found that 70% of tickets arrived before 10am while', 80);
    expect(q).toBe('I analysed two months of ticket timestamps and found that 70% of tickets…');
    expect(q.length).toBeLessThanOrEqual(80);
    expect(quoteFrom(ANSWER, 'found that 70% of tickets arrived before 10a', 240, { complete: false })).toBe('…found that 70% of tickets arrived before…');
  });

  it('keeps whole sentences and the end of the answer unmarked, and marks a start mid-sentence', () => {
    expect(quoteFrom(ANSWER, 'At Tidewater Telecom our first-response time was 9 hours.', 240)).toBe('At Tidewater Telecom our first-response time was 9 hours.');
    expect(quoteFrom('We shipped it on time', 'We shipped it on time', 240)).toBe('We shipped it on time');
    expect(quoteFrom(ANSWER, 'most agents started at 11.', 240)).toBe('…most agents started at 11.');
  });

  it('marks a fragment it cannot find in the answer when it does not end a sentence', () => {
    expect(quoteFrom(ANSWER, 'tickets came in early and', 240)).toBe('tickets came in early and…');
  });
});

function delivery(over: Partial<Delivery> = {}): Delivery {
  return {
    wordsPerMinute: 142.4,
    pace: { band: 'comfortable', target: '120–170 wpm' },
    wordCount: 210,
    speakingSeconds: 88,
    totalSeconds: 95,
    fillers: { count: 3, perMinute: 1.9, ratio: 0.014, band: 'fine', items: [], byWord: { um: 3 } },
    pauses: { long: [], veryLong: [], count15: 2, count3: 1, source: 'word_timings' },
    hedges: { count: 1, items: [] },
    talkTime: { seconds: 95, band: 'ok', target: '60–120 s' },
    notes: [],
    ...over,
  };
}

describe('deliveryLine', () => {
  it('gives pace, talk time, fillers, pauses and hedges with their bands', () => {
    expect(deliveryLine(delivery())).toBe(
      'Delivery: 142 words a minute (comfortable; target 120–170 wpm) · talk time 1:35 (within target; 60–120 s) · 3 fillers, 1.9/min (fine) · 2 pauses ≥ 1.5 s, 1 of them ≥ 3 s · 1 hedge',
    );
  });
  it('says what could not be measured', () => {
    const line = deliveryLine(delivery({ wordsPerMinute: null, pace: { band: null, target: '120–170 wpm' }, pauses: { long: [], veryLong: [], count15: 0, count3: 0, source: 'none' } }));
    expect(line).toContain('pace not measured');
    expect(line).toContain('pauses not measured');
  });
});

describe('importedName', () => {
  it('marks an import and keeps it unique, never marking twice', () => {
    expect(importedName('Q3 prep', ['Q3 prep'])).toBe('Q3 prep (imported)');
    expect(importedName('Q3 prep', ['Q3 prep', 'Q3 prep (imported)'])).toBe('Q3 prep (imported 2)');
    expect(importedName('Q3 prep', ['Q3 prep (imported)', 'Q3 prep (imported 4)', 'Q3 prep (imported x)'])).toBe('Q3 prep (imported 5)');
    expect(importedName('Q3 prep (imported 2)', ['Q3 prep (imported)', 'Q3 prep (imported 2)'])).toBe('Q3 prep (imported 3)');
    expect(importedName('Q3 prep', ['Q3 prep 2 (imported)'])).toBe('Q3 prep (imported)');
  });
  it('fits the session name limit', () => {
    const long = 'x'.repeat(120);
    expect(importedName(long, []).length).toBeLessThanOrEqual(120);
    expect(importedName(long, []).endsWith(' (imported)')).toBe(true);
  });
});
