import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { classifyError, retryAfterMs } from '../../../../src/server/coach/llm/failures.js';

const limits = { maxRetryAfterSeconds: 10, timeoutMs: 30_000 };
const apiError = (status: number, headers: Record<string, string> = {}) => APIError.generate(status, { message: 'x' }, 'x', new Headers(headers));

describe('retryAfterMs', () => {
  it('reads retry-after-ms, seconds and HTTP dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '1500' }))).toBe(1500);
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': 'Tue, 01 Jan 2030 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({}))).toBeUndefined();
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
  });
});

describe('classifyError', () => {
  it('retries a 429 only when Retry-After is present and within the limit', () => {
    expect(classifyError(apiError(429, { 'retry-after': '2' }), limits)).toMatchObject({ kind: 'rate_limited', retryable: true, waitMs: 2000 });
    expect(classifyError(apiError(429, { 'retry-after': '11' }), limits)).toMatchObject({ retryable: false });
    expect(classifyError(apiError(429), limits)).toMatchObject({ retryable: false });
  });

  it('retries 5xx and network errors; not other 4xx', () => {
    expect(classifyError(apiError(502), limits)).toMatchObject({ kind: 'server_error', retryable: true, status: 502 });
    expect(classifyError(new APIConnectionError({ message: 'refused' }), limits)).toMatchObject({ kind: 'network', retryable: true });
    expect(classifyError(new TypeError('terminated'), limits)).toMatchObject({ kind: 'network', retryable: true });
    expect(classifyError(apiError(404), limits)).toMatchObject({ kind: 'rejected', retryable: false, reason: expect.stringContaining('model name') });
  });
});
