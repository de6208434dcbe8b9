/**
 * Logger options: structured JSON, level from LOG_LEVEL, pretty only on a TTY,
 * request context mixed into every line, private text redacted by default.
 */
import type { LoggerOptions } from 'pino';
import type { Config } from './config.js';
import { contextFields } from './context.js';

/** Paths whose values are private user text (resumes, answers, transcripts). */
export const PRIVATE_PATHS = [
  'text',
  'answer',
  'resume',
  'jobDescription',
  'transcript',
  '*.text',
  '*.answer',
  '*.transcript',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

export function loggerOptions(config: Pick<Config, 'LOG_LEVEL' | 'LOG_PRIVATE_TEXT'>): LoggerOptions {
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production';
  return {
    level: config.LOG_LEVEL,
    mixin: contextFields,
    redact: {
      paths: config.LOG_PRIVATE_TEXT ? ['req.headers.cookie', 'req.headers.authorization'] : PRIVATE_PATHS,
      censor: '[private]',
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  };
}
