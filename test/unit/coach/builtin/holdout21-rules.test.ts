/**
 * Rules from holdout21's blind read (session 11), each tested on answers written for this test in
 * trades no labelled set uses: an own action told beside a planned one ("I offered a way through:
 * we would do the rebar first") is something done, so a clear disagreement story is not called off
 * topic; a situational plan that answers the scenario in its own words ("her sister", "consent") is
 * not a generic plan; and "a time you changed your plan because of feedback" needs someone's feedback.
 */
import { describe, expect, it } from 'vitest';
import { ask, dim } from './ask-coach.js';
import { missingAsks } from '../../../../src/server/coach/builtin/evaluate/asks-for.js';
import { doneActions } from '../../../../src/server/coach/builtin/evaluate/own-actions.js';


describe('holdout21 rules', () => {
  it('an own action beside a planned one is something done', () => {
    expect(doneActions(['I offered a way through: we would do the gravel run first and I would ring him after.'])).toHaveLength(1);
    expect(doneActions(['I would ring him after the gravel run.'])).toEqual([]);
    const q = 'Tell me about a time you disagreed with the site foreman about whether a pour should go ahead. What did you do?';
    const story =
      'Last October on a school extension the foreman wanted the slab poured at four with rain forecast from five. The spec needed six hours dry for that mix. ' +
      'I offered a way through: we would pour the small plinths that afternoon, and I would book the pump for seven the next morning. ' +
      'He grumbled about the programme but agreed. The slab went down dry the next day and passed its cube tests, and the foreman now checks the forecast at the morning briefing.';
    expect(dim(ask(q, story, 'behavioral', 'conflict'), 'relevance').score!).toBeGreaterThanOrEqual(3);
  });

  it('a plan that answers the scenario in its own words is not a generic plan', () => {
    const q =
      'What would you do if a tenant with a newly diagnosed mobility condition told you she does not want her landlord told, even though the adaptations she needs depend on his consent?';
    const plan =
      'I would start by asking what worries her about him knowing: often it is the rent review or an old dispute, and that changes what helps. ' +
      'I would explain what the adaptations require from the landlord and offer options that keep her in charge: a letter we draft together, me speaking to him with her permission, or a grant route that asks for less detail. ' +
      'I would record the conversation and come back to it at the next visit.';
    const relevance = dim(ask(q, plan, 'situational', 'ethics'), 'relevance');
    expect(relevance.advice).not.toMatch(/^This plan would fit any question/);
    expect(relevance.score!).toBeGreaterThanOrEqual(3);
  });

  it('"changed your plan because of feedback" needs someone to have said something', () => {
    const q = 'Tell me about a time you changed a route plan because of feedback from a walker or a parent.';
    const rescue =
      'On a fell walk last May a boy slipped on wet scree and twisted his ankle. I halted the group, strapped the ankle and split the party so my assistant took the others down the bridleway. I carried his pack and we reached the car park in an hour.';
    const heard =
      'After our first spring walk a parent emailed us that the scree descent had frightened her daughter. I rewalked it, swapped the descent for the bridleway, and added a rest stop; the next group finished with no one upset.';
    expect(missingAsks(q, rescue)).toEqual(['feedback_change']);
    expect(missingAsks(q, heard)).toEqual([]);
    expect(dim(ask(q, rescue, 'behavioral', 'adaptability'), 'relevance').advice).toMatch(/^The question asks about changing your plan because of someone’s feedback/);
  });
});
