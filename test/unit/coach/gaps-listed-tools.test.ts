import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import type { GapEntry } from '../../../src/shared/domain.js';

/**
 * Session 8: "Experience with Zendesk or a similar help desk" was "not shown" although
 * the resume's Skills section listed Zendesk — the lexicon does not know Zendesk, so
 * the requirement was read as three keywords (zendesk, help, desk) needing a majority.
 * A tool the Skills section lists counts as shown for a requirement naming it.
 */
const resume = (skills: string): string => `Rhiannon Pryce
rhiannon.pryce@example.org · Exeter, UK

Experience
Service Desk Lead — Harrowgate Water, Exeter (2021 – present)
- Rebuilt the out-of-hours rota so no shift ran with fewer than 3 people.

Skills
${skills}
`;

const jd = `Support Manager — Saltmarsh Rail

Requirements
- Experience with Zendesk or a similar help desk
- Experience with Freshdesk and Salesforce
- Fluent Welsh
- Experience with rota software, payroll exports and forecasting
`;

const gap = (skills: string, needle: string): GapEntry => buildProfile(resume(skills), jd).gaps.find((g) => g.requirement.includes(needle))!;

describe('gap map — tools listed in the Skills section', () => {
  it('counts a listed tool the lexicon does not know as shown, quoting the Skills line', () => {
    const zendesk = gap('Zendesk, SQL, shift planning, coaching', 'Zendesk');
    expect(zendesk.covered).toBe(true);
    expect(zendesk.evidence).toEqual(['Zendesk, SQL, shift planning, coaching']);
  });

  it('quotes the item as written when the Skills line is too short to be a content line', () => {
    expect(gap('Zendesk', 'Zendesk')).toMatchObject({ covered: true, evidence: ['Skills: Zendesk'] });
  });

  it('is partly shown when the resume lists one of two named tools, and names each as the JD writes it', () => {
    const both = gap('Freshdesk, SQL', 'Freshdesk');
    expect(both).toMatchObject({ covered: false, partly: 'your resume shows Freshdesk but not Salesforce' });
  });

  it('counts a listed language named in the requirement', () => {
    expect(gap('Welsh, English, SQL', 'Welsh').covered).toBe(true);
  });

  it('stays not shown when the resume does not list the tool', () => {
    expect(gap('SQL, shift planning', 'Zendesk')).toMatchObject({ covered: false, evidence: [] });
    expect(gap('SQL, shift planning', 'Welsh')).toMatchObject({ covered: false, evidence: [] });
  });

  it('does not let a listed phrase the requirement writes in lower case decide it alone', () => {
    // Keywords rota, software, payroll: the resume shows one of three, so not shown, "forecasting" listed or not.
    expect(gap('forecasting, SQL', 'forecasting').covered).toBe(false);
  });
});
