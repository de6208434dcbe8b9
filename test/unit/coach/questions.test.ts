import { describe, expect, it } from 'vitest';
import type { QuestionRequest } from '../../../src/server/coach/coach.js';
import { BANK } from '../../../src/server/coach/builtin/bank/index.js';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { generateQuestions } from '../../../src/server/coach/builtin/questions.js';
import { contentStems, jaccard } from '../../../src/server/coach/builtin/text.js';
import { GeneratedQuestion } from '../../../src/shared/domain.js';
import { backendJd } from './fixtures/jobs.js';
import { classicResume } from './fixtures/resumes.js';

const profile = buildProfile(classicResume, backendJd);
const req = (over: Partial<QuestionRequest> = {}): QuestionRequest => ({
  profile,
  persona: 'helpful',
  questionType: 'mixed',
  difficulty: 'medium',
  count: 8,
  existing: [],
  snippets: [],
  ...over,
});

describe('question bank', () => {
  it('has at least 120 distinct questions with competency, rationale and level across every category', () => {
    expect(BANK.length).toBeGreaterThanOrEqual(120);
    expect(new Set(BANK.map((q) => q.text)).size).toBe(BANK.length);
    for (const q of BANK) {
      expect(q.competency.length).toBeGreaterThan(2);
      expect(q.rationale.length).toBeGreaterThan(20);
    }
    const categories = new Set(BANK.map((q) => q.category));
    expect([...categories].sort()).toEqual(['behavioral', 'gap', 'resume_deep_dive', 'role_fit', 'situational', 'technical']);
    for (const level of ['easy', 'medium', 'hard']) expect(BANK.filter((q) => q.level === level).length).toBeGreaterThan(25);
  });

  it('has no near-duplicates inside the bank', () => {
    const fps = BANK.map((q) => contentStems(q.text));
    for (let i = 0; i < fps.length; i++) for (let j = i + 1; j < fps.length; j++) expect(jaccard(fps[i]!, fps[j]!), `${BANK[i]!.text} / ${BANK[j]!.text}`).toBeLessThan(0.6);
  });
});

describe('generateQuestions', () => {
  it('returns the requested number of schema-valid questions', () => {
    const qs = generateQuestions(req());
    expect(qs).toHaveLength(8);
    for (const q of qs) expect(GeneratedQuestion.parse(q)).toEqual(q);
  });

  it('aims deep-dives at real resume lines and employers', () => {
    const deep = generateQuestions(req({ questionType: 'behavioral', count: 10 })).filter((q) => q.category === 'resume_deep_dive' && q.source.kind === 'resume');
    expect(deep.length).toBeGreaterThan(0);
    const lines = profile.resume.roles.flatMap((r) => r.lines);
    for (const q of deep) {
      expect(lines).toContain(q.source.text);
      expect(q.text).toMatch(/Lumen Freight|Parcelwise/);
    }
  });

  it('asks gap questions only about requirements the resume lacks', () => {
    const gaps = generateQuestions(req({ count: 12 })).filter((q) => q.category === 'gap' && q.source.kind === 'job_description');
    expect(gaps.length).toBeGreaterThan(0);
    // Questions cite the JD's own wording, also for a partly shown requirement.
    const uncovered = profile.gaps.filter((g) => !g.covered).map((g) => g.requirement);
    for (const q of gaps) {
      expect(uncovered).toContain(q.source.text);
      expect(q.text).toContain(q.source.text.slice(0, 20));
    }
  });

  it('maps behavioural questions to the JD’s responsibilities', () => {
    const qs = generateQuestions(req({ questionType: 'behavioral', count: 10 }));
    const fromJd = qs.filter((q) => q.category === 'behavioral' && q.source.kind === 'job_description');
    expect(fromJd.length).toBeGreaterThan(0);
    for (const q of fromJd) expect(profile.job.responsibilities).toContain(q.source.text);
  });

  it('lets the question type steer the mix', () => {
    const tech = generateQuestions(req({ questionType: 'technical', count: 10 }));
    const beh = generateQuestions(req({ questionType: 'behavioral', count: 10 }));
    const n = (qs: GeneratedQuestion[], c: string) => qs.filter((q) => q.category === c).length;
    expect(n(tech, 'technical')).toBeGreaterThanOrEqual(4);
    expect(n(beh, 'technical')).toBe(0);
    expect(n(beh, 'behavioral')).toBeGreaterThanOrEqual(3);
  });

  it('lets difficulty steer the wording and the bank level', () => {
    const hard = generateQuestions(req({ difficulty: 'hard', count: 10, profile: buildProfile(null, null) }));
    const easy = generateQuestions(req({ difficulty: 'easy', count: 10, profile: buildProfile(null, null) }));
    const level = (qs: GeneratedQuestion[], l: string) => qs.filter((q) => BANK.find((b) => b.text === q.text)?.level === l).length;
    expect(level(hard, 'hard')).toBeGreaterThan(level(hard, 'easy'));
    expect(level(easy, 'easy')).toBeGreaterThan(level(easy, 'hard'));
    const deepHard = generateQuestions(req({ difficulty: 'hard', questionType: 'behavioral' })).find((q) => q.category === 'resume_deep_dive' && q.source.kind === 'resume');
    expect(deepHard?.text).toMatch(/differently/);
  });

  it('follows the hint', () => {
    const qs = generateQuestions(req({ hint: 'conflict with a colleague', count: 6 }));
    const onHint = qs.filter((q) => q.competency === 'conflict' || /disagree|conflict/i.test(q.text));
    expect(onHint.length).toBeGreaterThanOrEqual(3);
  });

  it('never repeats or near-repeats existing questions or itself', () => {
    const first = generateQuestions(req({ count: 10 }));
    const second = generateQuestions(req({ count: 10, existing: first.map((q) => q.text) }));
    const all = [...first, ...second];
    expect(new Set(all.map((q) => q.text)).size).toBe(all.length);
    const fps = all.map((q) => contentStems(q.text));
    for (let i = 0; i < fps.length; i++) for (let j = i + 1; j < fps.length; j++) expect(jaccard(fps[i]!, fps[j]!)).toBeLessThan(0.5);
    // A lightly reworded existing question is still recognised.
    const reworded = generateQuestions(req({ count: 30, existing: ['Tell me about a time you disagreed with a teammate — how did you resolve it?'] }));
    expect(reworded.map((q) => q.text)).not.toContain('Tell me about a time you disagreed with a teammate. How did you resolve it?');
  });

  it('produces a sensible general set with no documents', () => {
    const qs = generateQuestions(req({ profile: buildProfile(null, null), count: 8 }));
    expect(qs).toHaveLength(8);
    expect(qs.every((q) => q.source.kind === 'bank')).toBe(true);
    expect(new Set(qs.map((q) => q.category)).size).toBeGreaterThanOrEqual(3);
  });

  it('is deterministic for the same input and varies with session history', () => {
    expect(generateQuestions(req())).toEqual(generateQuestions(req()));
    const a = generateQuestions(req({ profile: buildProfile(null, null) }));
    const b = generateQuestions(req({ profile: buildProfile(null, null), existing: ['What is your favourite colour?'] }));
    expect(a.map((q) => q.text)).not.toEqual(b.map((q) => q.text));
  });

  it('turns work-history notes into questions', () => {
    const qs = generateQuestions(req({ snippets: [{ id: 's1', text: 'Calmed down an angry customer during the March outage and got them a credit.' }], count: 12 }));
    expect(qs.some((q) => q.source.kind === 'work_history' && q.text.includes('angry customer'))).toBe(true);
  });
});
