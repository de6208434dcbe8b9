import { describe, expect, it } from 'vitest';
import { exampleAnswer } from '../../../src/server/coach/builtin/example-answer.js';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import type { QuestionCategory } from '../../../src/shared/domain.js';

// QA item 13: one story per example, and both halves of a two-part question.
const resume = `Noor Haddad
Senior Backend Engineer

EXPERIENCE
Harbourline Ltd — Senior Backend Engineer (2020–present)
- Mentored 3 junior engineers; one became the team's tech lead within 2 years.
- Designed an idempotent order-events consumer on Kafka that stopped double charges (from ~25 a month to 0).
- Rewrote the invoice renderer from Python to Go, cutting render time from 8 s to 900 ms.

Quayside Books — Developer (2017–2020)
- Ran the on-call rota for 9 engineers and cut night pages by 40% by deleting noisy alerts.
`;
const jd = `Staff Engineer — Platform

Requirements:
- Deep experience with distributed systems and event-driven architecture
- Go and PostgreSQL
`;
const profile = buildProfile(resume, jd);
const ask = (text: string, category: QuestionCategory, competency: string) => exampleAnswer({ question: { text, category, competency }, persona: 'helpful', profile, snippets: [] });
const resumeLines = profile.resume.roles.flatMap((r) => r.lines);

describe('example answers tell one story', () => {
  it('builds the Action from one resume line, not two unrelated ones', () => {
    const ex = ask('Tell me about someone you helped grow. What did you do, and what changed for them?', 'behavioral', 'mentoring');
    expect(ex.basedOn).toHaveLength(1);
    expect(ex.basedOn[0]).toContain('Mentored 3 junior engineers');
    const action = ex.text.split('\n').find((l) => l.startsWith('Action:'))!;
    expect(action).toContain('I mentored 3 junior engineers');
    // No second fact from another line is stitched in.
    for (const line of resumeLines.filter((l) => !l.startsWith('Mentored'))) expect(ex.text).not.toContain(line.slice(0, 30));
  });

  it('keeps the part after a semicolon as the result, in the user’s words', () => {
    const ex = ask('Tell me about someone you helped grow. What did you do, and what changed for them?', 'behavioral', 'mentoring');
    expect(ex.text).toContain('Result: One became the team\'s tech lead within 2 years.');
  });
});

describe('a gap question gets both halves', () => {
  const q = 'The job asks for “Deep experience with distributed systems and event-driven architecture”, which isn’t on your resume. Tell me about the nearest thing you’ve done, and how you would close the gap in your first months.';

  it('starts from the nearest experience (Kafka events for event-driven) and ends with a plan to close the gap', () => {
    const ex = ask(q, 'gap', 'learning');
    expect(ex.basedOn).toEqual([expect.stringContaining('order-events consumer on Kafka')]);
    const lines = ex.text.split('\n');
    const plan = lines.find((l) => l.startsWith('Closing the gap:'));
    expect(plan).toBeDefined();
    expect(plan).toContain('“Deep experience with distributed systems and event-driven architecture”');
    expect(lines.indexOf(plan!)).toBe(lines.length - 1);
    // The plan is the user's to fill in: placeholders, no invented facts.
    expect(plan!.replace(/\[[^\]]*\]/g, '')).not.toMatch(/\d/);
    for (const p of plan!.match(/\[[^\]]+\]/g) ?? []) expect(ex.placeholders).toContain(p);
  });

  it('a story question without a gap half gets no gap plan', () => {
    expect(ask('Tell me about a time you made a slow service faster.', 'behavioral', 'technical_depth').text).not.toContain('Closing the gap');
  });
});
