import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';

/**
 * The candidate's name sits on the header line, alone or with a headline. It is
 * never read as the employer or the title of a role — however the header is laid
 * out — while an employer that merely looks like a person ("Baker & Sons", "Hollis
 * Grant" under an Experience heading) stays an employer.
 */
const roles = (text: string): string[] => buildProfile(text, null).resume.roles.map((r) => `${r.title} @ ${r.employer}`);

const slashHeader = `Dana Reyes / Backend Engineer, Larkfield Logistics
2019 – 2024
- Built the routing API in Go and PostgreSQL, serving 3 million requests a day
- Ran the on-call rotation for the dispatch team`;

const nameThenTitle = `Dana Reyes
Backend Engineer, Larkfield Logistics
2019 – 2024
- Moved the depot scheduler from cron jobs to a queue`;

const dashHeadline = `Dana Reyes — Backend Engineer
Larkfield Logistics
Mar 2019 – Present
- Cut route planning time from 40 minutes to 6`;

const nameThenContact = `DANA REYES
dana.reyes@example.org · +44 7700 900431
Backend Engineer | Larkfield Logistics | 2019 – 2024
- Wrote the carrier rate importer used by 12 depots
Junior Developer | Quayside Parcels | 2017 – 2019
- Kept the label printer service alive`;

const personLikeEmployer = `Tom Whitfield
tom.whitfield@example.com | 07700 900123

Experience
Baker & Sons
Operations Manager
2018 – 2023
- Planned the delivery rota for 40 drivers
Hollis Grant
Shift Supervisor
2015 – 2018
- Trained 9 new starters on the packing line`;

describe('resume header: the candidate name is never an employer or a title', () => {
  it('reads "Name / Title, Company" as the role, without the name', () => {
    expect(buildProfile(slashHeader, null).candidateName).toBe('Dana Reyes');
    expect(roles(slashHeader)).toEqual(['Backend Engineer @ Larkfield Logistics']);
  });

  it('reads the name alone on the first line, then the title line', () => {
    expect(buildProfile(nameThenTitle, null).candidateName).toBe('Dana Reyes');
    expect(roles(nameThenTitle)).toEqual(['Backend Engineer @ Larkfield Logistics']);
  });

  it('reads "Name — Title" with the employer on the next line', () => {
    expect(buildProfile(dashHeadline, null).candidateName).toBe('Dana Reyes');
    expect(roles(dashHeadline)).toEqual(['Backend Engineer @ Larkfield Logistics']);
  });

  it('reads a name with a middle initial', () => {
    const text = 'Dana K. Reyes\nBackend Engineer, Larkfield Logistics\n2019 – 2024\n- Built the depot routing service';
    expect(buildProfile(text, null).candidateName).toBe('Dana K. Reyes');
    expect(roles(text)).toEqual(['Backend Engineer @ Larkfield Logistics']);
  });

  it('reads an upper-case name followed by a contact line', () => {
    const p = buildProfile(nameThenContact, null);
    expect(p.candidateName).toBe('Dana Reyes');
    expect(roles(nameThenContact)).toEqual(['Backend Engineer @ Larkfield Logistics', 'Junior Developer @ Quayside Parcels']);
    for (const r of p.resume.roles) expect(`${r.title} ${r.employer}`).not.toMatch(/dana|reyes/i);
  });

  it('keeps an employer named like a person under an Experience heading', () => {
    const p = buildProfile(personLikeEmployer, null);
    expect(p.candidateName).toBe('Tom Whitfield');
    expect(roles(personLikeEmployer)).toEqual(['Operations Manager @ Baker & Sons', 'Shift Supervisor @ Hollis Grant']);
  });

  it('does not take a company for the name when the resume opens with its Experience heading', () => {
    const headless = `Experience\nHollis Grant\nShift Supervisor\n2015 – 2018\n- Trained 9 new starters on the packing line`;
    const p = buildProfile(headless, null);
    expect(p.candidateName).toBeNull();
    expect(roles(headless)).toEqual(['Shift Supervisor @ Hollis Grant']);
  });
});
