/**
 * A tiny pool of extraction worker threads. Parsing a hostile PDF can spin for
 * a long time; a job that outlives its time limit gets its worker terminated
 * (the only way to stop synchronous work) and a fresh worker takes its place.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.js';
import type { CoreResult } from './core.js';
import type { JobMessage, WorkerReply } from './protocol.js';

interface Job {
  message: JobMessage;
  timeoutMs: number;
  resolve: (result: CoreResult) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/** Heap cap per worker: a pathological file fails alone instead of taking the server down. */
const WORKER_HEAP_MB = 512;

/**
 * Start the worker. Production runs compiled `worker.js` beside this file; from
 * sources (vitest, tsx) only `worker.ts` exists, so it is loaded through tsx's
 * loader, registered inside the thread before the entry is imported.
 */
function spawnWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const compiled = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(compiled))) return new Worker(compiled, options);
  const source = new URL('./worker.ts', import.meta.url).href;
  const tsxApi = resolveTsxEsmApi();
  const bootstrap =
    `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); ` +
    `return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** URL of tsx's ESM register API (its "import" export; the CJS build cannot be imported). */
function resolveTsxEsmApi(): string {
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkgPath), pkg.exports['./esm/api']!.import.default)).href;
}

export class ExtractionPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly size: number = Math.min(2, Math.max(1, availableParallelism() - 1))) {}

  /** Run one extraction; rejects with AppError on refusal or timeout. */
  run(payload: Omit<JobMessage, 'id'>, timeoutMs: number): Promise<CoreResult> {
    if (this.closed) return Promise.reject(new Error('extraction pool is closed'));
    return new Promise<CoreResult>((resolve, reject) => {
      this.queue.push({ message: { ...payload, id: this.nextId++ }, timeoutMs, resolve, reject });
      this.dispatch();
    });
  }

  /** Start a worker now (idle, not keeping the process alive) so the first upload is fast. */
  warm(): void {
    if (!this.closed && this.slots.size === 0) this.addSlot();
  }

  /** Terminate every worker; queued jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('extraction pool closed'));
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) this.failSlot(slot, new Error('extraction pool closed'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) break;
      if (slot.ready && !slot.job) this.assign(slot, this.queue.shift()!);
    }
    const starting = [...this.slots].filter((s) => !s.ready).length;
    if (this.queue.length > starting && this.slots.size < this.size) this.addSlot();
    // Busy workers (and ones starting for queued work) keep the process alive; idle ones do not.
    const waiting = this.queue.length > 0;
    for (const slot of this.slots) {
      if (slot.job || (waiting && !slot.ready)) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  private assign(slot: Slot, job: Job): void {
    slot.job = job;
    slot.timer = setTimeout(() => this.onTimeout(slot), job.timeoutMs);
    slot.worker.postMessage(job.message, [job.message.bytes]);
  }

  private addSlot(): void {
    const slot: Slot = { worker: spawnWorker(), ready: false, job: null, timer: null };
    this.slots.add(slot);
    slot.worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    slot.worker.on('error', (err) => this.onWorkerDeath(slot, err));
    slot.worker.on('exit', (code) => this.onWorkerDeath(slot, new Error(`extraction worker exited with code ${code}`)));
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (reply.type === 'ready') {
      slot.ready = true;
      return this.dispatch();
    }
    const job = slot.job;
    if (!job || job.message.id !== reply.id) return;
    this.release(slot);
    if (reply.type === 'done') job.resolve(reply.result);
    else if (reply.type === 'refused') job.reject(new AppError(reply.code, reply.message));
    else job.reject(Object.assign(new Error(`document extraction failed: ${reply.message}`), { workerStack: reply.stack }));
    this.dispatch();
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  private onTimeout(slot: Slot): void {
    const ms = slot.job?.timeoutMs ?? 0;
    const limit = ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
    this.failSlot(
      slot,
      new AppError(
        'document_unreadable',
        `Reading this document took longer than ${limit}, so we stopped. It may be unusually complex — ` +
          'export a simpler PDF (or a .docx), or paste the text instead.',
      ),
    );
    this.retire(slot);
  }

  /** A worker died (crash, out of memory, or startup failure). */
  private onWorkerDeath(slot: Slot, err: Error): void {
    if (!this.slots.has(slot)) return;
    const outOfMemory = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    this.failSlot(
      slot,
      outOfMemory
        ? new AppError('document_too_large', 'This document needs too much memory to read. Upload a smaller file, or paste the text instead.', { cause: err })
        : err,
    );
    if (!slot.ready) {
      // The worker could not even start: fail queued jobs instead of respawning in a loop.
      for (const job of this.queue.splice(0)) job.reject(err);
    }
    this.retire(slot);
  }

  private failSlot(slot: Slot, err: Error): void {
    const job = slot.job;
    this.release(slot);
    job?.reject(err);
  }

  /**
   * Drop a slot and terminate its thread. A replacement starts right away (if
   * the old worker had started fine) so the next upload does not pay for it.
   */
  private retire(slot: Slot): void {
    this.slots.delete(slot);
    void slot.worker.terminate();
    if (this.closed) return;
    if (slot.ready && this.slots.size === 0) this.addSlot();
    this.dispatch();
  }
}
