/**
 * The binder worker's entry (bundled to dist/electron/binder-worker.cjs): lays out one binder at a
 * time from data the main side gathered, reporting progress. No database and no Electron here.
 */
import { parentPort } from 'node:worker_threads';
import type { BinderJob, WorkerMessage } from './jobs';
import { binderPdf } from './render';

const port = parentPort;
if (!port) throw new Error('binder-worker runs only as a worker thread');

const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', ({ jobId, data, printedAt }: BinderJob) => {
  binderPdf(data, printedAt, (step, done, total) => post({ kind: 'progress', jobId, step, done, total })).then(
    (pdf) => {
      // A copy with its own ArrayBuffer (a Buffer may share a pool), moved rather than cloned.
      const bytes = new Uint8Array(pdf);
      post({ kind: 'done', jobId, pdf: bytes }, [bytes.buffer]);
    },
    (error: unknown) => post({ kind: 'failed', jobId, message: error instanceof Error ? error.message : String(error) }),
  );
});
