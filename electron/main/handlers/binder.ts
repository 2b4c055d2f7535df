import { access } from 'node:fs/promises';
import type { BinderStep } from '../../shared/events';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import type { HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { short } from '../services/binder/format';
import { gatherBinderData } from '../services/binder/data';
import { BinderCancelledError } from '../services/binder/jobs';
import { outcomeOf, safeFileName, saveThroughDialog } from '../services/files';
import { hireOrFail } from '../services/plans';
import { swedishDate } from '../../shared/rules/swedish-time';

/**
 * The last binder written in this run, per app context: "Öppna" opens that file, so the renderer
 * never names a path. Kept in memory only; a restart forgets it, as a notification would be gone too.
 */
const lastExported = new WeakMap<HandlerContext, string>();

/** The binder being made now, per app context, so "Avbryt" can stop it. */
const running = new WeakMap<HandlerContext, AbortController>();
let jobs = 0;

export const binderHandlers: DomainHandlers<'binder'> = {
  'binder:export-pdf': async ({ hireId, variant }, ctx) => {
    const hire = hireOrFail(ctx.db, hireId);
    const now = ctx.now();
    const options = {
      title: svText('binder.exportDialog'),
      defaultName: svText(variant === 'full' ? 'binder.fullFileName' : 'binder.dayOneFileName', {
        name: safeFileName(short(hire.name, 80)),
      }),
      filters: [{ name: svText('binder.fileType'), extensions: ['pdf'] }],
    };
    const jobId = ++jobs;
    const progress = (step: BinderStep, done: number, total: number) => ctx.events.publish('binder-progress', { jobId, step, done, total });
    const controller = new AbortController();
    const make = () => {
      progress('gather', 0, 1);
      // Read after the dialog closes, so the binder has what the plan holds when it is saved.
      const data = gatherBinderData(ctx.db, hireId, variant, swedishDate(now), swedishDate(now));
      running.set(ctx, controller);
      return ctx.binders.make(data, now, { onProgress: progress, signal: controller.signal });
    };
    try {
      const target = await saveThroughDialog(ctx.desktop, options, make);
      if (target) lastExported.set(ctx, target);
      return outcomeOf(target);
    } catch (error) {
      if (error instanceof BinderCancelledError) return outcomeOf(null);
      throw error;
    } finally {
      if (running.get(ctx) === controller) running.delete(ctx);
    }
  },
  'binder:cancel-export': (_input, ctx) => running.get(ctx)?.abort(),
  'binder:open-exported': async (_input, ctx) => {
    const file = lastExported.get(ctx);
    if (!file) throw new AppError('not-found', svText('binder.nothingExported'));
    try {
      await access(file);
    } catch {
      throw new AppError('not-found', svText('binder.fileGone'));
    }
    try {
      await ctx.desktop.openFile(file);
    } catch {
      throw new AppError('conflict', svText('binder.openFailed'));
    }
  },
};
