/**
 * Example answers shaped like their question and built from the story that is about its topic
 * (session 10: a teacher's "why is this the right next step", "your first 90 days" and "a time
 * you designed training for adults" all got the same STAR story of a failed pilot). The people,
 * employers, stories and job descriptions are written for this test, in four trades.
 */
import { describe, expect, it } from 'vitest';
import { exampleAnswer } from '../../../src/server/coach/builtin/example-answer.js';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import type { GroundingSnippet } from '../../../src/server/coach/coach.js';
import type { ExampleAnswer, Profile, QuestionCategory } from '../../../src/shared/domain.js';

const TEACHER_RESUME = `Priya Nair
Sheffield · priya.nair@example.com

EXPERIENCE
English Teacher, Hillside School, Sheffield — 2017–2025
- Designed a Year 9 reading scheme of 24 lessons used by 5 teachers.
- Ran a weekly revision club for 30 Year 11 students; 85% passed English Language.
- Led the department's marking moderation for three years.
`;
const TEACHER_JD = `Learning and Development Specialist — Calder Water

What you'll do
- Design and deliver training workshops for engineers and customer service staff.
- Measure the impact of training through assessments and feedback surveys.
- Keep the learning management system up to date.
`;
const TEACHER_STORIES: GroundingSnippet[] = [
  {
    id: 'scheme',
    text: 'Rewriting the Year 9 reading scheme:\nIn 2021 I designed a new Year 9 reading scheme around short texts. I wrote 24 lessons and explained the changes to the department at the time. It did not land at first: the lessons were too long. Next time I would pilot two lessons first.',
  },
  {
    id: 'parents',
    text: 'Reading workshops for parents:\nParents kept asking how to help with reading at home, so I designed two evening workshops for 35 parents. I kept each to 40 minutes, modelled a reading session with a volunteer and gave every family a card of questions to ask. Afterwards 80% of the parents who came said they read with their child more often.',
  },
];

const NURSE_RESUME = `Tomasz Wolak
Leeds

EXPERIENCE
Staff Nurse, Northgate Hospital, Leeds — 2018–2025
- Cared for up to 8 patients a shift on a 28-bed surgical ward.
- Ward link nurse for infection control; hand hygiene audit scores rose from 82% to 97%.
`;
const NURSE_JD = `Clinical Nurse Educator — Riverside Hospital

Responsibilities
- Plan and run induction training for newly qualified nurses.
- Assess staff competency on medical devices such as infusion pumps.
- Audit medication safety and share the lessons with ward teams.
`;
const NURSE_STORIES: GroundingSnippet[] = [
  {
    id: 'insulin',
    text: 'A medication error I caught:\nAt the time I was new to nights. I noticed a colleague had drawn up ten times the prescribed insulin. I stopped her, we checked it together and I told the nurse in charge. Since then I coach every new colleague on double checks, every time.',
  },
  {
    id: 'pumps',
    text: 'Teaching new starters the infusion pumps:\nOur ward got new infusion pumps in 2022 and our two newly qualified nurses were nervous about them. I trained them at the bedside over three shifts: first watching me, then doing it with me, then alone with me checking. Neither had a pump error in their first six months.',
  },
];

const WAREHOUSE_RESUME = `Dele Adeyemi
Doncaster

EXPERIENCE
Shift Supervisor, Brightline Distribution, Doncaster — 2019–2025
- Supervised a night shift of 24 pickers and 6 forklift drivers.
- Cut mis-picks from 1.2% to 0.4% by re-slotting fast-moving items.
`;
const WAREHOUSE_STORIES: GroundingSnippet[] = [
  {
    id: 'picks',
    text: 'Cutting mis-picks on nights:\nI improved pick accuracy on the night shift by moving the fastest-moving items to waist height. It took time: three times I had to re-slot the aisle. Mis-picks fell from 1.2% to 0.4%.',
  },
  {
    id: 'forklift',
    text: 'Forklift near miss in aisle 14:\nAfter a forklift nearly hit a picker in 2023, I made pedestrian safety my first job on the shift. I walked the routes with the drivers, brought in one-way aisles and painted crossings. Near misses logged went from 9 a quarter to 2.',
  },
];

const CHEF_STORIES: GroundingSnippet[] = [
  {
    id: 'wedding',
    text: 'A wedding service that nearly went wrong:\nAt a 120-cover wedding in 2022 the oven failed halfway through the mains. I moved the lamb to the grill, re-timed the plates and told the front of house to slow the speeches. Every table was served within 12 minutes of plan.',
  },
  {
    id: 'menu',
    text: 'Costing the autumn menu:\nI re-costed all 40 dishes on the autumn menu against supplier prices and dropped the six with the thinnest margins. Gross margin rose from 62% to 70% over the season.',
  },
];

type Ask = (text: string, category: QuestionCategory, competency: string) => ExampleAnswer;

function asker(profile: Profile, snippets: GroundingSnippet[]): Ask {
  return (text, category, competency) => exampleAnswer({ question: { text, category, competency }, persona: 'helpful', profile, snippets });
}

const teacher = asker(buildProfile(TEACHER_RESUME, TEACHER_JD), TEACHER_STORIES);
const nurse = asker(buildProfile(NURSE_RESUME, NURSE_JD), NURSE_STORIES);
const warehouse = asker(buildProfile(WAREHOUSE_RESUME, null), WAREHOUSE_STORIES);
const chef = asker(buildProfile(null, null), CHEF_STORIES);

