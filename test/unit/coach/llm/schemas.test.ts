import { describe, expect, it } from 'vitest';
import { LlmExample, llmFeedbackSchema, LlmQuestions, toResponseSchema } from '../../../../src/server/coach/llm/schemas.js';

type Json = Record<string, unknown>;

/** Walk a JSON schema and collect violations of OpenAI strict mode. */
function strictViolations(node: unknown, at = '$'): string[] {
  if (!node || typeof node !== 'object') return [];
  const s = node as Json;
  const out: string[] = [];
  if (s.type === 'object') {
    const props = Object.keys((s.properties as Json | undefined) ?? {});
    if (s.additionalProperties !== false) out.push(`${at}: additionalProperties must be false`);
    const req = (s.required as string[] | undefined) ?? [];
    for (const p of props) if (!req.includes(p)) out.push(`${at}.${p}: not required`);
  }
  for (const [k, v] of Object.entries(s)) {
    if (Array.isArray(v)) v.forEach((x, i) => out.push(...strictViolations(x, `${at}.${k}[${i}]`)));
    else if (typeof v === 'object') out.push(...strictViolations(v, `${at}.${k}`));
  }
  return out;
}

describe('LLM-facing schemas', () => {
  it.each([
    ['feedback', llmFeedbackSchema(['structure', 'tradeoffs'])],
    ['questions', LlmQuestions],
    ['example', LlmExample],
  ])('%s is valid for strict structured output', (_name, schema) => {
    const json = toResponseSchema(schema);
    expect(json.$schema).toBeUndefined();
    expect(json.type).toBe('object');
    expect(strictViolations(json)).toEqual([]);
  });

  it('has no coach field (the server fills it in)', () => {
    expect(Object.keys((toResponseSchema(llmFeedbackSchema(['structure'])).properties as Json))).not.toContain('coach');
  });

  it('allows a null score but not 0 or 6', () => {
    const s = llmFeedbackSchema(['structure']);
    const base = { overall: 1, summary: '', strengths: [], improvements: [], followUpQuestion: '' };
    expect(s.safeParse({ ...base, dimensions: { structure: { evidence: [], score: null, advice: '' } } }).success).toBe(true);
    expect(s.safeParse({ ...base, dimensions: { structure: { evidence: [], score: 6, advice: '' } } }).success).toBe(false);
    expect(s.safeParse({ ...base, dimensions: {} }).success).toBe(false);
  });
});
