/**
 * A story the candidate only watched: session 7's exploratory test answered "a time you chose
 * between urgent priorities" with a football match report and got 2.9, ownership 3 and "a
 * measured result tied to your actions". Answers written for this test.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, scoreAnswer } from '../../../../src/server/coach/builtin/evaluate.js';
import { onlyOnlooking } from '../../../../src/server/coach/builtin/evaluate/own-actions.js';
import { CAPS } from '../../../../src/server/coach/builtin/evaluate/rubric.js';
import { emptyProfile } from '../../../../src/server/coach/builtin/profile.js';

const question = { text: 'Tell me about a time you had to choose between several urgent priorities.', category: 'behavioral' as const, competency: 'prioritization' };
const request = (answer: string) => ({ question, answer, persona: 'helpful' as const, profile: emptyProfile(), snippets: [] });
const dim = (answer: string, key: string) => scoreAnswer(request(answer)).dimensions.find((d) => d.key === key);

const MATCH =
  'On Sunday I watched Bristol Rovers play at home against Exeter. We were 1-0 down after twenty minutes, but the manager took off a striker, moved to five at the back, and we scored twice in the last ten minutes to win 2-1. There were about 9,000 people in the ground and the noise at the end was unbelievable.';
const OWN =
  'On a Monday at the depot I had two urgent jobs: a refrigerated trailer with a failing compressor and a payroll file due to the bank by noon. I watched the trailer temperature for ten minutes, saw it climbing, and moved the chilled stock to a spare unit first because it would spoil within the hour. I then rang the bank, agreed a 2pm cut-off, and sent the payroll file at 1:40. Nothing spoiled and nobody was paid late.';

describe('a story the candidate only watched', () => {
  it('tells looking on from taking part', () => {
    expect(onlyOnlooking(MATCH)).toBe(true);
    expect(onlyOnlooking(OWN)).toBe(false);
    expect(onlyOnlooking('I watched some tutorials and read the docs, and then I started changing our build.')).toBe(false);
    expect(onlyOnlooking('We shipped it on time.')).toBe(false);
  });

  it('gives no ownership, no result of theirs, no topic floor and a low overall', () => {
    const s = scoreAnswer(request(MATCH));
    expect(s.overall).toBeLessThanOrEqual(CAPS.onlookerMax);
    expect(s.caps).toContain('onlooker');
    expect(dim(MATCH, 'ownership')?.score).toBe(1);
    expect(dim(MATCH, 'relevance')?.score).toBe(1);
    expect(dim(MATCH, 'result_impact')?.score).toBeLessThanOrEqual(2);
    // A measured ending ("which lifted us to sixth") is still the team's result, not theirs.
    expect(dim(`${MATCH} The result lifted us to sixth in the table, which meant a lot to the fans.`, 'result_impact')).toMatchObject({ score: 2, note: 'not_yours' });
  });

  it('says why in the summary and never calls the match score a strength of theirs', () => {
    const fb = evaluate(request(MATCH));
    expect(fb.summary).toMatch(/only watched or attended/);
    expect(fb.strengths.join(' ')).not.toMatch(/Result & impact/);
  });

  it('leaves a real priorities story, where watching was one step, alone', () => {
    const s = scoreAnswer(request(OWN));
    expect(s.caps).not.toContain('onlooker');
    expect(s.overall).toBeGreaterThan(3);
    expect(dim(OWN, 'ownership')?.score).toBeGreaterThanOrEqual(3);
  });
});
