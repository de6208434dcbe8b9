/**
 * Answers that look complete without telling anything: an example answer pasted back with its
 * [placeholders], and a list of bare claims. Both were found by an exploratory test in session 7
 * (3.5 with "No changes suggested", and 3.3 with "dense with verifiable specifics").
 * Answers written for this test.
 */
import { describe, expect, it } from 'vitest';
import { scoreAnswer } from '../../../../src/server/coach/builtin/evaluate.js';
import { claimLists, isClaimList, placeholdersIn } from '../../../../src/server/coach/builtin/evaluate/template-talk.js';
import { CAPS } from '../../../../src/server/coach/builtin/evaluate/rubric.js';
import { emptyProfile } from '../../../../src/server/coach/builtin/profile.js';

const question = { text: 'Tell me about a time you helped someone on your team grow.', category: 'behavioral' as const, competency: 'mentoring' };
const score = (answer: string) => scoreAnswer({ question, answer, persona: 'helpful', profile: emptyProfile(), snippets: [] });

const FILLED = 'At a ferry operator I ran the booking desk, and a new clerk, Aisha, froze on angry calls. I sat with her for two shifts, wrote her a one-page script for the five commonest complaints, and let her take calls while I listened on the second headset. After three weeks she handled them alone, and her call-backs fell from eleven a week to two. I learned to teach from real calls, not from the manual.';
const TEMPLATE = 'Situation: At a ferry operator, where I ran the booking desk, [what was at stake, and for whom].\n\nTask: My responsibility was [the goal you owned and the constraint you faced].\n\nAction: I sat with a new clerk for two shifts and wrote a one-page script for the five commonest complaints. [One decision you made yourself, and why].\n\nResult: Her call-backs fell from eleven a week to two.\n\nImpact: [what it changed for the team, and what you learned].';
const CLAIMS = 'Situation: a busy booking desk. Task: I owned the coaching. Action: I coached, I planned, I scripted, I reviewed, I measured, I drove adoption across 3 desks and 14 clerks using the new booking system. Result: 80% fewer call-backs, 30% faster calls, 2 promotions, 100% retention, complaints down 40 points in 6 weeks. Impact: I learned that coaching matters and now I always measure everything.';

describe('unfilled template', () => {
  it('finds bracketed gaps of two or more words, not a one-word aside', () => {
    expect(placeholdersIn(TEMPLATE)).toHaveLength(4);
    expect(placeholdersIn('We used the [sic] figures from finance.')).toEqual([]);
    expect(placeholdersIn(FILLED)).toEqual([]);
  });

  it('caps an example answer pasted back with its placeholders, however good the rest is', () => {
    const s = score(TEMPLATE);
    expect(s.caps).toContain('unfilled_template');
    expect(s.overall).toBeLessThanOrEqual(CAPS.templateMax);
    expect(score(FILLED).overall).toBeGreaterThan(s.overall + 1);
  });
});

describe('lists of bare claims', () => {
  it('finds runs of four or more bare "I verb" or figure items in one sentence', () => {
    const lists = claimLists(['Action: I coached, I planned, I scripted, I reviewed, I measured.', 'Result: 80% fewer call-backs, 30% faster calls, 2 promotions, 100% retention.']);
    expect(lists.map((l) => l.own)).toEqual([true, false]);
    expect(isClaimList(lists)).toBe(true);
  });

  it('lets one result line of figures stand, and a story of own actions with objects', () => {
    const result = claimLists(['In the end we had 40% fewer errors, 30% lower cost, 12 fewer pages a week, and 2 happier on-call engineers.']);
    expect(isClaimList(result)).toBe(false);
    expect(claimLists(['I sat with her, I wrote a script, I listened on the second headset, I gave feedback after each call.'])).toEqual([]);
  });

  it('caps the rubric part of an answer made of claims, and it scores below the story it stands in for', () => {
    const s = score(CLAIMS);
    expect(s.caps).toContain('claim_list');
    expect(score(FILLED).overall).toBeGreaterThan(s.overall + 1);
  });
});
