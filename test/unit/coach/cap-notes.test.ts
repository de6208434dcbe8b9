import { describe, expect, it } from 'vitest';
import type { EvaluationRequest } from '../../../src/server/coach/coach.js';
import type { Persona } from '../../../src/shared/domain.js';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { evaluate, scoreAnswer } from '../../../src/server/coach/builtin/evaluate.js';
import { backendJd } from './fixtures/jobs.js';
import { classicResume } from './fixtures/resumes.js';

// The summary says why the claim-list and unfilled-template caps held the score, and a template
// answer is told which [placeholder] to fill first.
const profile = buildProfile(classicResume, backendJd);
const PERSONAS: Persona[] = ['helpful', 'ruthless', 'discovery'];

function request(text: string, competency: string, answer: string, persona: Persona = 'helpful'): EvaluationRequest {
  return { question: { text, category: 'behavioral', competency }, answer, persona, profile, snippets: [] };
}

const COACH_Q = 'Tell me about a time you coached a team to improve customer service.';
const CLAIMS =
  'Situation: busy desk. Task: I owned it. Action: I coached, I planned, I scripted, I reviewed, I measured, I drove adoption across 3 desks and 14 clerks. ' +
  'Result: 80% fewer call-backs, 30% faster calls, 2 promotions, 100% retention, complaints down 40 points in 6 weeks.';
const CLAIM_NOTE = 'A list of claims is not a story an interviewer can check: pick one of them and tell what you did, step by step.';

const QUEUE_Q = 'Describe a time you made a slow process faster for customers.';
const FIRST_GAP = '[how many people, at what time of day]';
const SECOND_GAP = '[the number after the change]';
const queueStory = (first: string, second: string): string =>
  `In spring 2023 our returns counter at the Harbour Street store had a queue of ${first} every Saturday. My manager asked me to fix it before the summer sale. ` +
  'I watched the counter for two Saturdays and saw that every refund waited for a supervisor signature. I proposed that senior clerks could sign refunds under 50 pounds, ' +
  `wrote a one-page checklist, and trained the four senior clerks myself over a week. The queue dropped to ${second} by June, and the store manager rolled the checklist out to the two other branches.`;
const TEMPLATE = queueStory(FIRST_GAP, SECOND_GAP);
const TEMPLATE_NOTE = 'The [placeholders] are still empty: fill them with what really happened before you practise this answer.';

describe('claim list cap note', () => {
  it('a list of bare claims is capped as a claim list', () => {
    expect(scoreAnswer(request(COACH_Q, 'coaching', CLAIMS)).caps).toContain('claim_list');
  });

  it.each(PERSONAS)('the %s summary says what to do instead of a list', (persona) => {
    const fb = evaluate(request(COACH_Q, 'coaching', CLAIMS, persona));
    expect(fb.summary).toContain(CLAIM_NOTE);
    expect(fb.summary).not.toContain(TEMPLATE_NOTE);
  });
});

describe('unfilled template cap note and first fix', () => {
  it('an answer with [placeholders] is capped as an unfilled template', () => {
    const s = scoreAnswer(request(QUEUE_Q, 'process improvement', TEMPLATE));
    expect(s.caps).toContain('unfilled_template');
    expect(s.signals.placeholders).toEqual([FIRST_GAP, SECOND_GAP]);
  });

  it.each(PERSONAS)('the %s feedback names the note and leads "What to fix" with the first placeholder, verbatim', (persona) => {
    const fb = evaluate(request(QUEUE_Q, 'process improvement', TEMPLATE, persona));
    expect(fb.summary).toContain(TEMPLATE_NOTE);
    expect(fb.improvements[0]).toMatch(/^Fill in /);
    expect(fb.improvements[0]).toContain(`Fill in ${FIRST_GAP} with what really happened`);
    expect(fb.improvements[0]).toContain(SECOND_GAP);
    // The dimension lines still follow it.
    expect(fb.improvements.length).toBeGreaterThan(1);
  });

  it('a story strong on every dimension but one [gap] still has something to fix: the gap', () => {
    const answer =
      'At Northgate Logistics in 2021 I mentored Priya, a graduate engineer who had joined the billing-service team [how long before] and was stuck on our PostgreSQL migrations. ' +
      'My task was to get her releasing on her own before the March invoice run. I decided to pair with her for forty minutes every morning, and I chose to give her the rollback scripts ' +
      'rather than a small bug, because that was where she struggled. I reviewed each of her pull requests the same day and I wrote a two-page guide to our migration checks with her. ' +
      'Within five weeks she shipped the invoice-batching change on her own, failed migrations dropped from 9 a month to 1, and she led the April release. ' +
      'What I learned is that a hard first task with close support works better than easy tickets; now I plan the first month of every new hire that way.';
    const req = request('Tell me about a time you helped a new colleague get up to speed.', 'mentoring', answer);
    const s = scoreAnswer(req);
    // Every dimension is strong, so no dimension line would be written.
    expect(s.dimensions.every((d) => (d.score ?? 0) >= 4)).toBe(true);
    expect(s.caps).toContain('unfilled_template');
    const fb = evaluate(req);
    expect(fb.improvements).toEqual(['Fill in [how long before] with what really happened: the brackets are where your own facts go.']);
    expect(fb.summary).toContain(TEMPLATE_NOTE);
  });

  it('three or more gaps are counted rather than listed', () => {
    const answer = `${TEMPLATE} Looking back, [what you learned] and [what you would do differently] matter most.`;
    const fb = evaluate(request(QUEUE_Q, 'process improvement', answer));
    expect(fb.improvements[0]).toContain(`Fill in ${FIRST_GAP} with what really happened, and the 3 other gaps the same way`);
  });

  it('the same story with the gaps filled has neither the note nor the fill-in line', () => {
    const filled = queueStory('about 25 people at noon', 'six people at the busiest hour');
    const s = scoreAnswer(request(QUEUE_Q, 'process improvement', filled));
    expect(s.caps).not.toContain('unfilled_template');
    const fb = evaluate(request(QUEUE_Q, 'process improvement', filled));
    expect(fb.summary).not.toContain(TEMPLATE_NOTE);
    expect(fb.improvements.some((l) => l.startsWith('Fill in'))).toBe(false);
  });
});
