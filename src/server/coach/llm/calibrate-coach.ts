/**
 * The LLM coach as `npm run calibrate -- --coach llm` needs it: configured from
 * the environment like the server, but with no fallback — a calibration run
 * must measure the model, so a provider failure becomes an error naming the
 * reason instead of a quietly substituted built-in result. Without a key it
 * returns null after printing a loud SKIPPED banner.
 */
import type { ExampleAnswer, Feedback, GeneratedQuestion } from '../../../shared/domain.js';
import { loadConfig, parseConfig } from '../../config.js';
import type { Coach, CoachCallOptions } from '../coach.js';
import { createOpenAIClient } from '../factory.js';
import { loadPersonaPrompts } from '../prompts.js';
import { createLlmCoach, type LlmCallOptions } from './index.js';

/** Thrown by a calibration coach when the provider failed (the reason is the fallback reason). */
export class CalibrationProviderError extends Error {
  override name = 'CalibrationProviderError';
}

const refuse = (): never => {
  throw new CalibrationProviderError('provider failed');
};

/** A "fallback" that refuses, so failures surface instead of being replaced. */
const noFallback: Coach = { provider: 'builtin', model: 'none', generateQuestions: async () => refuse(), evaluate: async () => refuse(), exampleAnswer: async () => refuse() };

async function withReason<T>(run: (opts: LlmCallOptions) => Promise<T>, opts: CoachCallOptions = {}): Promise<T> {
  let reason: string | undefined;
  try {
    return await run({ ...opts, onFallback: (r) => (reason = r) });
  } catch (err) {
    if (err instanceof CalibrationProviderError) throw new CalibrationProviderError(`LLM coach failed: ${reason ?? 'unknown reason'}`);
    throw err;
  }
}

/**
 * The LLM coach for calibration, or null (after a loud banner on `log`) when
 * OPENAI_API_KEY is not set. Without `env`, reads `.env` and process.env like the server.
 */
export function createCalibrationLlmCoach(env?: Record<string, string | undefined>, log: (msg: string) => void = console.error): Coach | null {
  const config = env === undefined ? loadConfig() : parseConfig(env);
  if (config.OPENAI_API_KEY === undefined) {
    log(
      [
        '',
        '################################################################',
        '#  SKIPPED: --coach llm needs OPENAI_API_KEY (and optionally   #',
        '#  OPENAI_BASE_URL for a local server). No LLM calibration ran. #',
        '################################################################',
        '',
      ].join('\n'),
    );
    return null;
  }
  const coach = createLlmCoach({
    client: createOpenAIClient(config),
    prompts: loadPersonaPrompts(),
    fallback: noFallback,
    defaultModel: config.OPENAI_MODEL,
    allowedModels: config.OPENAI_MODELS,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetryAfterSeconds: config.OPENAI_MAX_RETRY_AFTER_S,
  });
  log(`calibrating the LLM coach: model ${config.OPENAI_MODEL} at ${config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1'}`);
  return {
    provider: coach.provider,
    model: coach.model,
    generateQuestions: (req, opts): Promise<GeneratedQuestion[]> => withReason((o) => coach.generateQuestions(req, o), opts),
    evaluate: (req, opts): Promise<Feedback> => withReason((o) => coach.evaluate(req, o), opts),
    exampleAnswer: (req, opts): Promise<ExampleAnswer> => withReason((o) => coach.exampleAnswer(req, o), opts),
  };
}

/** For scripts/calibrate.ts: the calibration LLM coach, or exit 0 after the SKIPPED banner. */
export function llmCoachForCalibrationOrSkip(): Coach {
  const coach = createCalibrationLlmCoach();
  if (coach === null) process.exit(0);
  return coach;
}
