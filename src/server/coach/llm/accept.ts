/**
 * Per-capability output handling: the JSON schema sent to the provider and the
 * `accept` function that turns the model's JSON into a domain object — or
 * rejects it (undefined), which triggers the retry/fallback policy.
 */
import type { z } from 'zod';
import {
  type CoachInfo,
  ExampleAnswer,
  Feedback,
  GeneratedQuestion,
  type DimensionKey,
} from '../../../shared/domain.js';
import { citeStories } from '../citations.js';
import type { EvaluationRequest, ExampleRequest, QuestionRequest } from '../coach.js';
import { dimensionsFor, jobText, resumeText, snippetsText } from './context.js';
import { checkEvidence, evidenceTooThin, normaliseForMatch } from './evidence.js';
import { groundedBasedOn, replaceInventedNames } from './example-check.js';
import { checkFeedbackWords, feedbackMaterial } from './feedback-check.js';
import { groundSource, sourceDocs } from './question-source.js';
import { LlmExample, llmFeedbackSchema, LlmQuestions, toResponseSchema } from './schemas.js';

export interface Acceptor<T> {
  schemaName: string;
  schema: Record<string, unknown>;
  accept: (json: unknown) => T | undefined;
}

// Schemas are built once per shape: generating them per request would be wasted work.
const feedbackShapes = new Map<string, { zod: ReturnType<typeof llmFeedbackSchema>; json: Record<string, unknown> }>();
function feedbackShape(keys: DimensionKey[]) {
  const id = keys.join(',');
  let shape = feedbackShapes.get(id);
  if (!shape) {
    const zod = llmFeedbackSchema(keys);
    shape = { zod, json: toResponseSchema(zod) };
    feedbackShapes.set(id, shape);
  }
  return shape;
}
const questionsJson = toResponseSchema(LlmQuestions);
const exampleJson = toResponseSchema(LlmExample);

function parse<S extends z.ZodType>(schema: S, json: unknown): z.infer<S> | undefined {
  const r = schema.safeParse(json);
  return r.success ? r.data : undefined;
}

/**
 * Feedback: strict shape, then every quote and figure checked against what the
 * user wrote. Evidence quotes must occur in the answer; a reply whose every
 * quote was invented, or that loses most of its scored dimensions to invented
 * quotes, is rejected as a whole (its overall score cannot be trusted either:
 * an exploratory test saw 4 / 5 kept over four of six dimensions withheld), and
 * so is one whose high scores all lean on the same quote or whose verdict
 * rests on words the user never said (`checkFeedbackWords`). Rejection sends
 * it to retry/fallback. Cited work-history ids are kept only when they were in
 * the request: an invented id is dropped like an invented quote.
 */
export function acceptFeedback(req: EvaluationRequest, coach: CoachInfo): Acceptor<Feedback> {
  const keys = dimensionsFor(req.question);
  const shape = feedbackShape(keys);
  const schemaName = keys.includes('tradeoffs') ? 'feedback_technical' : 'feedback';
  const accept = (json: unknown): Feedback | undefined => {
    const raw = parse(shape.zod, json);
    const words = raw && checkFeedbackWords(raw, feedbackMaterial(req));
    if (!raw || !words) return undefined;
    const { dimensions, dropped, kept, scored, withheld } = checkEvidence(words.dimensions, keys, req.answer);
    if ((dropped > 0 && kept === 0) || withheld * 2 > scored || evidenceTooThin(dimensions)) return undefined;
    const feedback = {
      overall: raw.overall,
      summary: words.summary,
      dimensions,
      strengths: words.strengths,
      improvements: words.improvements,
      followUpQuestion: raw.followUpQuestion.trim(),
      coach,
      basedOn: citeStories(raw.usedSnippetIds, req.snippets),
    };
    return parse(Feedback, feedback);
  };
  return { schemaName, schema: shape.json, accept };
}

/**
 * Questions: drop repeats of existing ones and of each other; keep at most
 * `count`; none left = invalid. A source quote the documents do not hold is
 * never shown as one (`groundSource`).
 */
export function acceptQuestions(req: QuestionRequest): Acceptor<GeneratedQuestion[]> {
  const accept = (json: unknown): GeneratedQuestion[] | undefined => {
    const raw = parse(LlmQuestions, json);
    if (!raw) return undefined;
    const docs = sourceDocs(req);
    const seen = new Set(req.existing.map(normaliseForMatch));
    const out: GeneratedQuestion[] = [];
    for (const q of raw.questions) {
      const source = groundSource(q.source, docs);
      const candidate = parse(GeneratedQuestion, { ...q, text: q.text.trim(), competency: q.competency.trim(), rationale: q.rationale.trim(), source });
      const key = normaliseForMatch(q.text);
      if (!candidate || !key || seen.has(key)) continue;
      seen.add(key);
      out.push(candidate);
    }
    return out.length > 0 ? out.slice(0, req.count) : undefined;
  };
  return { schemaName: 'questions', schema: questionsJson, accept };
}

const PLACEHOLDER_RE = /\[[^[\]\n]{1,60}\]/g;
const NUMBER_RE = /\d+(?:[.,]\d+)*%?/g;

/**
 * Numbers the model wrote that appear nowhere in the candidate's material are
 * invented facts: replace them with a visible placeholder. Text already inside
 * [brackets] is left alone.
 */
export function replaceInventedNumbers(text: string, sources: string): string {
  const haystack = normaliseForMatch(sources);
  return text
    .split(/(\[[^[\]\n]{1,60}\])/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(NUMBER_RE, (n) => (haystack.includes(normaliseForMatch(n)) ? n : '[number]'))))
    .join('');
}

/**
 * Example answers: invented figures become [number] and names none of the
 * user's documents hold become [employer] / [product] / [role] / [name];
 * `basedOn` keeps only stories that were sent and lines of the user's own
 * material. Placeholders are whatever [brackets] the text then contains.
 */
export function acceptExample(req: ExampleRequest, coach: CoachInfo): Acceptor<ExampleAnswer> {
  const sources = [resumeText(req.profile), snippetsText(req.snippets), req.question.text].join('\n');
  const nameSources = [sources, jobText(req.profile), req.profile.candidateName ?? ''].join('\n');
  const accept = (json: unknown): ExampleAnswer | undefined => {
    const raw = parse(LlmExample, json);
    if (!raw || !raw.text.trim()) return undefined;
    const text = replaceInventedNames(replaceInventedNumbers(raw.text.trim(), sources), nameSources);
    const placeholders = [...new Set(text.match(PLACEHOLDER_RE) ?? [])];
    return parse(ExampleAnswer, { text, placeholders, basedOn: groundedBasedOn(raw.basedOn, req), coach });
  };
  return { schemaName: 'example_answer', schema: exampleJson, accept };
}
