import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import type { GapEntry, Profile } from '../../../src/shared/domain.js';

/**
 * Session-10 QA of the resume/JD reader, as a secondary-school teacher moving into
 * learning design: a bracket after the title was read as the employer, "3+ years
 * designing learning experiences (teaching experience counts)" ignored the nine
 * years of teaching, and "authoring tools (Articulate Storyline/Rise, Camtasia)"
 * was read as no skill at all, so a resume listing one of the tools showed none of
 * it. Documents written for this test, in the spirit of the tester's.
 */
const resume = `Tomasz Wren
York, UK · tomasz.wren@example.org · 07700 900456

PROFILE
Secondary geography teacher (11 years) moving into learning design. I plan units and short courses that pupils finish, and I check what they learned.

EXPERIENCE

Head of Humanities, Ashgrove Academy, York — 2019–2025
- Redesigned the Year 8–9 geography scheme of work (72 lessons) around spaced retrieval; end-of-year scores rose from 51% to 63%.
- Led a department of 5 teachers and mentored 3 trainees through their placements.

Geography Teacher (Fieldwork lead), Harlow Park School, Doncaster — 2014–2019
- Taught GCSE and A-level geography to groups of up to 30; A-level pass rate 94%.
- Built a revision course in Microsoft Teams used by 140 students; 68% finished it.

EDUCATION
PGCE Secondary Geography, University of York, 2014

SKILLS
Scheme-of-work design, assessment design, Microsoft Teams, Adobe Captivate (basic), Canva, spreadsheet analysis, mentoring
`;

const jd = `Instructional Designer — Larchmont Insurance (York / hybrid)

Larchmont sells home insurance to 600,000 customers. Our academy trains new claims handlers.

What you'll do
- Build e-learning modules and short videos for new claims handlers.
- Collect feedback from course participants and managers, then iterate on the material.

What you bring
- 4+ years creating training content (classroom teaching experience is welcome).
- A portfolio of storyboards or modules you have built.
- Experience with e-learning tools (Adobe Captivate/Presenter, Vyond) plus an LMS.
- Confident with stakeholder management.
- Bonus: accessibility (WCAG) know-how.
`;

const profile = buildProfile(resume, jd);
const gapIn = (p: Profile, needle: string): GapEntry => {
  const found = p.gaps.find((g) => g.requirement.includes(needle));
  if (!found) throw new Error(`no requirement containing "${needle}"`);
  return found;
};
const gap = (needle: string): GapEntry => gapIn(profile, needle);
const reqs = (...lines: string[]): string => `Requirements:\n${lines.map((l) => `- ${l}`).join('\n')}`;

describe('a bracket after the title is no employer (finding 1)', () => {
  it('reads "Geography Teacher (Fieldwork lead), Harlow Park School, Doncaster" with the school as employer', () => {
    expect(profile.resume.roles.map((r) => [r.title, r.employer])).toEqual([
      ['Head of Humanities', 'Ashgrove Academy'],
      ['Geography Teacher', 'Harlow Park School'],
    ]);
  });

  it('still reads an employer written only in brackets, and a title in brackets after the employer', () => {
    const roles = (header: string): string[] =>
      buildProfile(`Jo Bloggs\nExperience\n${header}\n- Taught 30 pupils a week in small groups.\n`, null).resume.roles.map((r) => `${r.title} @ ${r.employer}`);
    expect(roles('Software Engineer (Larkfield Logistics) 2019 – 2021')).toEqual(['Software Engineer @ Larkfield Logistics']);
    expect(roles('Harlow Park School (Geography Teacher), 2014 – 2019')).toEqual(['Geography Teacher @ Harlow Park School']);
    // The reader writes curly apostrophes straight.
    expect(roles('Staff Nurse (Band 5) | St Anne’s Hospital | 2019 – 2021')).toEqual(["Staff Nurse @ St Anne's Hospital"]);
    expect(roles('Support Agent (Remote), Pennant Gas & Power, 2016 – 2020')).toEqual(['Support Agent @ Pennant Gas & Power']);
  });

  it('reads "Skills: Adobe Captivate (basic)" as Adobe Captivate, not "adobe captivate basic"', () => {
    expect(profile.resume.tools.concat(profile.resume.skills)).toContain('adobe captivate');
    expect(profile.resume.skills.join(' | ')).not.toMatch(/basic/);
  });
});

