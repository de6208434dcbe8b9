/**
 * Regression guard for the built-in coach's calibration against the labelled
 * set in test/fixtures/calibration (see `npm run calibrate` for the full report).
 * The floors apply to everything in CALIBRATION_SET: tune, the first holdout and
 * the second to tenth blind holdouts, each of which has been read and tuned on
 * since. A new blind holdout stays out of CALIBRATION_SET, and so out of every
 * test, until it has been read once (a floor on it would make it a tuning target).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READER_MODEL_FILE, type ReaderModel } from '../../../src/server/coach/builtin/evaluate/reader.js';
import { createBuiltinCoach } from '../../../src/server/coach/builtin/index.js';
import { CALIBRATION_SET } from '../../fixtures/calibration/index.js';
import { evaluateWith } from '../../fixtures/calibration/run.js';
import { crossValidateReader } from '../../fixtures/calibration/reader-cv.js';
import { trainReader } from '../../fixtures/calibration/reader-train.js';
import { report, type Scored } from '../../fixtures/calibration/stats.js';
import type { CalibrationItem } from '../../fixtures/calibration/types.js';

const coach = createBuiltinCoach();

async function scoreSplits(...splits: CalibrationItem['split'][]): Promise<Scored[]> {
  const out: Scored[] = [];
  for (const item of CALIBRATION_SET) if (splits.includes(item.split)) out.push({ item, feedback: await evaluateWith(coach, item) });
  return out;
}

/** Every split of CALIBRATION_SET: the items the floors below apply to. */
const scoreGuarded = (): Promise<Scored[]> => scoreSplits('tune', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12', 'holdout13', 'holdout14', 'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19', 'holdout20', 'holdout21');

describe('built-in coach calibration', () => {
  it('the labelled set is big enough, spans tiers and holds out a third', () => {
    expect(CALIBRATION_SET.length).toBeGreaterThanOrEqual(60);
    for (const tier of ['weak', 'mid', 'strong'] as const) expect(CALIBRATION_SET.filter((i) => i.tier === tier).length).toBeGreaterThanOrEqual(12);
    const heldOut = CALIBRATION_SET.filter((i) => i.split !== 'tune').length;
    expect(heldOut / CALIBRATION_SET.length).toBeGreaterThanOrEqual(0.3);
    const second = CALIBRATION_SET.filter((i) => i.split === 'holdout2');
    expect(second.length).toBeGreaterThanOrEqual(30);
    for (const tier of ['weak', 'mid', 'strong'] as const) expect(second.filter((i) => i.tier === tier).length).toBeGreaterThanOrEqual(9);
  });

  it('ranks answers like the human labels (Spearman ≥ 0.9 on everything) and beats answer length', async () => {
    const r = report(await scoreGuarded());
    expect(r.spearman).toBeGreaterThanOrEqual(0.9);
    expect(r.spearman).toBeGreaterThan(r.lengthBaseline + 0.05);
  });

  it('scores every weak answer below every strong one, within each split and across all of them', async () => {
    const scored = await scoreGuarded();
    const gap = (items: typeof scored): { maxWeak: number; minStrong: number } => ({
      maxWeak: Math.max(...items.filter((s) => s.item.tier === 'weak').map((s) => s.feedback.overall)),
      minStrong: Math.min(...items.filter((s) => s.item.tier === 'strong').map((s) => s.feedback.overall)),
    });
    for (const split of new Set(scored.map((s) => s.item.split))) {
      const { maxWeak, minStrong } = gap(scored.filter((s) => s.item.split === split));
      expect(maxWeak, split).toBeLessThan(minStrong);
    }
    // Across sets written by different people about different roles too, since session 7 (length
    // bands, 600 answers). Sessions 6–7 allowed one or two weak success stories told for another
    // question 0.1 above short strong answers; none is above now. The reader does not see the
    // question, so this is the guard most likely to need a look when a new set joins.
    const whole = gap(scored);
    expect(whole.maxWeak).toBeLessThan(whole.minStrong);
  });

  it.each([
    // split, floor, measured in session 7 (reader share 0.8 with length bands, judgement caps on the rubric's part;
    // in-sample: the reader was trained on every split; the leave-one-split-out test above is the
    // honest one), blind first read in brackets
    ['holdout2', 0.9], // 0.972 (0.656 blind, session 2)
    ['holdout3', 0.9], // 0.955 (0.897 blind, session 3)
    ['holdout4', 0.9], // 0.975 (0.469 blind, session 3)
    ['holdout5', 0.9], // 0.968 (0.748 blind, session 4)
    ['holdout6', 0.88], // 0.957 (0.565 blind, session 4)
    ['holdout7', 0.89], // 0.964 (0.785 blind, session 4)
    ['holdout8', 0.9], // 0.971 (0.763 blind, session 5)
    ['holdout9', 0.9], // 0.974 (0.715 blind, session 5)
    ['holdout10', 0.87], // 0.964 (0.857 blind, session 5: the first read with the reader)
    ['holdout11', 0.88], // 0.971 (0.669 blind, session 6)
    ['holdout12', 0.87], // 0.958 (0.640 blind, session 6)
    ['holdout13', 0.83], // 0.935 (0.811 blind, session 6: the first read with the caps on the rubric's part)
    ['holdout14', 0.89], // 0.966 (0.890 blind, session 7: the first read with the reader's share at 0.8)
    ['holdout15', 0.9], // 0.946 (0.876 blind, session 7: the first read with the length bands)
    ['holdout16', 0.93], // 0.975 (0.931 blind, session 7: weak < strong held, the pre-registered bar met)
    ['holdout17', 0.93], // 0.971 (0.904 blind, session 8: weak < strong failed on a success told for "a mistake")
    ['holdout18', 0.93], // 0.956 (0.902 blind, session 8: weak < strong failed; the ramble cap misfired on a strong plan)
    ['holdout19', 0.89], // 0.911 (0.815 blind, session 9: weak < strong held; trade talk read as nothing concrete, a role-fit answer as off topic)
    ['holdout20', 0.92], // 0.949 (0.875 blind, session 10: the bar met; weak < strong held, 3.1 < 3.2)
    ['holdout21', 0.9], // 0.928 (0.847 blind, session 11: 0.003 under the bar; weak < strong held, 3.3 < 3.4)
  ] as const)('holds %s, tuned on since its blind read, to a floor of its own (≥ %s)', async (split, floor) => {
    const r = report(await scoreSplits(split));
    expect(r.n).toBeGreaterThanOrEqual(30);
    expect(r.spearman).toBeGreaterThanOrEqual(floor);
    expect(r.weakBelowStrong).toBe(true);
  });

  it('the committed learned reader is the one the labelled set trains (npm run train:reader)', () => {
    const trained = trainReader(CALIBRATION_SET);
    const committed = JSON.parse(readFileSync(READER_MODEL_FILE, 'utf8')) as ReaderModel;
    expect(committed.features).toEqual(trained.features);
    expect(committed.weights).toEqual(trained.weights);
    expect(committed.intercept).toBe(trained.intercept);
  });

  it('generalises: trained without a split, the reader and the blended coach still rank that split like the labels', () => {
    // Leave-one-split-out. Floors sit under session 7's figures on holdout2–16 (length bands, ridge
    // penalty 1): reader 0.88–0.93, blend 0.88–0.95 (session 6: reader 0.83–0.93, blend 0.84–0.94).
    // The crafts of holdout19 to holdout21 are the hardest yet: session 11, blend 0.828, 0.882 and 0.848.
    for (const r of crossValidateReader(CALIBRATION_SET)) {
      if (r.split === 'tune+holdout') continue;
      expect(r.reader, r.split).toBeGreaterThanOrEqual(0.78);
      expect(r.blend, r.split).toBeGreaterThanOrEqual(0.81);
    }
  }, 120_000);

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
