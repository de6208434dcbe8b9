/**
 * The default study guide's one line of earlier attempts (guide/history.ts): which attempts are
 * printed in full, and the score move with the day only where it changes and how each was given.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerWithFeedback } from '../../../src/shared/api.js';
import type { Feedback } from '../../../src/shared/domain.js';
import { earlierAttemptsLine, fullFrom } from '../../../src/server/services/review/guide/history.js';

let n = 0;
function attempt(at: string, overall: number | null, source: AnswerWithFeedback['source'] = 'text'): AnswerWithFeedback {
  const feedback = overall === null ? null : ({ overall } as Feedback);
  return { id: `a${++n}`, questionId: 'q', text: 'answer', source, durationSeconds: null, createdAt: `${at}T10:00:00.000Z`, feedback };
}

describe('earlier attempts line', () => {
  it('gives each earlier score, the day where it changes, spoken attempts and unscored ones', () => {
    const earlier = [attempt('2025-03-01', 1.5), attempt('2025-03-01', null, 'voice'), attempt('2025-03-03', 3.4)];
    const line = earlierAttemptsLine(earlier, attempt('2025-03-03', 4.4));
    expect(line).toEqual({
      kind: 'paragraph',
      tone: 'muted',
      keepWithNext: true,
      text: 'Earlier attempts: 1.5/5 (2025-03-01) → not scored (spoken) → 3.4/5 (2025-03-03) → now 4.4/5',
    });
    expect(earlierAttemptsLine([attempt('2025-03-01', 2)], attempt('2025-03-05', 3, 'realtime'))).toMatchObject({
      text: 'Earlier attempts: 2/5 (2025-03-01) → now 3/5 (2025-03-05, voice interview)',
    });
  });

  it('prints in full from the latest scored attempt on, or only the last when none is scored', () => {
    expect(fullFrom([])).toBe(0);
    expect(fullFrom([attempt('2025-03-01', 2)])).toBe(0);
    expect(fullFrom([attempt('2025-03-01', 2), attempt('2025-03-01', 3), attempt('2025-03-01', 4)])).toBe(2);
    expect(fullFrom([attempt('2025-03-01', 2), attempt('2025-03-01', 3), attempt('2025-03-01', null)])).toBe(1);
    expect(fullFrom([attempt('2025-03-01', null), attempt('2025-03-01', null)])).toBe(1);
  });
});
