import { describe, expect, it } from 'vitest';
import { createBuiltinCoach } from '../../../src/server/coach/builtin/index.js';
import { CALIBRATION_SET } from '../../fixtures/calibration/index.js';
import { evaluateWith } from '../../fixtures/calibration/run.js';

// Every number the coach gives must be backed by the user's own words.
describe('built-in coach evidence', () => {
  const coach = createBuiltinCoach();
  it.each(CALIBRATION_SET.map((item) => [item.id, item] as const))('%s: every scored dimension quotes the answer verbatim', async (_id, item) => {
    const feedback = await evaluateWith(coach, item);
    for (const d of feedback.dimensions) {
      if (d.score === null) continue;
      expect(d.evidence.length, `${d.key} scored ${d.score} without a quote`).toBeGreaterThan(0);
      for (const q of d.evidence) expect(item.answer).toContain(q);
    }
  });
});
