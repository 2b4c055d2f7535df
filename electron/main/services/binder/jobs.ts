import { AsyncResource } from 'node:async_hooks';
import { Worker } from 'node:worker_threads';
import type { Db } from '../../../../db/client';
import type { BinderStep } from '../../../shared/events';
import type { IsoDate } from '../../../shared/rules/days';
import { swedishDate } from '../../../shared/rules/swedish-time';
import type { BinderVariant } from '../../../shared/schemas/binder';
import { gatherBinderData, type BinderData } from './data';
import { binderPdf, type BinderProgress } from './render';

/** What the main side sends the worker, and what comes back. */
export interface BinderJob {
  jobId: number;
  data: BinderData;
  printedAt: string;
}
export type WorkerMessage =
  | { kind: 'progress'; jobId: number; step: BinderStep; done: number; total: number }
  | { kind: 'done'; jobId: number; pdf: Uint8Array }
  | { kind: 'failed'; jobId: number; message: string };

/** The user cancelled the binder: nothing was written. */
export class BinderCancelledError extends Error {
  constructor() {
    super('Pärmen avbröts.');
    this.name = 'BinderCancelledError';
  }
}

export interface BinderOptions {
  onProgress?: BinderProgress;
  signal?: AbortSignal;
}

/** Makes binder PDFs from gathered data; the app's runs in a worker thread. */
export interface BinderMaker {
  make(data: BinderData, printedAt: string, options?: BinderOptions): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Binders in a worker thread, so laying out 80 pages (0.5–2 s) never stalls the main process and
 * with it every window. One worker is kept warm between binders (loading pdfmake and its fonts
 * costs a few hundred ms) and runs one binder at a time; cancelling terminates it, and the next
 * binder starts a new one. `script` is the worker's bundled file, or a function that provides it
 * (tests build it on first use).
 */
export class BinderWorker implements BinderMaker {
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private jobs = 0;

  constructor(private readonly script: string | (() => Promise<string>)) {}

  make(data: BinderData, printedAt: string, options: BinderOptions = {}): Promise<Buffer> {
    const run = this.queue.then(() => this.run(data, printedAt, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private async started(): Promise<Worker> {
    if (this.worker) return this.worker;
    const file = typeof this.script === 'string' ? this.script : await this.script();
    // A worker's heap may otherwise grow as far as the main process's: a warm worker held
    // +275 MB after seven 82-page binders, +205 MB with this bound (the whole binder needs ~150).
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
    // An idle worker must not keep the app (or a test) alive; a running job holds it (ref below).
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private async run(data: BinderData, printedAt: string, { onProgress, signal }: BinderOptions): Promise<Buffer> {
    if (signal?.aborted) throw new BinderCancelledError();
    const worker = await this.started();
    const jobId = ++this.jobs;
    // Progress arrives as worker messages; bound here, it is reported as part of the call that asked.
    const report = onProgress && AsyncResource.bind(onProgress);
    return new Promise<Buffer>((resolve, reject) => {
      const finish = () => {
        worker.off('message', onMessage).off('error', onFailure).off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        worker.unref();
      };
      const lost = (error: Error) => {
        finish();
        if (this.worker === worker) this.worker = null;
        reject(error);
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.jobId !== jobId) return;
        if (message.kind === 'progress') return report?.(message.step, message.done, message.total);
        finish();
        if (message.kind === 'done') resolve(Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength));
        else reject(new Error(message.message));
      };
      const onFailure = (error: Error) => lost(error);
      const onExit = (code: number) => lost(new Error(`the binder worker stopped (exit code ${code})`));
      const onAbort = () => {
        lost(new BinderCancelledError());
        void worker.terminate();
      };
      worker.on('message', onMessage).on('error', onFailure).on('exit', onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.ref();
      worker.postMessage({ jobId, data, printedAt } satisfies BinderJob);
    });
  }
}

/** Binders made in this thread: for the demo's command line, where no window waits. */
export const binderHere: BinderMaker = {
  make: (data, printedAt, { onProgress } = {}) => binderPdf(data, printedAt, onProgress),
  close: () => Promise.resolve(),
};

/** One binder made in this thread from the database: the demo and the layout tests. */
export function renderBinder(db: Db, hireId: number, variant: BinderVariant, today: IsoDate, printedAt: string): Promise<Buffer> {
  return binderHere.make(gatherBinderData(db, hireId, variant, today, swedishDate(printedAt)), printedAt);
}
