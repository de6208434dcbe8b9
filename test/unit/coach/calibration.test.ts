/**
 * Regression guard for the built-in coach's calibration against the labelled
 * set in test/fixtures/calibration (see `npm run calibrate` for the full report).
 */
import { describe, expect, it } from 'vitest';
import { createBuiltinCoach } from '../../../src/server/coach/builtin/index.js';
import { CALIBRATION_SET } from '../../fixtures/calibration/index.js';
import { evaluateWith } from '../../fixtures/calibration/run.js';
import { report, type Scored } from '../../fixtures/calibration/stats.js';

const coach = createBuiltinCoach();

async function scoreAll(): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const item of CALIBRATION_SET) out.push({ item, feedback: await evaluateWith(coach, item) });
  return out;
}

describe('built-in coach calibration', () => {
  it('the labelled set is big enough, spans tiers and holds out a third', () => {
    expect(CALIBRATION_SET.length).toBeGreaterThanOrEqual(60);
    for (const tier of ['weak', 'mid', 'strong'] as const) expect(CALIBRATION_SET.filter((i) => i.tier === tier).length).toBeGreaterThanOrEqual(12);
    const holdout = CALIBRATION_SET.filter((i) => i.split === 'holdout').length;
    expect(holdout / CALIBRATION_SET.length).toBeGreaterThanOrEqual(0.3);
  });

  it('ranks answers like the human labels (Spearman ≥ 0.9 on the whole set) and beats answer length', async () => {
    const r = report(await scoreAll());
    expect(r.spearman).toBeGreaterThanOrEqual(0.9);
    expect(r.spearman).toBeGreaterThan(r.lengthBaseline + 0.05);
  });

  it('scores every weak answer below every strong one', async () => {
    const scored = await scoreAll();
    const maxWeak = Math.max(...scored.filter((s) => s.item.tier === 'weak').map((s) => s.feedback.overall));
    const minStrong = Math.min(...scored.filter((s) => s.item.tier === 'strong').map((s) => s.feedback.overall));
    expect(maxWeak).toBeLessThan(minStrong);
  });

  it('gives the same answer the same score, whatever the persona', async () => {
    for (const item of CALIBRATION_SET) {
      const a = await evaluateWith(coach, item, 'ruthless');
      const b = await evaluateWith(coach, item, 'discovery');
      const c = await evaluateWith(coach, item, 'ruthless');
      expect(b.overall, item.id).toBe(a.overall);
      expect(c).toEqual(a);
      for (const fb of [a, b]) expect(JSON.stringify(fb), item.id).not.toMatch(/undefined|NaN/);
    }
  });
});
