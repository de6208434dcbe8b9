import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';

/**
 * A "7+ years" requirement checked against dated roles quotes each role once,
 * in the resume's own words: the PDF header line, not a re-assembled
 * "Title — Employer (dates)", and not again through a summary sentence that
 * names the same title at the same employer.
 */
const resume = `Dana Reyes
dana.reyes@example.org

Summary
Backend Engineer at Larkfield Logistics, building route planning services in Go.

Experience
Backend Engineer — Larkfield Logistics 2019–2024
• Built the routing API in Go and PostgreSQL, serving 3 million requests a day
Software Engineer — Pemberton Bank 2015–2019
• Wrote the overnight settlement jobs in Java
`;

const jd = `Requirements:
- 7+ years of backend engineering experience
- 12+ years of backend engineering experience`;

describe('years requirement evidence', () => {
  it('lists each role once, as the resume writes it', () => {
    const seven = buildProfile(resume, jd).gaps.find((g) => g.requirement.startsWith('7+'))!;
    expect(seven.covered).toBe(true);
    expect(seven.evidence).toEqual(['Backend Engineer — Larkfield Logistics 2019–2024', 'Software Engineer — Pemberton Bank 2015–2019']);
  });

  it('still lists each role once when the years fall short', () => {
    const twelve = buildProfile(resume, jd).gaps.find((g) => g.requirement.startsWith('12+'))!;
    expect(twelve).toMatchObject({ covered: false, partly: 'your dated roles add up to about 9 years' });
    expect(twelve.evidence).toEqual(['Backend Engineer — Larkfield Logistics 2019–2024', 'Software Engineer — Pemberton Bank 2015–2019']);
  });

  it('counts two stints under one title and employer as one role, and joins header lines of a split layout', () => {
    const split = `Experience
Backend Engineer
Larkfield Logistics
2021 – 2024
- Led the depot scheduler rewrite
Backend Engineer, Larkfield Logistics
2014 – 2017
- Maintained the label printing service
Support Analyst | Harrow Freight | 2017 – 2021
- Backend on-call for the tracking API`;
    const gap = buildProfile(split, 'Requirements:\n- 5+ years in backend development').gaps[0]!;
    expect(gap.covered).toBe(true);
    // The roles first, each once; then the line that shows the skill.
    expect(gap.evidence).toEqual(['Backend Engineer · Larkfield Logistics · 2021 – 2024', 'Support Analyst | Harrow Freight | 2017 – 2021', 'Backend on-call for the tracking API']);
  });
});
