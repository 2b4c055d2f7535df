import { listHires } from '../../../db/queries/hires';
import { translateSv } from '../../shared/i18n/translate';
import type { HandlerContext } from '../ipc/context';
import type { HandlerTable } from '../ipc/dispatch';
import { calendarFor, safeFileName } from '../services/calendar-export';
import { writeFileAtomically } from '../services/files';
import { hireOrFail } from '../services/plans';

async function saveCalendar(ctx: HandlerContext, defaultName: string, ics: () => string) {
  const target = await ctx.desktop.chooseSaveFile({
    title: translateSv('hours.exportDialog') ?? '',
    defaultName,
    filters: [{ name: translateSv('hours.calendarFileType') ?? 'iCalendar', extensions: ['ics'] }],
  });
  if (!target) return { saved: false as const };
  await writeFileAtomically(target, ics());
  return { saved: true as const, fileName: target.split(/[\\/]/).pop() ?? target };
}

export const calendarHandlers = {
  'calendar:export-hire': ({ hireId }, ctx) => {
    const hire = hireOrFail(ctx.db, hireId);
    return saveCalendar(ctx, `${safeFileName(hire.name)}.ics`, () => calendarFor(ctx.db, [hire], `Introduktion – ${hire.name}`, new Date(ctx.now())));
  },
  'calendar:export-all': (_input, ctx) =>
    saveCalendar(ctx, 'Introduktioner.ics', () => calendarFor(ctx.db, listHires(ctx.db, false), 'Introduktioner', new Date(ctx.now()))),
} satisfies Partial<HandlerTable>;
