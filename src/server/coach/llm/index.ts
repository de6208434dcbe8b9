/**
 * The LLM coach: the `Coach` interface over any OpenAI-compatible Chat
 * Completions endpoint, with persona prompts from files, strict JSON-schema
 * output, evidence checking and a labelled fallback to another coach (the
 * built-in one) whenever the provider fails — never a silent one.
 */
import type OpenAI from 'openai';
import { PERSONAS, type CoachInfo, type ExampleAnswer, type Feedback, type GeneratedQuestion, type Persona } from '../../../shared/domain.js';
import { AppError } from '../../errors.js';
import type { Coach, CoachCallOptions, EvaluationRequest, ExampleRequest, QuestionRequest } from '../coach.js';
import type { PromptKind, PromptLibrary, PromptVars } from '../prompts.js';
import { callStructured, type StructuredCall } from './call.js';
import { evaluationVars, exampleVars, questionRequestVars, systemVars } from './context.js';
import type { Failure } from './failures.js';
import { acceptExample, acceptFeedback, acceptQuestions } from './accept.js';

/** The subset of a pino logger the coach uses (pino's Logger satisfies it). */
export interface CoachLogger {
  warn(obj: object, msg?: string): void;
}

export interface LlmCoachDeps {
  client: OpenAI;
  prompts: PromptLibrary;
  /** Answers when the provider fails; its result is labelled with the reason. */
  fallback: Coach;
  defaultModel: string;
  /** Models a session may pick; the default model is always allowed. */
  allowedModels: string[];
  timeoutMs: number;
  maxRetryAfterSeconds: number;
  logger?: CoachLogger;
}

/** Options the LLM coach understands beyond `CoachCallOptions`. */
export interface LlmCallOptions extends CoachCallOptions {
  /** Called with the human reason when the fallback coach answered instead (useful where the result has no `coach` field, e.g. questions). */
  onFallback?: (reason: string) => void;
}

/** Sampling temperature per capability: scoring must be repeatable; questions may vary. */
const TEMPERATURE = { evaluation: 0, questions: 0.7, example: 0.3 } as const;

/** Build the LLM coach. Throws at boot if a persona of the domain has no prompt folder. */
export function createLlmCoach(deps: LlmCoachDeps): Coach {
  const missing = PERSONAS.filter((p) => !deps.prompts.has(p));
  if (missing.length) throw new Error(`LLM coach: no prompt folder for persona(s) ${missing.join(', ')}`);
  const allowed = new Set([deps.defaultModel, ...deps.allowedModels]);
  const limits = { timeoutMs: deps.timeoutMs, maxRetryAfterSeconds: deps.maxRetryAfterSeconds };

  const pickModel = (requested: string | undefined): string => {
    if (requested === undefined || requested === '') return deps.defaultModel;
    if (!allowed.has(requested)) {
      throw new AppError('model_not_allowed', `The model "${requested}" is not available here. Choose one of: ${[...allowed].join(', ')}.`);
    }
    return requested;
  };

  const messages = (persona: Persona, kind: PromptKind, ctx: PromptVars, vars: PromptVars) => [
    { role: 'system' as const, content: deps.prompts.render(persona, 'system', ctx) },
    { role: 'user' as const, content: deps.prompts.render(persona, kind, vars) },
  ];

  const coachInfo = (persona: Persona, model: string): CoachInfo => ({ persona, provider: 'openai', model });

  /** Run the call; on failure log it (no private text) and tell the caller, so the fallback can answer. */
  async function run<T>(what: string, call: StructuredCall<T>, opts: LlmCallOptions): Promise<{ value: T } | { failure: Failure }> {
    const outcome = await callStructured(deps.client, call, limits, opts);
    if (outcome.ok) return { value: outcome.value };
    const { kind, status, reason } = outcome.failure;
    deps.logger?.warn({ coach: 'openai', what, model: call.model, kind, status, reason }, 'coach_fallback');
    opts.onFallback?.(reason);
    return { failure: outcome.failure };
  }

  function labelled<T extends { coach: CoachInfo }>(result: T, reason: string): T {
    return { ...result, coach: { ...result.coach, provider: 'builtin', fallbackReason: reason } };
  }

  return {
    provider: 'openai',
    model: deps.defaultModel,

    async generateQuestions(req: QuestionRequest, opts: LlmCallOptions = {}): Promise<GeneratedQuestion[]> {
      const model = pickModel(opts.model);
      const { schemaName, schema, accept } = acceptQuestions(req);
      const msgs = messages(req.persona, 'questions', systemVars(req.profile), questionRequestVars(req));
      const res = await run('questions', { schemaName, schema, accept, model, messages: msgs, temperature: TEMPERATURE.questions }, opts);
      return 'value' in res ? res.value : deps.fallback.generateQuestions(req, { signal: opts.signal });
    },

    async evaluate(req: EvaluationRequest, opts: LlmCallOptions = {}): Promise<Feedback> {
      const model = pickModel(opts.model);
      const { schemaName, schema, accept } = acceptFeedback(req, coachInfo(req.persona, model));
      const msgs = messages(req.persona, 'evaluation', systemVars(req.profile), evaluationVars(req));
      const res = await run('evaluation', { schemaName, schema, accept, model, messages: msgs, temperature: TEMPERATURE.evaluation }, opts);
      if ('value' in res) return res.value;
      return labelled(await deps.fallback.evaluate(req, { signal: opts.signal }), res.failure.reason);
    },

    async exampleAnswer(req: ExampleRequest, opts: LlmCallOptions = {}): Promise<ExampleAnswer> {
      const model = pickModel(opts.model);
      const { schemaName, schema, accept } = acceptExample(req, coachInfo(req.persona, model));
      const msgs = messages(req.persona, 'example-answer', systemVars(req.profile), exampleVars(req));
      const res = await run('example', { schemaName, schema, accept, model, messages: msgs, temperature: TEMPERATURE.example }, opts);
      if ('value' in res) return res.value;
      return labelled(await deps.fallback.exampleAnswer(req, { signal: opts.signal }), res.failure.reason);
    },
  };
}