describe('an accepted alternative counts for a years requirement (finding 2a)', () => {
  it('"4+ years creating training content (classroom teaching experience is welcome)" is met by 11 years of teaching', () => {
    const years = gap('4+ years creating training content');
    expect(years.covered).toBe(true);
    expect(years.evidence[0]).toMatch(/geography teacher \(11 years\)/);
  });

  it('keeps "years must be in the requirement’s subject" when no alternative is named', () => {
    const p = buildProfile(resume, reqs('4+ years creating training content.', '4+ years creating training content (retail experience counts).'));
    expect(p.gaps.map((g) => g.covered)).toEqual([false, false]);
  });

  it('reads a clause that accepts another trade, counted from the roles that show it', () => {
    const shop = `Priya Nand\nExperience\nRetail Sales Assistant, Halden Home Store, Leeds, 2017 – 2022\n- Served about 60 customers a day on the tills and the shop floor.\n`;
    const p = buildProfile(shop, reqs('2+ years in customer support; retail experience also counts.', '2+ years in customer support.', '2+ years in customer support — hospitality experience is welcome.'));
    expect(p.gaps.map((g) => g.covered)).toEqual([true, false, false]);
    expect(p.gaps[0]!.evidence).toEqual(['Retail Sales Assistant, Halden Home Store, Leeds, 2017 – 2022']);
  });

  it('"or equivalent experience" names no subject and loosens nothing', () => {
    const p = buildProfile(resume, reqs('4+ years creating training content (or equivalent experience).', '3+ years in logistics (or equivalent teaching experience).'));
    expect(p.gaps.map((g) => g.covered)).toEqual([false, true]);
  });
});

describe('tools listed in brackets and slashes are skills (finding 2b)', () => {
  it('reads "Adobe Captivate/Presenter, Vyond" as three named tools beside the LMS', () => {
    const tools = profile.job.requirements.find((r) => r.text.includes('e-learning tools'))!;
    expect(tools.skills).toEqual(expect.arrayContaining(['adobe captivate', 'adobe presenter', 'vyond', 'lms']));
  });

  it('is partly shown by one of the tools, naming it and the missing LMS, quoting the Skills line', () => {
    expect(gap('e-learning tools')).toMatchObject({ covered: false, partly: 'your resume shows Adobe Captivate but not LMS' });
    expect(gap('e-learning tools').evidence[0]).toContain('Adobe Captivate (basic)');
  });

  it('is covered with one tool and an LMS, partly with the LMS alone, and not shown with neither', () => {
    const skills = (s: string): string => resume.replace(/^Scheme-of-work design.*$/m, s);
    expect(gapIn(buildProfile(skills('Vyond, Moodle LMS, Canva, mentoring'), jd), 'e-learning tools').covered).toBe(true);
    expect(gapIn(buildProfile(skills('Moodle LMS, Canva, mentoring'), jd), 'e-learning tools')).toMatchObject({
      covered: false,
      partly: 'your resume shows LMS but not e-learning tools',
    });
    expect(gapIn(buildProfile(skills('Canva, mentoring, spreadsheet analysis'), jd), 'e-learning tools')).toMatchObject({ covered: false, evidence: [] });
  });

  it('reads names joined by a slash outside brackets as alternatives', () => {
    const presenter = resume.replace('Adobe Captivate (basic)', 'Adobe Presenter');
    expect(buildProfile(presenter, reqs('Hands-on with Adobe Captivate/Presenter.')).gaps[0]!.covered).toBe(true);
    const none = buildProfile(resume.replace('Adobe Captivate (basic), ', ''), reqs('Hands-on with Adobe Captivate/Presenter.'));
    expect(none.gaps[0]!.covered).toBe(false);
  });
});

describe('the rest stays honestly not shown', () => {
  it('portfolio, stakeholder management and accessibility are not on this resume', () => {
    for (const needle of ['portfolio', 'stakeholder management', 'accessibility']) expect(gap(needle)).toMatchObject({ covered: false, evidence: [] });
  });
});
