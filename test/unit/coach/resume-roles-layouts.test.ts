import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { roleLabel } from '../../../src/server/coach/builtin/profile.js';

/**
 * Session 8: a second role headed "Customer Support Agent — <employer>, <town> (dates)"
 * came out with an empty title and the title as its employer ("agent" was no job noun),
 * so the study guide printed ", Customer Support Agent (…)" and a question began "At
 * Customer Support Agent, you…". Every layout below keeps title and employer in place.
 */
const resumeWith = (second: string): string => `Rhiannon Pryce
rhiannon.pryce@example.org · Exeter, UK

Experience
Service Desk Lead — Harrowgate Water, Exeter (2021 – present)
- Rebuilt the out-of-hours rota so no shift ran with fewer than 3 people.

${second}
- Answered roughly 70 billing calls a day and kept a 94% satisfaction rating.
`;

const layouts: ReadonlyArray<readonly [string, string]> = [
  ['em dash, town, dates in brackets', 'Customer Support Agent — Pennant Gas & Power, Swansea (2015 – 2021)'],
  ['en dash, dates without brackets', 'Customer Support Agent – Pennant Gas & Power, Swansea, 2015 – 2021'],
  ['hyphens throughout', 'Customer Support Agent - Pennant Gas & Power - Swansea - 2015-2021'],
  ['pipes with months', 'Customer Support Agent | Pennant Gas & Power | Swansea | Mar 2015 – Jan 2021'],
  ['commas, square brackets', 'Customer Support Agent, Pennant Gas & Power, Swansea [2015 – 2021]'],
  ['employer first', 'Pennant Gas & Power — Customer Support Agent (2015 – 2021)'],
  ['"at", town and country', 'Customer Support Agent at Pennant Gas & Power, Swansea, UK (2015 to 2021)'],
  ['three lines', 'Customer Support Agent\nPennant Gas & Power, Swansea\n2015 – 2021'],
  ['dates first', '2015 – 2021\nCustomer Support Agent, Pennant Gas & Power'],
];

describe('role headers in several layouts', () => {
  for (const [name, header] of layouts) {
    it(`reads title and employer: ${name}`, () => {
      const roles = buildProfile(resumeWith(header), null).resume.roles;
      expect(roles.map((r) => [r.title, r.employer])).toEqual([
        ['Service Desk Lead', 'Harrowgate Water'],
        ['Customer Support Agent', 'Pennant Gas & Power'],
      ]);
      expect(roles[1]!.lines).toEqual(['Answered roughly 70 billing calls a day and kept a 94% satisfaction rating.']);
    });
  }

  it('takes the fragment beside a company-like name as the title when neither has a job noun', () => {
    const roles = (h: string): string[] => buildProfile(resumeWith(h), null).resume.roles.slice(1).map((r) => `${r.title} @ ${r.employer}`);
    expect(roles('Night Porter, Quayside Hotel, Tenby (2012 – 2015)')).toEqual(['Night Porter @ Quayside Hotel']);
    expect(roles('Quayside Hotel — Night Porter (2012 – 2015)')).toEqual(['Night Porter @ Quayside Hotel']);
  });

  it('keeps a lone job title as the title, not the employer', () => {
    const [, role] = buildProfile(resumeWith('Customer Support Agent (2015 – 2021)'), null).resume.roles;
    expect(role).toMatchObject({ title: 'Customer Support Agent', employer: '' });
  });
});

describe('roleLabel', () => {
  it('writes "Title at Employer (dates)" and never leaves stray punctuation', () => {
    expect(roleLabel({ title: 'Customer Support Agent', employer: 'Pennant Gas & Power', dates: '2015 – 2021' })).toBe('Customer Support Agent at Pennant Gas & Power (2015 – 2021)');
    expect(roleLabel({ title: 'Customer Support Agent', employer: '', dates: '2015 – 2021' })).toBe('Customer Support Agent (2015 – 2021)');
    expect(roleLabel({ title: '', employer: 'Pennant Gas & Power', dates: '' })).toBe('Pennant Gas & Power');
    expect(roleLabel({ title: '', employer: '', dates: '2015 – 2021' })).toBe('A role (2015 – 2021)');
  });

  it('labels every role of the resume with its title and employer', () => {
    const labels = buildProfile(resumeWith(layouts[0]![1]), null).resume.roles.map(roleLabel);
    expect(labels).toEqual(['Service Desk Lead at Harrowgate Water (2021 – present)', 'Customer Support Agent at Pennant Gas & Power (2015 – 2021)']);
  });
});
