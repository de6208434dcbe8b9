import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { classifyError, humanWait, invalidReply, retryAfterMs, timeoutFailure } from '../../../../src/server/coach/llm/failures.js';

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

describe('humanWait', () => {
  it('says seconds under a minute, minutes above, hours beyond ninety minutes', () => {
    expect(humanWait(400)).toBe('a moment');
    expect(humanWait(1000)).toBe('about 1 second');
    expect(humanWait(44_200)).toBe('about 45 seconds');
    expect(humanWait(60_000)).toBe('about 1 minute');
    expect(humanWait(120_000)).toBe('about 2 minutes');
    expect(humanWait(150_000)).toBe('about 3 minutes');
    expect(humanWait(3 * 3600_000)).toBe('about 3 hours');
  });
});

describe('fallback reasons', () => {
  it('uses a known Retry-After that is too long to wait for', () => {
    const f = classifyError(apiError(429, { 'retry-after': '120' }), limits);
    expect(f).toMatchObject({ kind: 'rate_limited', retryable: false, reason: 'the AI service is rate-limited; try again in about 2 minutes' });
    expect(classifyError(apiError(429), limits).reason).toBe('the AI service is rate-limited (HTTP 429)');
  });

  it('reads as one sentence after "Built-in coach used because"', () => {
    const reasons = [
      invalidReply(1).reason,
      invalidReply(2).reason,
      timeoutFailure(30_000).reason,
      classifyError(apiError(429, { 'retry-after': '120' }), limits).reason,
      classifyError(apiError(503), limits).reason,
      classifyError(apiError(401), limits).reason,
      classifyError(new TypeError('terminated'), limits).reason,
    ];
    for (const reason of reasons) {
      // A clause: lower-case start, no closing period, and never a second "The AI coach" subject.
      expect(reason).toMatch(/^[a-z]/);
      expect(reason).not.toMatch(/\.$/);
      expect(`Built-in coach used because ${reason}.`).not.toMatch(/because the AI coach (was|is) unavailable/i);
    }
    expect(timeoutFailure(30_000).reason).toBe('the AI coach did not answer within 30 s');
  });
});
