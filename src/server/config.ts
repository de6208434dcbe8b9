/**
 * Configuration: read once from the environment (and `.env` when present),
 * validated with zod, frozen. Bad config refuses to start with a message that
 * names the variable. The type is derived from the schema, never written twice.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { VOICES } from '../shared/voices.js';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8000),
    HOST: z.string().default('127.0.0.1'),
    DATA_DIR: z.string().default('./data'),
    DATABASE_URL: optionalString,
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    DATABASE_SSL: bool,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Log private text (resumes, answers, transcripts)? Off by default. */
    LOG_PRIVATE_TEXT: bool,
    COOKIE_SECRET: optionalString,
    APP_PASSWORD: optionalString,
    /** Origins allowed to make state-changing requests besides the app's own. */
    ALLOWED_ORIGINS: list,
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalString.pipe(z.url({ message: 'must be a URL like http://localhost:11434/v1' }).optional()),
    OPENAI_MODEL: z.string().default('gpt-4o-mini'),
    /** Models a session may switch to; the default model is always allowed. */
    OPENAI_MODELS: list,
    OPENAI_EMBEDDING_MODEL: optionalString,
    /** Least seconds between retries of a failed background embedding run (retried when a user looks at My stories). */
    EMBEDDING_RETRY_SECONDS: z.coerce.number().int().min(1).default(30),
    /** Budget of a search query's embedding, no retry; past it search ranks by words alone. */
    EMBEDDING_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(1500),
    /** Budget of embedding a story being saved (retries included); past it the story is saved and embedded in the background. */
    EMBEDDING_SAVE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
    OPENAI_TRANSCRIBE_MODEL: z.string().default('gpt-4o-transcribe'),
    OPENAI_SPEECH_MODEL: z.string().default('gpt-4o-mini-tts'),
    OPENAI_REALTIME_MODEL: z.string().default('gpt-realtime'),
    OPENAI_REALTIME_VOICE: z.enum(VOICES).default('marin'),
    OPENAI_REALTIME_URL: z.url().default('https://api.openai.com/v1/realtime/calls'),
    REALTIME_TURN_DETECTION: z.enum(['semantic_vad', 'server_vad']).default('semantic_vad'),
    /** Log realtime mint and transcript events (metadata only; never audio, text or secrets). */
    REALTIME_DEBUG: bool,
    OPENAI_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
    OPENAI_MAX_RETRY_AFTER_S: z.coerce.number().int().min(0).default(10),
    MAX_UPLOAD_MB: z.coerce.number().min(0.1).max(50).default(10),
    MAX_AUDIO_MB: z.coerce.number().min(0.1).max(100).default(25),
    /** How many recorded answers' audio to keep per owner (oldest dropped first). */
    AUDIO_KEEP_PER_OWNER: z.coerce.number().int().min(0).default(200),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  })
  .transform((env) => ({
    ...env,
    DATA_DIR: path.resolve(env.DATA_DIR),
    coachEnabled: env.OPENAI_API_KEY !== undefined,
  }));

export type Config = z.infer<typeof ConfigSchema>;

/** Thrown when the environment is invalid; the message names each bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parse an environment-like record into a frozen Config, or throw ConfigError. */
export function parseConfig(env: Record<string, string | undefined>): Readonly<Config> {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(result.data);
}

/** Load `.env` (if present in the working directory) into process.env, then parse it. */
export function loadConfig(envFile = '.env'): Readonly<Config> {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env);
}
