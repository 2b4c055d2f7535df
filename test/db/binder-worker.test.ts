import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus } from '../../electron/main/ipc/events';
import { BinderWorker } from '../../electron/main/services/binder/jobs';
import type { EventEnvelope, EventPayload } from '../../electron/shared/events';
import { seedBinderHire } from '../support/binder-fixtures';
import { handlerHarness } from '../support/handler-context';
import { tempDbPath, tempDir } from '../support/paths';
import { readPdf } from '../support/read-pdf';

describe('the binder is made in a worker thread', () => {
  const heard: EventEnvelope[] = [];
  let h: ReturnType<typeof handlerHarness>;
  let hireId: number;
  beforeAll(async () => {
    h = handlerHarness(
      () => '2026-09-30T09:00:00.000Z',
      tempDbPath(),
      createEventBus(() => [{ id: 1, send: (e) => heard.push(e) }]),
    );
    ({ hireId } = await seedBinderHire(h));
  }, 60_000);
  afterAll(() => h.close());
  const progress = () => heard.filter((e) => e.name === 'binder-progress').map((e) => e.payload as EventPayload<'binder-progress'>);

  it('reports each step as it goes and writes a real PDF', async () => {
    heard.length = 0;
    const file = path.join(tempDir(), 'pärm.pdf');
    h.desktop.answerSave(file);
    expect(await h.must('binder:export-pdf', { hireId, variant: 'full' })).toEqual({ saved: true, fileName: 'pärm.pdf' });
    const steps = progress().map((p) => p.step);
    expect(steps[0]).toBe('gather');
    expect(steps.at(-1)).toBe('save');
    expect(steps).toContain('layout');
    expect(steps).toContain('attachments');
    // Layout is reported in whole percent, rising; every event belongs to the one job.
    const layout = progress().filter((p) => p.step === 'layout');
    expect(layout.at(-1)).toMatchObject({ done: 100, total: 100 });
    expect(layout.map((p) => p.done)).toEqual([...layout.map((p) => p.done)].sort((a, b) => a - b));
    expect(new Set(progress().map((p) => p.jobId)).size).toBe(1);
    const pdf = await readPdf(readFileSync(file));
    expect(pdf.numPages).toBeGreaterThan(15);
  });

  it('can be cancelled: nothing is written, and the next binder is made by a new worker', async () => {
    heard.length = 0;
    const folder = tempDir();
    const cancelled = path.join(folder, 'avbruten.pdf');
    h.desktop.answerSave(cancelled);
    const exporting = h.must('binder:export-pdf', { hireId, variant: 'full' });
    // Cancel once the worker is laying out pages.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (progress().some((p) => p.step === 'layout')) {
          clearInterval(poll);
          resolve();
        }
      }, 1);
    });
    await h.must('binder:cancel-export', {});
    expect(await exporting).toEqual({ saved: false });
    expect(existsSync(cancelled)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);

    const next = path.join(folder, 'nästa.pdf');
    h.desktop.answerSave(next);
    expect(await h.must('binder:export-pdf', { hireId, variant: 'dayOne' })).toEqual({ saved: true, fileName: 'nästa.pdf' });
    expect(readFileSync(next).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a worker that fails reports an error, and the worker after it works', async () => {
    const broken = new BinderWorker(() => Promise.resolve(path.join(tempDir(), 'missing-worker.cjs')));
    const data = { variant: 'full' } as never;
    await expect(broken.make(data, '2026-09-30T09:00:00.000Z')).rejects.toThrow();
    await broken.close();
    // Cancelling before the start writes nothing and starts no worker.
    const controller = new AbortController();
    controller.abort();
    await expect(broken.make(data, '2026-09-30T09:00:00.000Z', { signal: controller.signal })).rejects.toThrow('Pärmen avbröts.');
  });
});
