/**
 * Rules from holdout18's blind read (session 8): a concrete plan's own time words, a hedge that
 * is not a platitude, a minimised "what went wrong", and a career history that is not an action.
 * Answers written for this test.
 */
import { describe, expect, it } from 'vitest';
import { missingAsks } from '../../../../src/server/coach/builtin/evaluate/asks-for.js';
import { computeSignals } from '../../../../src/server/coach/builtin/evaluate/signals.js';

describe('holdout18 rules', () => {
  it('counts a plan\'s time words ("within the hour", "tonight", "first thing Saturday") as time frames', () => {
    const sig = computeSignals('I would ring the harbour master within the hour, post a warning tonight and send the crew first thing Saturday, then report on Monday.');
    expect(sig.timeFrames).toEqual(expect.arrayContaining(['within the hour', 'tonight', 'first thing Saturday', 'on Monday']));
  });

  it('a hedge inside a concrete step is not a platitude; "I think the key is…" still is', () => {
    expect(computeSignals('Two of us go out with the spares I think it is likely to need, a lantern and a charge controller.').platitudes).toEqual([]);
    expect(computeSignals("I think it's important to stay calm and communicate with everyone.").platitudes).toHaveLength(1);
    expect(computeSignals('I think the key is good communication with the whole team.').platitudes).toHaveLength(1);
  });

  it('a "failure" waved away inside a success is not a setback', () => {
    const q = 'Tell me about a time something went wrong because of a decision you made.';
    const waved = 'I chose to recast the bell with its old lettering, tested the mould for two weeks and it worked really well. So I suppose the bit that went wrong was that we nearly ran out of time, but it came right in the end.';
    expect(missingAsks(q, waved)).toContain('setback');
    const real = 'I chose to pour at a lower temperature to save fuel, and the bell came out porous, failed its tuning test and had to be recast, which cost us three weeks. I wrote the temperature floor into our casting sheet.';
    expect(missingAsks(q, real)).not.toContain('setback');
  });

  it('a career history ("I trained in…", "I learned the materials") is scene-setting, not the first own action', () => {
    const sig = computeSignals('I trained in Lyon for two years after my degree, and that is where I learned the raw materials. Then I joined a fragrance house in Leeds as an evaluator.');
    expect(sig.firstOwnAction).toBe(-1);
    expect(computeSignals('I trained the two new evaluators, then I rewrote the brief template so clients rank three references.').firstOwnAction).toBe(0);
  });
});
