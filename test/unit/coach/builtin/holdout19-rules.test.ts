/**
 * Rules from holdout19's blind read (session 9), each in a trade no labelled set uses: a "walk me
 * through how you'd…" question asks for a method, not a story; a trade's own rare words are
 * specifics; a slip told in a trade's terms ("a bit close", "it was my stitch") is one's own
 * mistake; "three metres short" and "she wasn't pleased" are things going wrong; and reasons of
 * one's own aimed at the employer answer "why this role?".
 */
import { describe, expect, it } from 'vitest';
import { ask, dim } from './ask-coach.js';
import { missingAsks } from '../../../../src/server/coach/builtin/evaluate/asks-for.js';
import { answerMode } from '../../../../src/server/coach/builtin/evaluate/rubric.js';
import { computeSignals } from '../../../../src/server/coach/builtin/evaluate/signals.js';


describe('holdout19 rules', () => {
  it('"walk me through how you would…" asks for a method; "walk me through how you…" still asks for a story', () => {
    expect(answerMode("Walk me through how you'd diagnose a boiler that keeps locking out.", 'technical')).toBe('design');
    expect(answerMode('Walk me through how you would calibrate the press.', 'technical')).toBe('design');
    expect(answerMode('Walk me through how you cut the changeover time.', 'resume_deep_dive')).toBe('story');
  });

  it("a trade's own rare words are specifics, and business talk is not", () => {
    const boiler =
      'Lockout first means ignition or flame failure, so I read the fault history before touching anything. I check the condensate trap and siphon for blockage, then the flue terminal for recirculation. ' +
      'If those are clear I measure the flame rectification current at the electrode, and a low reading sends me to the electrode gap and the burner gasket before I condemn the gas valve.';
    const signals = computeSignals(boiler);
    expect(signals.tradeTerms.length).toBeGreaterThanOrEqual(3);
    expect(signals.concreteSentences.length).toBeGreaterThan(0);
    expect(dim(ask("Walk me through how you'd diagnose a boiler that keeps locking out.", boiler, 'technical', 'troubleshooting'), 'specificity').score).toBeGreaterThanOrEqual(3);
    expect(computeSignals('We need holistic synergy and proactive stakeholder alignment across every streamlined initiative.').tradeTerms).toEqual([]);
  });

  it('a slip told in the trade\'s own terms is the teller\'s own mistake', () => {
    const q = 'Tell me about a mistake you made in your own work. What happened, and what did you do about it?';
    const tailor =
      'Last winter I took in a wedding dress a bit too tight across the back, because I fitted it over her everyday clothes. The bride rang the week before. I told her it was my measurement, let the seams out that evening at no charge, and now I always fit over what will be worn on the day.';
    expect(missingAsks(q, tailor)).toEqual([]);
  });

  it('"three metres short" and "she wasn\'t pleased" are things going wrong', () => {
    const q = 'Tell me about a job that went wrong. What happened, and what did you do?';
    const curtains = 'I measured a bay for curtains and came out three metres short once the pattern repeat was matched. I found the fabric at another stockist, but the batch differed, and the customer was not pleased. I now order with the repeat allowance written on the job sheet.';
    expect(missingAsks(q, curtains)).toEqual([]);
  });

  it('reasons of your own aimed at the employer answer "why this role?"', () => {
    const q = 'Why do you want this technician role at our piano showroom?';
    const answer = 'Two reasons. I want the regulation and voicing work you do in-house, because at the hire firm I only ever tuned. And you sell restored uprights, which I have rebuilt for six years at weekends, so I am useful on the restoration bench from the first week.';
    expect(dim(ask(q, answer, 'role_fit', 'motivation'), 'relevance').score).toBeGreaterThanOrEqual(3);
  });
});
