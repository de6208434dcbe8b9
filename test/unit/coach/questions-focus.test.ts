import { describe, expect, it } from 'vitest';
import type { QuestionRequest } from '../../../src/server/coach/coach.js';
import { buildProfile } from '../../../src/server/coach/builtin/index.js';
import { focusNote, generateQuestions } from '../../../src/server/coach/builtin/questions.js';
import { GeneratedQuestion } from '../../../src/shared/domain.js';
import { backendJd } from './fixtures/jobs.js';
import { marketingResume } from './fixtures/resumes.js';

// The JD asks for Kubernetes; this resume never mentions it.
const profile = buildProfile(marketingResume, backendJd);
const req = (over: Partial<QuestionRequest> = {}): QuestionRequest => ({
  profile,
  persona: 'helpful',
  questionType: 'mixed',
  difficulty: 'medium',
  count: 10,
  existing: [],
  snippets: [],
  ...over,
});

describe('focus on a skill that is not a competency', () => {
  it('asks about the skill instead of ignoring it', () => {
    const qs = generateQuestions(req({ hint: 'kubernetes' }));
    const onIt = qs.filter((q) => /Kubernetes/.test(q.text));
    expect(onIt.length).toBeGreaterThanOrEqual(3);
    // Written as the JD writes it, and tied to the JD line that asks for it.
    expect(qs.some((q) => q.source.kind === 'job_description' && q.source.text.includes('Kubernetes') && q.text.includes('Kubernetes'))).toBe(true);
    for (const q of qs) expect(GeneratedQuestion.parse(q)).toEqual(q);
    expect(new Set(qs.map((q) => q.text)).size).toBe(qs.length);
  });

  it('understands an alias of the skill', () => {
    const qs = generateQuestions(req({ hint: 'k8s' }));
    expect(qs.filter((q) => /Kubernetes|k8s/.test(q.text)).length).toBeGreaterThanOrEqual(3);
  });

  it('works without documents too', () => {
    const qs = generateQuestions(req({ hint: 'terraform', profile: buildProfile(null, null) }));
    expect(qs.filter((q) => /terraform/i.test(q.text)).length).toBeGreaterThanOrEqual(3);
  });

  it('leaves competency focus words to the existing steering', () => {
    const qs = generateQuestions(req({ hint: 'conflict', count: 6 }));
    expect(qs.filter((q) => q.competency === 'conflict' || /disagree|conflict/i.test(q.text)).length).toBeGreaterThanOrEqual(3);
  });
});

describe('focusNote', () => {
  it('is null when the focus was used, or there was none', () => {
    expect(focusNote('kubernetes', generateQuestions(req({ hint: 'kubernetes' })))).toBeNull();
    expect(focusNote(undefined, [])).toBeNull();
    expect(focusNote('   ', [])).toBeNull();
  });

  it('names the focus words no question matched', () => {
    const hint = 'origami tessellations';
    const note = focusNote(hint, generateQuestions(req({ hint })));
    expect(note).toMatch(/^No question matched “origami”, “tessellations”\./);
  });
});
