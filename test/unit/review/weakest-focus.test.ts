/**
 * Where the user stands now (standing.ts), what "practise your weakest" picks
 * (weakest.ts) and the coach's hint (aim.ts): a question answered badly once and
 * well since is not brought back; the weakest rubric dimension is named; a
 * single competency is not called "weakest".
 */
import { describe, expect, it } from 'vitest';
import type { AnswerWithFeedback, Question } from '../../../src/shared/api.js';
import type { DimensionKey, Feedback } from '../../../src/shared/domain.js';
import { aimHint } from '../../../src/server/services/review/aim.js';
import type { ScoredAttempt } from '../../../src/server/services/review/scoring.js';
import { focusOf, standings, weakestDimension } from '../../../src/server/services/review/standing.js';
import { planWeakest, retryCandidates } from '../../../src/server/services/review/weakest.js';

type Scores = Partial<Record<DimensionKey, number | null>>;

function feedback(overall: number, scores: Scores): Feedback {
  return {
    overall,
    summary: 's',
    dimensions: Object.entries(scores).map(([key, score]) => ({ key: key as DimensionKey, score: score ?? null, evidence: [], advice: '' })),
    strengths: [],
    improvements: [],
    followUpQuestion: '',
    coach: { persona: 'helpful', provider: 'builtin', model: 'm' },
  };
}

let n = 0;
/** One scored attempt of `text` (a fresh question id per call, as each session has its own question rows). */
function attempt(text: string, overall: number, day: number, scores: Scores = {}, competency = 'general'): ScoredAttempt {
  n += 1;
  const question: Question = {
    id: `q${n}`, position: 1, text, category: 'behavioral', competency, rationale: 'r', source: { kind: 'custom', text: '' }, createdAt: `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`,
  };
  const f = feedback(overall, scores);
  const answer: AnswerWithFeedback = { id: `a${n}`, questionId: question.id, text: 'x', source: 'text', durationSeconds: null, createdAt: question.createdAt, feedback: f };
  return { question, answer, feedback: f };
}

const CUT = 'Tell me about a time you cut response times for customers.';
const CONFLICT = 'Describe a conflict in your team and how you resolved it.';
const COACHED = 'Tell me about a time you coached someone.';

describe('standings', () => {
  it("keep each question's latest attempt across sessions, whatever its wording's case or punctuation", () => {
    const all = [attempt(CUT, 1.9, 1), attempt(CONFLICT, 1.5, 1), attempt(CUT, 3.7, 2), attempt(CUT.toUpperCase().replace('.', '!'), 3.7, 3)];
    const now = standings(all);
    expect(now.map((a) => [a.question.text.slice(0, 20), a.feedback.overall])).toEqual([
      [CUT.toUpperCase().slice(0, 20), 3.7],
      [CONFLICT.slice(0, 20), 1.5],
    ]);
  });
});

describe('practise your weakest', () => {
  it('does not retry a question answered 1.9 once and 3.7 in both later sessions', () => {
    const all = [attempt(CUT, 1.9, 1), attempt(CONFLICT, 2.2, 1), attempt(CUT, 3.7, 2), attempt(CONFLICT, 3.1, 2), attempt(CUT, 3.7, 3)];
    const plan = planWeakest({ ...focusOf(standings(all), 3), current: standings(all) });
    expect(plan.retries.map((a) => a.question.text)).toEqual([CONFLICT]);
    expect(plan.retries[0]!.feedback.overall).toBe(3.1);
  });

  it('aims at the weakest dimension when every question has the same competency, and says so in the name', () => {
    const all = [
      attempt(CUT, 3.2, 1, { structure: 4, specificity: 3 }),
      attempt(CONFLICT, 3.0, 1, { structure: 2, specificity: 4 }),
      attempt(COACHED, 2.8, 1, { structure: 3, specificity: 4 }),
    ];
    const current = standings(all);
    const focus = focusOf(current, 3);
    expect(focus).toMatchObject({ competencies: [], onlyCompetency: 'general', weakestDimension: { key: 'structure', average: 3, scored: 3 } });
    const plan = planWeakest({ ...focus, current });
    expect(plan).toMatchObject({ competencies: [], dimension: 'structure', name: 'Weakest: Structure (STAR+I)' });
    // Lowest structure first (2, then 3, then 4), not lowest overall.
    expect(plan.retries.map((a) => a.question.text)).toEqual([CONFLICT, COACHED, CUT]);
  });

  it('targets the weakest competencies when there are several, lowest overall first', () => {
    const all = [
      attempt(CUT, 2.0, 1, { structure: 3 }, 'customer_focus'),
      attempt(CONFLICT, 1.5, 1, { structure: 4 }, 'conflict'),
      attempt(COACHED, 4.5, 1, { structure: 5 }, 'coaching'),
    ];
    const current = standings(all);
    const plan = planWeakest({ ...focusOf(current, 2), current });
    expect(plan.competencies).toEqual(['conflict', 'customer_focus']);
    expect(plan.name).toBe('Weakest: Conflict, Customer focus');
    expect(plan.retries.map((a) => a.question.text)).toEqual([CONFLICT, CUT]);
    expect(retryCandidates(current, ['coaching'], null)).toEqual([]);
  });

  it("names the dimension in the coach's hint and leaves out a competency that says nothing", () => {
    expect(aimHint([], 'structure')).toBe("The weakest part of the candidate's answers: Structure (STAR+I).");
    expect(aimHint(['conflict'], null)).toBe('Focus on these competencies: Conflict.');
    expect(aimHint([], null)).toBeUndefined();
  });
});

describe('weakestDimension', () => {
  it('is the lowest average, leaving out "not enough evidence", and null with no scores', () => {
    const all = [attempt(CUT, 3, 1, { structure: 3, concision: null, ownership: 2 }), attempt(CONFLICT, 3, 1, { structure: 2, ownership: 4 })];
    expect(weakestDimension(all)).toEqual({ key: 'structure', average: 2.5, scored: 2 });
    expect(weakestDimension([attempt(CUT, 3, 1, { concision: null })])).toBeNull();
  });
});

describe('weakest competencies are ranked on enough answers', () => {
  const many = (competency: string, overall: number, count: number): ScoredAttempt[] =>
    Array.from({ length: count }, (_, i) => attempt(`${competency} question ${i}`, overall, 1, {}, competency));

  it('puts a competency met twice after ones met three times or more, however low its average', () => {
    const current = [...many('conflict', 1.8, 2), ...many('ownership', 2.6, 12), ...many('communication', 3.4, 3), ...many('negotiation', 2.2, 1)];
    const focus = focusOf(current, 3);
    expect(focus.competencies.map((c) => [c.competency, c.answers])).toEqual([
      ['ownership', 12],
      ['communication', 3],
      ['conflict', 2],
    ]);
  });

  it('still ranks by average when every competency has few answers', () => {
    const current = [...many('conflict', 1.8, 2), ...many('ownership', 2.6, 1)];
    expect(focusOf(current, 3).competencies.map((c) => c.competency)).toEqual(['conflict', 'ownership']);
  });
});
