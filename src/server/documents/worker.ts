/**
 * Worker-thread entry: parses uploads off the main event loop. The pool
 * terminates this thread if a job runs past its time limit.
 */
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.js';
import { extractInThisThread } from './core.js';
import { warmUpPdf } from './pdf.js';
import type { JobMessage, WorkerReply } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('documents/worker.ts must run in a worker thread');

port.on('message', (job: JobMessage) => {
  void handle(job).then((reply) => port.postMessage(reply));
});

async function handle(job: JobMessage): Promise<WorkerReply> {
  try {
    const bytes = Buffer.from(job.bytes);
    const result = await extractInThisThread({ bytes, filename: job.filename, declaredType: job.declaredType }, job.limits);
    return { type: 'done', id: job.id, result };
  } catch (err) {
    if (isAppError(err)) return { type: 'refused', id: job.id, code: err.code, message: err.message };
    const e = err instanceof Error ? err : new Error(String(err));
    return { type: 'crashed', id: job.id, message: e.message, stack: e.stack };
  }
}

await warmUpPdf();
port.postMessage({ type: 'ready' } satisfies WorkerReply);
