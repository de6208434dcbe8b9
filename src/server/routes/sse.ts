/**
 * A minimal Server-Sent Events writer over a hijacked reply. Each event is
 * `event: name` + one `data:` line of JSON. Closing is idempotent.
 */
import type { FastifyReply } from 'fastify';

export interface SseStream {
  send(event: string, data: unknown): void;
  close(): void;
  /** Aborted when the client goes away, so upstream work can stop. */
  signal: AbortSignal;
}

export function openSse(reply: FastifyReply): SseStream {
  const controller = new AbortController();
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  let closed = false;
  raw.on('close', () => {
    if (!closed) controller.abort();
    closed = true;
  });
  return {
    signal: controller.signal,
    send(event, data) {
      if (closed) return;
      raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    close() {
      if (closed) return;
      closed = true;
      raw.end();
    },
  };
}
