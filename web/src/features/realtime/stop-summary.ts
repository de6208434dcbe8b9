/**
 * What the panel says about saving once a call is over (stopped, or given up
 * after drops): only what was really saved. A line can be shown but not
 * saved — cut off by a drop before its final transcript, a save that failed,
 * or one still on its way — and the summary names those instead of claiming
 * "the transcript is saved".
 */
import type { LiveItem } from './ordering.js';

/**
 * A finished line's save state, as useTranscriptSaver sets it. Declared here
 * (no React, no DOM) so this summary stays a pure module, testable in Node.
 */
export type SaveStatus = 'saving' | 'saved' | 'failed';

const lines = (n: number) => `${n} ${n === 1 ? 'line' : 'lines'}`;

interface Counts {
  saved: number;
  saving: number;
  failed: number;
  cut: LiveItem[];
}

function count(items: LiveItem[], status: Record<string, SaveStatus>): Counts {
  const c: Counts = { saved: 0, saving: 0, failed: 0, cut: [] };
  for (const it of items) {
    if (it.cutOff) c.cut.push(it);
    else if (!it.final) continue;
    else if (status[it.itemId] === 'saved') c.saved++;
    else if (status[it.itemId] === 'failed') c.failed++;
    else c.saving++;
  }
  return c;
}

function cutText(cut: LiveItem[]): string {
  if (cut.length > 1) return `${lines(cut.length)} were cut off and not saved`;
  return cut[0]!.role === 'candidate' ? 'your last answer was cut off and not saved' : "the coach's last line was cut off and not saved";
}

/** E.g. "The transcript is saved." or "5 lines saved; your last answer was cut off and not saved." */
export function savedSummary(items: LiveItem[], status: Record<string, SaveStatus>): string {
  const c = count(items, status);
  if (c.cut.length === 0 && c.failed === 0 && c.saving === 0) return 'The transcript is saved.';
  const problems = [
    c.cut.length > 0 ? cutText(c.cut) : '',
    c.failed > 0 ? `${lines(c.failed)} could not be saved` : '',
    c.saving > 0 ? `${lines(c.saving)} still saving…` : '',
  ].filter(Boolean);
  return `${lines(c.saved)} saved; ${problems.join('; ')}${problems.at(-1)!.endsWith('…') ? '' : '.'}`;
}
