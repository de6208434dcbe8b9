/**
 * The answer text field of the answer routes (typed and spoken): trimmed, not
 * empty, with words in it, under the length limit. The messages come from
 * src/shared/answer-text.ts, so the browser's counter and the refusal agree,
 * and the refusal says how long the answer is.
 */
import { z } from 'zod';
import { answerTextProblem } from '../../shared/answer-text.js';
import { ANSWER_MAX_CHARS } from '../../shared/limits.js';

/** `emptyMessage` is what to say when nothing was written (or said) at all; `source` 'voice' for a recording's transcript. */
export function answerTextField(emptyMessage: string, source: 'text' | 'voice' = 'text') {
  return z
    .string()
    .trim()
    .min(1, emptyMessage)
    .superRefine((text, ctx) => {
      const problem = answerTextProblem(text, source);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    // Never reached first (the check above reports the length with the count); kept so the OpenAPI document states the limit.
    .max(ANSWER_MAX_CHARS);
}
