import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { generateQuestions } from '../../../src/server/coach/builtin/questions.js';
import { personalCandidates } from '../../../src/server/coach/builtin/questions/personal.js';
import type { GeneratedQuestion } from '../../../src/shared/domain.js';

/**
 * Session 10: a JD-tied behavioural question glued a responsibility to an unrelated
 * prompt — "This role involves 'Gather feedback from learners and stakeholders and
 * iterate'. Tell me about a time you helped someone on your team grow noticeably." —
 * because the answer vocabulary of mentoring lists "feedback". A line is tied only to
 * a prompt on its own topic, or not at all. JD lines written for this test, from
 * several trades; each names the topic its question must be about.
 */
const TOPIC = {
  feedback: /feedback/,
  mentoring: /helped someone on your team grow/,
  leadership: /led a group of people/,
  stakeholders: /stakeholders/,
  priorities: /several urgent priorities/,
  incident: /serious incident/,
  collaboration: /another team or function/,
  customers: /what customers told you/,
  explaining: /explained something complex/,
  deadline: /tight deadline/,
  data: /used data/,
} as const;

type Topic = keyof typeof TOPIC;

/** Each JD line, and the topics a question quoting it may be about (none: better not tied). */
const LINES: ReadonlyArray<readonly [string, readonly Topic[]]> = [
  ['Collect feedback from course participants and managers, then iterate on the material.', ['feedback']],
  ['Mentor newly qualified nurses on the ward.', ['mentoring']],
  ['Run a team of 14 pickers across two shifts.', ['leadership']],
  ['Present month-end results to the finance director and the board.', ['stakeholders', 'explaining']],
  ['Take part in the on-call rota and lead incident reviews for the card platform.', ['incident']],
  ['Work closely with the buying team on seasonal ranges.', ['collaboration']],
  ['Resolve guest complaints at the front desk.', ['customers']],
  ['Juggle several refurbishment projects at once.', ['priorities']],
  ['Hand over each site fit-out by the agreed deadline.', ['deadline']],
  ['Use footfall data to decide which stores open late.', ['data']],
  // Nothing here is a behavioural topic: "planned", "deliver", "sponsor's" and "teacher" were enough before.
  ['Carry out planned preventive maintenance on site switchgear.', []],
  ['Plan and deliver engaging lessons to mixed-ability classes.', []],
  ['Make sure every study visit follows the sponsor’s SOPs.', []],
  ['We are looking for a Year 5 class teacher to join our friendly team.', []],
];

/** The JD-tied behavioural questions for a JD listing these lines as its responsibilities. */
function tied(lines: readonly string[], title = 'Operations Lead'): GeneratedQuestion[] {
  const jd = `${title} — Harbourside Group\n\nResponsibilities\n${lines.map((l) => `- ${l}`).join('\n')}\n\nRequirements\n- 3+ years in a similar role\n`;
  const software = /engineer/i.test(title);
  return personalCandidates(buildProfile(null, jd), [], software)
    .map((c) => c.q)
    .filter((q) => q.category === 'behavioral' && q.source.kind === 'job_description');
}

describe('a JD line is tied only to a prompt on its topic', () => {
  for (const [line, topics] of LINES) {
    it(`${topics.length > 0 ? topics.join(' or ') : 'no tie'}: ${line}`, () => {
      const qs = tied([line], /on-call/.test(line) ? 'Backend Engineer' : 'Operations Lead');
      if (topics.length === 0) {
        expect(qs).toEqual([]);
        return;
      }
      expect(qs).toHaveLength(1);
      const q = qs[0]!;
      expect(q.source.text).toBe(line);
      expect(q.text).toContain(`“${line.replace(/[.;]\s*$/, '')}”`);
      const prompt = q.text.split('Tell me about a time you ')[1] ?? '';
      expect(topics.some((t) => TOPIC[t].test(prompt))).toBe(true);
    });
  }

  it('ties each line of one JD to a different prompt, never reusing one for a line on another topic', () => {
    const lines = LINES.map(([l]) => l);
    const qs = tied(lines);
    const competencies = qs.map((q) => q.competency);
    expect(new Set(competencies).size).toBe(competencies.length);
    expect(qs.length).toBeGreaterThanOrEqual(8);
    for (const q of qs) {
      const topics = LINES.find(([l]) => l === q.source.text)![1];
      expect(topics.some((t) => TOPIC[t].test(q.text)), q.text).toBe(true);
    }
  });

  it('asks the learning designer about acting on feedback, never about growing a teammate', () => {
    const jd = `Learning Designer — Quillfield Education\n\nWhat you'll do\n- Collect feedback from learners and stakeholders and iterate.\n- Mentor two junior designers.\n\nWhat you bring\n- 2+ years designing courses\n`;
    const resume = `Ana Ruiz\nExperience\nEnglish Teacher, Moorland School, 2015 – 2024\n- Taught 5 classes a week to groups of up to 28.\n`;
    const qs = generateQuestions({ profile: buildProfile(resume, jd), persona: 'helpful', questionType: 'behavioral', difficulty: 'medium', count: 40, existing: [], snippets: [] });
    const feedback = qs.filter((q) => q.source.text.startsWith('Collect feedback'));
    expect(feedback.length).toBeGreaterThan(0);
    for (const q of feedback) {
      expect(q.text).toMatch(/feedback/);
      expect(q.text).not.toMatch(/grow/);
    }
  });
});
