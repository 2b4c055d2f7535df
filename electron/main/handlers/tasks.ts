import { inArray } from 'drizzle-orm';
import { hires } from '../../../db/schema';
import { svText } from '../../shared/i18n/translate';
import { actor } from '../ipc/audited';
import { today, type HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { outcomeOf, saveThroughDialog } from '../services/files';
import { myWork } from '../services/my-work';
import { ownIntroduction } from '../services/own-introduction';
import { AppError } from '../errors';
import { myWorkCalendar, myWorkPdf } from '../services/my-work-export';
import { filteredWork } from '../../shared/rules/my-work';
import { reminderSettings, setReminderSettings } from '../services/reminders';

/** The list of the person working; refused (with "choose who you are") before anyone is chosen. */
const workOf = (ctx: HandlerContext) => myWork(ctx.db, actor(ctx), today(ctx));

export const tasksHandlers: DomainHandlers<'tasks'> = {
  'tasks:get-mine': (_input, ctx) => workOf(ctx),
  'tasks:get-introduction': (_input, ctx) => {
    if (ctx.user.hireId == null) throw new AppError('forbidden', svText('session.newHireOnly'));
    return ownIntroduction(ctx.db, ctx.user.hireId, today(ctx));
  },
  'tasks:export-pdf': async ({ hireId }, ctx) => {
    const work = filteredWork(workOf(ctx), hireId);
    const options = {
      title: svText('myWork.pdfDialog'),
      defaultName: `Mina uppgifter ${work.person.name}.pdf`,
      filters: [{ name: svText('myWork.pdfFileType'), extensions: ['pdf'] }],
    };
    return outcomeOf(await saveThroughDialog(ctx.desktop, options, () => myWorkPdf(work, ctx.now())));
  },
  'tasks:export-ics': async ({ hireId }, ctx) => {
    const work = filteredWork(workOf(ctx), hireId);
    const ids = [...new Set(work.tasks.map((t) => t.hireId))];
    const created = new Map(
      (ids.length ? ctx.db.select({ id: hires.id, createdAt: hires.createdAt }).from(hires).where(inArray(hires.id, ids)).all() : []).map(
        (h) => [h.id, h.createdAt],
      ),
    );
    const options = {
      title: svText('hours.exportDialog'),
      defaultName: `Mina uppgifter ${work.person.name}.ics`,
      filters: [{ name: svText('hours.calendarFileType'), extensions: ['ics'] }],
    };
    return outcomeOf(await saveThroughDialog(ctx.desktop, options, () => myWorkCalendar(work, ctx.now(), created)));
  },
  'tasks:get-reminders': (_input, ctx) => reminderSettings(ctx, actor(ctx)),
  'tasks:set-reminders': (input, ctx) => setReminderSettings(ctx, actor(ctx), input),
};
