import { describe, expect, it } from 'vitest';
import type { LiveItem } from '../../../web/src/features/realtime/ordering.js';
import { savedSummary } from '../../../web/src/features/realtime/stop-summary.js';
import { allowReconnect, gaveUpMessage, MAX_RECONNECTS, RECONNECT_WINDOW_MS } from '../../../web/src/features/realtime/reconnect.js';

const line = (itemId: string, role: LiveItem['role'], extra: Partial<LiveItem> = {}): LiveItem => ({ itemId, role, text: `text ${itemId}`, final: true, at: '2025-05-01T10:00:00.000Z', ...extra });

describe('reconnect budget', () => {
  it('allows MAX_RECONNECTS drops within the window, even when each reconnect succeeded, then refuses', () => {
    let drops: number[] = [];
    const verdicts: boolean[] = [];
    for (let i = 0; i <= MAX_RECONNECTS; i++) {
      const r = allowReconnect(drops, 1_000_000 + i * 12_000);
      drops = r.drops;
      verdicts.push(r.allowed);
    }
    expect(verdicts).toEqual([...Array<boolean>(MAX_RECONNECTS).fill(true), false]);
  });

  it('forgets drops older than the window', () => {
    const old = Array.from({ length: MAX_RECONNECTS }, (_, i) => i * 1000);
    const r = allowReconnect(old, RECONNECT_WINDOW_MS + MAX_RECONNECTS * 1000);
    expect(r.allowed).toBe(true);
    expect(r.drops).toHaveLength(1);
  });

  it('says what happened and what to do', () => {
    const text = gaveUpMessage('The voice service ended the call.', true);
    expect(text).toContain('Reconnecting did not work');
    expect(text).toContain(`dropped ${MAX_RECONNECTS + 1} times`);
    expect(text).toContain('press Start');
    expect(text).not.toMatch(/is saved/);
  });
});

describe('what the panel says was saved', () => {
  it('claims the transcript is saved only when every shown line is', () => {
    expect(savedSummary([line('a', 'coach'), line('b', 'candidate')], { a: 'saved', b: 'saved' })).toBe('The transcript is saved.');
  });

  it('names a cut-off answer and counts the saved lines', () => {
    const items = [line('a', 'coach'), line('b', 'candidate'), line('c', 'coach'), line('d', 'candidate'), line('e', 'coach'), line('f', 'candidate', { text: '', final: false, cutOff: true })];
    const status = { a: 'saved', b: 'saved', c: 'saved', d: 'saved', e: 'saved' } as const;
    expect(savedSummary(items, status)).toBe('5 lines saved; your last answer was cut off and not saved.');
  });

  it('names failed, pending and several cut-off lines', () => {
    const items = [line('a', 'coach'), line('b', 'candidate'), line('c', 'coach'), line('d', 'coach', { final: false, cutOff: true }), line('e', 'candidate', { final: false, cutOff: true })];
    expect(savedSummary(items, { a: 'saved', b: 'failed' })).toBe('1 line saved; 2 lines were cut off and not saved; 1 line could not be saved; 1 line still saving…');
    expect(savedSummary([line('a', 'coach', { final: false, cutOff: true })], {})).toBe("0 lines saved; the coach's last line was cut off and not saved.");
  });
});