/** Every figure outside a [placeholder] appears in the user's documents or stories: nothing invented. */
function expectOnlyTheirFigures(ex: ExampleAnswer, ...sources: string[]): void {
  const figures = ex.text.replace(/\[[^\]]*\]/g, '').match(/\d[\d,.%]*/g) ?? [];
  for (const f of figures) expect(sources.some((s) => s.includes(f.replace(/[.,]$/, '')))).toBe(true);
}

const STAR_LINE = /^(?:Situation|Task|Action|Result|Impact):/m;
const stories = (list: GroundingSnippet[]): string => list.map((s) => s.text).join('\n');

describe('a story question gets the story about its topic', () => {
  it('teacher: "designed training for adults" is the parents’ workshops, not the scheme that shares "designed", "time" and "wrote"', () => {
    const ex = teacher('Tell me about a time you designed training for adults.', 'behavioral', 'communication');
    expect(ex.basedOn).toEqual(['snippet:parents']);
    expect(ex.text).toContain('two evening workshops for 35 parents');
    expect(ex.text).not.toContain('reading scheme');
  });

  it('nurse: "trained a new colleague" is the infusion-pump teaching, not the error story full of "new", "colleague" and "time"', () => {
    const ex = nurse('Tell me about a time you trained a new colleague.', 'behavioral', 'mentoring');
    expect(ex.basedOn).toEqual(['snippet:pumps']);
    expect(ex.text).toContain('I trained them at the bedside over three shifts');
  });

  it('warehouse: "improved safety" is the forklift story, not the one that "improved pick accuracy"', () => {
    const ex = warehouse('Tell me about a time you improved safety on site.', 'behavioral', 'ownership');
    expect(ex.basedOn).toEqual(['snippet:forklift']);
    expect(ex.text).toContain('one-way aisles');
  });

  it('says so when nothing of the user’s is about the question: a template with placeholders, no story', () => {
    const ex = warehouse('Tell me about a time you negotiated a contract with a supplier.', 'behavioral', 'negotiation');
    expect(ex.basedOn).toEqual([]);
    expect(ex.text).toMatch(/^Situation: At \[employer\], where I worked as \[your title\]/);
    expect(ex.text).not.toMatch(/forklift|mis-picks|Brightline/i);
    expect(ex.text.replace(/\[[^\]]*\]/g, '')).not.toMatch(/\d/);
  });
});

describe('a motivation question: why this role, what I bring, what I want next', () => {
  const q = 'After English Teacher at Hillside School, why is Learning and Development Specialist the right next step for you?';

  it('names the role and quotes its responsibilities, brings one matching story in the user’s words, and leaves the wish to them', () => {
    const ex = teacher(q, 'role_fit', 'motivation');
    const lines = ex.text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Why this role: .*the Learning and Development Specialist role at Calder Water/);
    expect(lines[0]).toContain('“Design and deliver training workshops for engineers and customer service staff”');
    expect(lines[1]).toMatch(/^What I bring: Parents kept asking how to help with reading at home, so I designed two evening workshops for 35 parents\. Afterwards 80%/);
    expect(lines[2]).toMatch(/^What I want next: \[[^\]]+\]\.$/);
    expect(ex.text).not.toMatch(STAR_LINE);
    expect(ex.basedOn[0]).toBe('snippet:parents');
    expect(ex.basedOn).toContain('job description: Design and deliver training workshops for engineers and customer service staff.');
    expectOnlyTheirFigures(ex, TEACHER_RESUME, TEACHER_JD, stories(TEACHER_STORIES));
  });

  it('without a job description, the role and the employer are placeholders, not guesses', () => {
    const ex = chef('Why do you want to work in our kitchen?', 'role_fit', 'motivation');
    expect(ex.text).toMatch(/^Why this role: What draws me to the \[role\] role at \[company\] is \[/);
    expect(ex.text).not.toMatch(STAR_LINE);
    expect(ex.placeholders).toEqual(expect.arrayContaining(['[role]', '[company]']));
    // The page marks a placeholder of up to 80 characters (web/src/lib/marks.ts); a longer one would read as the user's words.
    for (const p of ex.placeholders) expect(p.length).toBeLessThanOrEqual(82);
  });
});

describe('a plan question: first, then, by the end', () => {
  it('first 90 days: steps in order tied to the job’s own responsibilities, and one line of the user’s matching experience', () => {
    const ex = nurse('What would you want to have achieved in your first 90 days as a clinical nurse educator?', 'situational', 'ambiguity');
    const lines = ex.text.split('\n');
    expect(lines.map((l) => l.split(':')[0])).toEqual(['First', 'Then', 'By the end', 'Experience']);
    expect(lines[1]).toMatch(/“(?:Plan and run induction training for newly qualified nurses|Assess staff competency on medical devices such as infusion pumps)”/);
    expect(lines[3]).toContain('I trained them at the bedside over three shifts');
    expect(ex.basedOn[0]).toBe('snippet:pumps');
    expect(ex.text).not.toMatch(STAR_LINE);
    expectOnlyTheirFigures(ex, NURSE_RESUME, NURSE_JD, stories(NURSE_STORIES));
  });

  it('a situation: steps as placeholders, and no experience line when nothing of the user’s really matches', () => {
    const ex = chef('What would you do if a kitchen porter kept arriving late for the breakfast shift?', 'situational', 'problem_solving');
    const lines = ex.text.split('\n');
    expect(lines.map((l) => l.split(':')[0])).toEqual(['First', 'Then', 'By the end']);
    for (const l of lines) expect(l).toMatch(/\[[^\]]+\]/);
    expect(ex.basedOn).toEqual([]);
    expect(ex.text).not.toMatch(/wedding|oven|menu/);
  });
});
