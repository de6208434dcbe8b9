import { describe, expect, it } from 'vitest';
import { exampleAnswer, splitLine } from '../../../src/server/coach/builtin/example-answer.js';
import { buildProfile, createBuiltinCoach, outlineStar } from '../../../src/server/coach/builtin/index.js';
import { ExampleAnswer } from '../../../src/shared/domain.js';
import { backendJd } from './fixtures/jobs.js';
import { classicResume } from './fixtures/resumes.js';

describe('outlineStar', () => {
  it('labels the user’s own sentences by STAR+I part', () => {
    const text = `Last year at Parcelwise our checkout kept timing out during sales. My job was to make it survive the next peak. I profiled the service and I rewrote the two slowest queries. As a result, timeouts dropped from 300 a day to 4. I learned to load-test before every peak.`;
    const o = outlineStar(text);
    expect(o.situation).toEqual(['Last year at Parcelwise our checkout kept timing out during sales.']);
    expect(o.task).toEqual(['My job was to make it survive the next peak.']);
    expect(o.action).toEqual(['I profiled the service and I rewrote the two slowest queries.']);
    expect(o.result).toEqual(['As a result, timeouts dropped from 300 a day to 4.']);
    expect(o.impact).toEqual(['I learned to load-test before every peak.']);
  });

  it('does not credit bare STAR labels', () => {
    const o = outlineStar('Situation: x. Task: y. Action: z. Result: 50%.');
    expect(Object.values(o).flat()).toEqual([]);
  });

  it('returns empty parts for empty text', () => {
    expect(outlineStar('')).toEqual({ situation: [], task: [], action: [], result: [], impact: [] });
  });
});

describe('exampleAnswer', () => {
  const profile = buildProfile(classicResume, backendJd);
  const question = { text: 'Tell me about a time you improved the reliability of a system.', category: 'behavioral' as const, competency: 'reliability' };

  it('builds STAR+I only from the user’s own lines, with visible placeholders', () => {
    const ex = exampleAnswer({ question, persona: 'helpful', profile, snippets: [] });
    expect(ExampleAnswer.parse(ex)).toEqual(ex);
    expect(ex.text).toMatch(/^Situation:/);
    for (const part of ['Task:', 'Action:', 'Result:', 'Impact:']) expect(ex.text).toContain(part);
    expect(ex.placeholders.length).toBeGreaterThan(0);
    for (const p of ex.placeholders) expect(ex.text).toContain(p);
    const lines = profile.resume.roles.flatMap((r) => r.lines);
    for (const ref of ex.basedOn) expect(lines).toContain(ref.replace(/^resume: /, ''));
    // Every figure in the example appears in the resume.
    const figures = ex.text.replace(/\[[^\]]*\]/g, '').match(/\d[\d,.]*/g) ?? [];
    for (const f of figures) expect(classicResume).toContain(f);
    // Every capitalised employer-like name comes from the resume.
    expect(ex.text).toMatch(/Lumen Freight|Parcelwise/);
  });

  it('invents nothing without documents: placeholders, no figures, no employer', () => {
    const ex = exampleAnswer({ question, persona: 'ruthless', profile: buildProfile(null, null), snippets: [] });
    expect(ex.basedOn).toEqual([]);
    expect(ex.text.replace(/\[[^\]]*\]/g, '')).not.toMatch(/\d/);
    expect(ex.placeholders).toEqual(expect.arrayContaining(['[employer]']));
  });

  it('uses work-history notes and cites their ids', () => {
    const ex = exampleAnswer({ question, persona: 'helpful', profile: buildProfile(null, null), snippets: [{ id: 'n42', text: 'Added retries with jitter to the label printer client, which stopped the nightly failures' }] });
    expect(ex.basedOn).toEqual(['snippet:n42']);
    expect(ex.text).toContain('I added retries with jitter to the label printer client');
    expect(ex.text).toContain('That stopped the nightly failures.');
  });

  it('shapes design questions as assumptions → approach → trade-offs', () => {
    const ex = exampleAnswer({ question: { text: 'How would you design a rate limiter for a public API?', category: 'technical', competency: 'system_design' }, persona: 'helpful', profile, snippets: [] });
    expect(ex.text).toMatch(/^Assumptions:/);
    expect(ex.text).toContain('Trade-offs:');
  });

  it('splits a resume line into action and result without changing its facts', () => {
    expect(splitLine('Led the move to event sourcing for the shipment ledger, cutting reconciliation errors by 38%')).toEqual({
      action: 'I led the move to event sourcing for the shipment ledger',
      result: 'That cut reconciliation errors by 38%.',
    });
  });
});

describe('createBuiltinCoach', () => {
  it('implements the Coach interface as provider builtin / builtin-rubric-v1', async () => {
    const coach = createBuiltinCoach();
    expect(coach.provider).toBe('builtin');
    expect(coach.model).toBe('builtin-rubric-v1');
    const profile = buildProfile(classicResume, backendJd);
    const qs = await coach.generateQuestions({ profile, persona: 'helpful', questionType: 'mixed', difficulty: 'medium', count: 3, existing: [], snippets: [] });
    expect(qs).toHaveLength(3);
    const fb = await coach.evaluate({ question: qs[0]!, answer: 'I did it.', persona: 'helpful', profile, snippets: [] });
    expect(fb.overall).toBeLessThanOrEqual(1.5);
    const ex = await coach.exampleAnswer({ question: qs[0]!, persona: 'helpful', profile, snippets: [] });
    expect(ex.coach.provider).toBe('builtin');
  });
});
