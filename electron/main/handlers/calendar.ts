import { listHires } from '../../../db/queries/hires';
import { svText } from '../../shared/i18n/translate';
import type { HandlerContext } from '../ipc/context';
import type { DomainHandlers } from '../ipc/dispatch';
import { calendarFor } from '../services/calendar-export';
import { outcomeOf, safeFileName, saveThroughDialog } from '../services/files';
import { calendarOf, hireOrFail } from '../services/plans';

async function saveCalendar(ctx: HandlerContext, defaultName: string, ics: () => string) {
  const options = {
    title: svText('hours.exportDialog'),
    defaultName,
    filters: [{ name: svText('hours.calendarFileType'), extensions: ['ics'] }],
  };
  return outcomeOf(await saveThroughDialog(ctx.desktop, options, ics));
}

export const calendarHandlers: DomainHandlers<'calendar'> = {
  'calendar:export-hire': ({ hireId }, ctx) => {
    const hire = hireOrFail(ctx.db, hireId);
    return saveCalendar(ctx, `${safeFileName(hire.name)}.ics`, () =>
      calendarFor(ctx.db, [hire], `Introduktion – ${hire.name}`, new Date(ctx.now())),
    );
  },
  'calendar:export-all': (_input, ctx) =>
    saveCalendar(ctx, 'Introduktioner.ics', () => calendarFor(ctx.db, listHires(ctx.db, false), 'Introduktioner', new Date(ctx.now()))),
  'calendar:day-info': ({ date }, ctx) => {
    const calendar = calendarOf(ctx.db);
    return { date, dayOff: calendar.dayOff(date), nextWorkingDay: calendar.onOrAfter(date) };
  },
};
