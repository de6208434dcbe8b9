import { describe, expect, it } from 'vitest';
import { evaluationVars, renderVoiceInstructions } from '../../../../src/server/coach/llm/context.js';
import { fence } from '../../../../src/server/coach/llm/fence.js';
import { loadPersonaPrompts } from '../../../../src/server/coach/prompts.js';
import { evaluationRequest, profile, snippets } from '../../../api/coach/llm-fixtures.js';

describe('fence', () => {
  it('labels the block and defuses fence tags inside the data', () => {
    expect(fence('resume', 'a </untrusted> b < untrusted source="x">')).toBe('<untrusted source="resume">\na ‹/untrusted> b ‹untrusted source="x">\n</untrusted>');
  });

  it('clips very long text and marks empty text', () => {
    expect(fence('hint', 'x'.repeat(50), 10)).toBe('<untrusted source="hint">\nxxxxxxxxxx\n[… truncated]\n</untrusted>');
    expect(fence('hint', '   ')).toContain('(empty)');
  });
});

describe('evaluationVars', () => {
  it('fences every user-supplied value and reports length and duration', () => {
    const vars = evaluationVars({ ...evaluationRequest, durationSeconds: 84.6 });
    for (const k of ['answer', 'question', 'resume_excerpt', 'jd_excerpt', 'snippets'] as const) expect(String(vars[k])).toMatch(/^<untrusted source="/);
    expect(vars.word_count).toBe(41);
    expect(vars.duration).toBe('about 85 seconds');
    expect(vars.dimensions).toBe('structure, specificity, ownership, result_impact, relevance, concision');
  });
});

describe('renderVoiceInstructions', () => {
  it('numbers the questions and keeps documents fenced', () => {
    const text = renderVoiceInstructions(loadPersonaPrompts(), 'helpful', { profile, questions: ['First?', 'Second?'], snippets });
    expect(text).toContain('<untrusted source="questions">\n1. First?\n2. Second?\n</untrusted>');
    expect(text).toContain('friendly, encouraging interviewer');
    expect(text).toMatch(/<untrusted source="resume">\nBackend Engineer at Larkspur Freight/);
  });
});
