/**
 * Tiny benchmark harness: run a function many times, report median and p99
 * in milliseconds. Each bench module exports `run(): Promise<BenchResult[]>`.
 */
import { performance } from 'node:perf_hooks';

export interface BenchResult {
  name: string;
  unit: string;
  median: number;
  p99: number;
  /** Optional target, printed beside the numbers (e.g. "median < 10 ms"). */
  target?: string;
  /** Free-form extra numbers (throughput, memory). */
  extra?: Record<string, number | string>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const idx = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, idx)]!;
}

/** Time `fn` `iterations` times after `warmup` untimed runs; returns ms samples sorted. */
export async function sample(fn: () => unknown, iterations = 200, warmup = 20): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

export async function measure(
  name: string,
  fn: () => unknown,
  opts: { iterations?: number; warmup?: number; target?: string } = {},
): Promise<BenchResult> {
  const s = await sample(fn, opts.iterations, opts.warmup);
  return { name, unit: 'ms', median: percentile(s, 50), p99: percentile(s, 99), target: opts.target };
}
