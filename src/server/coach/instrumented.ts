/**
 * Wraps any Coach to record latency by provider and operation, and to count
 * fallbacks (feedback whose coach.fallbackReason is set), without the coaches
 * knowing about metrics.
 */
import { performance } from 'node:perf_hooks';
import type { Metrics } from '../plugins/metrics.js';
import type { Coach } from './coach.js';

export function instrumentCoach(coach: Coach, metrics: Metrics): Coach {
  async function timed<T>(operation: string, fn: () => Promise<T>, providerOf: (r: T) => string): Promise<T> {
    const t0 = performance.now();
    const result = await fn();
    metrics.coachLatency.observe({ provider: providerOf(result), operation }, (performance.now() - t0) / 1000);
    return result;
  }
  return {
    provider: coach.provider,
    model: coach.model,
    generateQuestions: (req, opts) => timed('questions', () => coach.generateQuestions(req, opts), () => coach.provider),
    evaluate: (req, opts) =>
      timed('evaluate', () => coach.evaluate(req, opts), (f) => {
        if (f.coach.fallbackReason) metrics.coachFallbacks.inc({ reason: 'evaluate' });
        return f.coach.provider;
      }),
    exampleAnswer: (req, opts) =>
      timed('example_answer', () => coach.exampleAnswer(req, opts), (e) => {
        if (e.coach.fallbackReason) metrics.coachFallbacks.inc({ reason: 'example_answer' });
        return e.coach.provider;
      }),
  };
}
