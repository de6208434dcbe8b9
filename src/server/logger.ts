/**
 * Logger options: structured JSON, level from LOG_LEVEL, pretty only on a TTY,
 * request context mixed into every line, private text redacted by default.
 */
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { APIError } from 'openai';
import { stdSerializers, type LoggerOptions } from 'pino';
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

/** An error from an AI service (the OpenAI SDK's): its message and `error` field hold the reply body. */
function isUpstream(err: unknown): err is APIError {
  return err instanceof APIError && typeof err.status === 'number';
}

/** An upstream error as status, code and size only: its body may hold a traceback, echoed input or a key. */
function upstreamSummary(err: APIError): Record<string, unknown> {
  return { type: err.constructor.name, status: err.status, code: err.code ?? undefined, bodyChars: err.message.length };
}

/**
 * The `err` serializer: pino's own (type, message, stack, fields, and its
 * causes folded into message and stack), except that an upstream error
 * anywhere in the chain is replaced by upstreamSummary, so no service's reply
 * body reaches the log however an error wraps it.
 */
export function serializeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  if (isUpstream(err)) return upstreamSummary(err);
  const causes: unknown[] = [];
  for (let c: unknown = err.cause; c instanceof Error && causes.length < 10; c = c.cause) causes.push(c);
  const upstream = causes.find(isUpstream);
  if (!upstream) return stdSerializers.err(err);
  // Serialise the error without its causes, then say which upstream failure was behind it.
  const own = Object.assign(Object.create(Object.getPrototypeOf(err) as object) as Error, err, { message: err.message, stack: err.stack, cause: undefined });
  return { ...stdSerializers.err(own), upstream: upstreamSummary(upstream) };
}

export function loggerOptions(config: Pick<Config, 'LOG_LEVEL' | 'LOG_PRIVATE_TEXT'>): LoggerOptions {
  const pretty = process.stdout.isTTY && process.env.NODE_ENV !== 'production';
  return {
    level: config.LOG_LEVEL,
    mixin: contextFields,
    serializers: { err: serializeError },
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
