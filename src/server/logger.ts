/**
 * Logger options: structured JSON, level from LOG_LEVEL, pretty only on a TTY,
 * request context mixed into every line, private text redacted by default.
 */
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
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

/**
 * One line per request, when it is done, with the route pattern instead of the
 * raw URL: Fastify's own "incoming request" line is written before our hooks
 * run (so it has no owner or session) and carries the query string, which can
 * hold private text such as a story search.
 */
export class ContextLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const fields = {
      method: request.method,
      route: request.routeOptions.url ?? null,
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...fields, err: error }, 'request_errored');
    else reply.log.info(fields, 'request_completed');
  }
}
