import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { personalCandidates } from '../../../src/server/coach/builtin/questions/personal.js';

/**
 * Session 8: "Practise your weakest" asked "At Customer Support Agent, you resolved
 * about 60 tickets a day…" — the second role's title had been read as its employer.
 * Deep-dive questions name the employer ("At <employer>, you…"), never a job title.
 */
const resume = `Rhiannon Pryce
rhiannon.pryce@example.org · Exeter, UK

Experience
Service Desk Lead — Harrowgate Water, Exeter (2021 – present)
- Rebuilt the out-of-hours rota so no shift ran with fewer than 3 people.

Customer Support Agent – Pennant Gas & Power, Swansea, 2015 – 2021
- Answered roughly 70 billing calls a day and kept a 94% satisfaction rating.
`;

const jd = `Customer Care Manager — Saltmarsh Rail

Requirements
- 3+ years leading customer support teams
`;

describe('question seeds name each role by its employer', () => {
  const texts = personalCandidates(buildProfile(resume, jd), []).map((c) => c.q.text);

  it('opens a deep-dive on the second role with its employer', () => {
    const calls = texts.filter((t) => t.includes('70 billing calls'));
    expect(calls.length).toBeGreaterThan(0);
    for (const t of calls) expect(t).toMatch(/^At Pennant Gas & Power, you answered roughly 70 billing calls/);
  });

  it('never uses a job title where the employer belongs', () => {
    expect(texts.join('\n')).not.toMatch(/At (?:Customer Support Agent|Service Desk Lead)\b/);
    expect(texts).toContain('After Service Desk Lead at Harrowgate Water, why is Customer Care Manager the right next step for you?');
  });
});
