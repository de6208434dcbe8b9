/**
 * The shapes the model must return, written for OpenAI strict JSON-schema mode
 * (every property required, no extra properties, nullable instead of optional).
 * They mirror the domain schemas minus what the server fills in itself
 * (`coach`), and are re-checked against the domain schemas after parsing.
 */
import { z } from 'zod';
import { type DimensionKey, QuestionCategory, QuestionSource } from '../../../shared/domain.js';

/** One rubric dimension: evidence first, so the model quotes before it scores. */
export const LlmDimension = z.object({
  evidence: z.array(z.string()),
  score: z.int().min(1).max(5).nullable(),
  advice: z.string(),
});
export type LlmDimension = z.infer<typeof LlmDimension>;

/** Feedback for exactly the given dimensions (an object keyed by dimension, so none can be skipped). */
export function llmFeedbackSchema(keys: readonly DimensionKey[]) {
  const dims = Object.fromEntries(keys.map((k) => [k, LlmDimension])) as Record<DimensionKey, typeof LlmDimension>;
  return z.object({
    dimensions: z.object(dims),
    overall: z.int().min(1).max(5),
    summary: z.string(),
    strengths: z.array(z.string()),
    improvements: z.array(z.string()),
    followUpQuestion: z.string(),
    /**
     * Ids of the work-history notes the written feedback drew on. A reply
     * without it (a non-strict endpoint) cited none: that is no reason to
     * throw the scores away.
     */
    usedSnippetIds: z.array(z.string()).default([]),
  });
}
export type LlmFeedback = z.infer<ReturnType<typeof llmFeedbackSchema>>;

export const LlmQuestions = z.object({
  questions: z.array(
    z.object({
      text: z.string(),
      category: QuestionCategory,
      competency: z.string(),
      rationale: z.string(),
      source: z.object({ kind: QuestionSource.shape.kind, text: z.string() }),
    }),
  ),
});
export type LlmQuestions = z.infer<typeof LlmQuestions>;

export const LlmExample = z.object({
  text: z.string(),
  placeholders: z.array(z.string()),
  basedOn: z.array(z.string()),
});
export type LlmExample = z.infer<typeof LlmExample>;

/** Strict mode rejects `default`; in output mode a defaulted field is required anyway. */
function withoutDefaults(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  if (!Array.isArray(node)) delete (node as Record<string, unknown>).default;
  for (const v of Object.values(node)) withoutDefaults(v);
}

/**
 * A JSON schema for `response_format` (draft-7, without the `$schema` key some
 * servers reject, and without `default`, which strict mode does not allow).
 */
export function toResponseSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output' }) as Record<string, unknown>;
  delete json.$schema;
  withoutDefaults(json);
  return json;
}
