/**
 * Choosing the coach once, at boot, from config: the LLM coach when an API key
 * is configured (any OpenAI-compatible endpoint via OPENAI_BASE_URL), otherwise
 * the built-in coach. The built-in coach is also the LLM coach's labelled fallback.
 */
import OpenAI from 'openai';
import type { Config } from '../config.js';
import type { Coach } from './coach.js';
import { type CoachLogger, createLlmCoach } from './llm/index.js';
import { createLeanFetch, type LeanFetch } from './llm/transport.js';
import { loadPersonaPrompts, type PromptLibrary } from './prompts.js';

export interface CoachDeps {
  builtin: Coach;
  logger?: CoachLogger;
  /** Already-loaded prompts (loaded from the default folder when omitted). */
  prompts?: PromptLibrary;
}

type CoachConfig = Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL' | 'OPENAI_MODELS' | 'OPENAI_TIMEOUT_MS' | 'OPENAI_MAX_RETRY_AFTER_S'>;

/** Most connections the coach opens to the provider at once (per host); more concurrent calls wait for one. */
export const COACH_MAX_CONNECTIONS = 64;

/**
 * An OpenAI SDK client with SDK retries off (the coach's own policy decides
 * retries) over the lean keep-alive transport, created once per client: the
 * platform fetch costs several times more CPU per call (bench/llm.ts).
 */
export function createOpenAIClient(config: CoachConfig, transport: LeanFetch = createLeanFetch({ maxSockets: COACH_MAX_CONNECTIONS })): OpenAI {
  return new OpenAI({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    maxRetries: 0,
    timeout: config.OPENAI_TIMEOUT_MS + 1000,
    fetch: transport.fetch,
  });
}

/** The coach for this process. Throws (stopping boot) if persona prompts are invalid. */
export function createCoach(config: CoachConfig, deps: CoachDeps): Coach {
  if (config.OPENAI_API_KEY === undefined) return deps.builtin;
  return createLlmCoach({
    client: createOpenAIClient(config),
    prompts: deps.prompts ?? loadPersonaPrompts(),
    fallback: deps.builtin,
    defaultModel: config.OPENAI_MODEL,
    allowedModels: config.OPENAI_MODELS,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    maxRetryAfterSeconds: config.OPENAI_MAX_RETRY_AFTER_S,
    logger: deps.logger,
  });
}

/** What /api/health reports about the coach (no secrets, no base URL). */
/** Which coach answers, for /api/health and the footer. */
export interface CoachInfo {
  provider: 'builtin' | 'openai';
  model: string;
  models: string[];
  /** Per-step AI timeout (OPENAI_TIMEOUT_MS), when an AI coach is configured. */
  timeoutMs?: number;
}

export function coachInfo(config: Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_MODEL' | 'OPENAI_MODELS' | 'OPENAI_TIMEOUT_MS'>, builtin?: Pick<Coach, 'model'>): CoachInfo {
  if (config.OPENAI_API_KEY === undefined) return { provider: 'builtin', model: builtin?.model ?? 'builtin', models: [] };
  // The timeout lets a slow step say when the built-in coach will take over.
  return { provider: 'openai', model: config.OPENAI_MODEL, models: [...new Set([config.OPENAI_MODEL, ...config.OPENAI_MODELS])], timeoutMs: config.OPENAI_TIMEOUT_MS };
}
