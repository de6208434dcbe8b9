/**
 * The logger options the server uses (src/server/logger.ts), on a captured
 * stream: private text is censored by default, kept only with
 * LOG_PRIVATE_TEXT, and the request context is mixed into every line.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { requestContext } from '../../src/server/context.js';
import { loggerOptions } from '../../src/server/logger.js';

function capture(logPrivateText: boolean) {
  const out: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      out.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  // Pretty printing (a transport) is for terminals; the stream replaces stdout here.
  const { transport: _transport, ...options } = loggerOptions({ LOG_LEVEL: 'info', LOG_PRIVATE_TEXT: logPrivateText });
  return { log: pino(options, stream), out };
}

describe('logger options', () => {
  it('censors answers, resumes, transcripts and cookies by default', () => {
    const { log, out } = capture(false);
    log.info({ text: 'my answer', answer: 'a', resume: 'r', jobDescription: 'jd', transcript: 't', item: { text: 'nested' }, req: { headers: { cookie: 'owner=x' } } }, 'probe');
    expect(out[0]).toMatchObject({ text: '[private]', answer: '[private]', resume: '[private]', jobDescription: '[private]', transcript: '[private]', item: { text: '[private]' }, req: { headers: { cookie: '[private]' } } });
  });

  it('keeps private text only when LOG_PRIVATE_TEXT is on, and still hides the cookie', () => {
    const { log, out } = capture(true);
    log.info({ text: 'my answer', req: { headers: { cookie: 'owner=x' } } }, 'probe');
    expect(out[0]).toMatchObject({ text: 'my answer', req: { headers: { cookie: '[private]' } } });
  });

  it('adds ownerHash and sessionId from the request context to every line', () => {
    const { log, out } = capture(false);
    requestContext.run({ requestId: 'r1', ownerHash: 'abc123', sessionId: 's1' }, () => log.info('inside'));
    log.info('outside');
    expect(out[0]).toMatchObject({ ownerHash: 'abc123', sessionId: 's1' });
    expect(out[1]).not.toHaveProperty('ownerHash');
  });
});
