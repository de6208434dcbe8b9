import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';

/**
 * Session 8: a support resume whose Skills section listed "coaching" and "incident
 * communication" came out with the skills "mentoring" (the lexicon's name for
 * coaching), "communication" and "operations" (a word of the job title "Support
 * Operations Lead"). Skills are what the resume says: its Skills items as written,
 * and lexicon skills a content line names in its own words.
 */
const resume = `Rhiannon Pryce
rhiannon.pryce@example.org · Exeter, UK

Experience
Support Operations Lead — Harrowgate Water, Exeter (2021 – present)
- Rebuilt the out-of-hours rota so no shift ran with fewer than 3 people.
- Mentored two new shift leads through their first winter.

Customer Support Agent — Pennant Gas & Power, Swansea (2015 – 2021)
- Answered roughly 70 billing calls a day and kept a 94% satisfaction rating.

Skills
Zendesk, SQL, shift planning, coaching, incident communication
`;

describe('resume skills are what the resume says', () => {
  const { skills, tools } = buildProfile(resume, null).resume;

  it('keeps every Skills item, in the resume words', () => {
    expect(skills).toEqual(expect.arrayContaining(['zendesk', 'shift planning', 'coaching', 'incident communication']));
    expect(tools).toContain('sql');
  });

  it('adds no skill the resume does not name: not a job-title word, not a lexicon synonym, not a part of an item', () => {
    expect(skills).not.toContain('operations');
    expect(skills).not.toContain('communication');
  });

  it('keeps a lexicon skill a bullet names in its own words ("Mentored" → mentoring)', () => {
    expect(skills).toContain('mentoring');
    const withoutBullet = resume.replace('- Mentored two new shift leads through their first winter.\n', '');
    expect(buildProfile(withoutBullet, null).resume.skills).not.toContain('mentoring');
  });

  it('still reads a skill from a summary sentence, outside any role header', () => {
    const summary = resume.replace('Experience\n', 'Summary\nSupport lead who runs operations for regulated utilities.\n\nExperience\n');
    expect(buildProfile(summary, null).resume.skills).toContain('operations');
  });
});
