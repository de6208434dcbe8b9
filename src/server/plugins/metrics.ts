/**
 * Prometheus metrics at GET /metrics: request counts and latency by route,
 * coach latency by provider, coach fallbacks, upload rejections. Each app
 * gets its own registry (tests build many apps in one process).
 */
import type { FastifyInstance } from 'fastify';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  coachLatency: Histogram<'provider' | 'operation'>;
  coachFallbacks: Counter<'reason'>;
  uploadRejections: Counter<'code'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    coachLatency: new Histogram({
      name: 'coach_latency_seconds',
      help: 'Time a coach took, by provider and operation',
      labelNames: ['provider', 'operation'],
      buckets: [0.005, 0.02, 0.1, 0.5, 1, 2, 5, 10, 30],
      registers: [registry],
    }),
    coachFallbacks: new Counter({
      name: 'coach_fallbacks_total',
      help: 'Times the built-in coach answered because the LLM coach failed',
      labelNames: ['reason'],
      registers: [registry],
    }),
    uploadRejections: new Counter({
      name: 'upload_rejections_total',
      help: 'Uploads refused, by error code',
      labelNames: ['code'],
      registers: [registry],
    }),
  };
}

export function registerMetrics(app: FastifyInstance, metrics: Metrics): void {
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [metrics.registry],
  });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [metrics.registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
    void reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
