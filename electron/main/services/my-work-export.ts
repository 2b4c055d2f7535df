import { ICalEventTransparency } from 'ical-generator';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { svText } from '../../shared/i18n/translate';
import { shiftDays } from '../../shared/rules/days';
import { formatMinutes } from '../../shared/rules/duration';
import { WORK_GROUPS } from '../../shared/rules/my-work';
import type { MyTask, MyWork } from '../../shared/schemas/my-work';
import { clean, dateSpan, longDate } from './binder/format';
import { pdfmake } from './binder/render';
import { icsText, itemEventUid, newCalendar, utcDay } from './calendar-export';
import { COLOR, styles } from './binder/styles';

const cell = (text: string, style = 'td'): TableCell => ({ text: clean(text), style });

function taskTable(tasks: readonly MyTask[], year: number): Content {
  const head = ['myWork.hire', 'myWork.task', 'myWork.window', 'myWork.time'].map((key) => cell(svText(key as never), 'th'));
  return {
    layout: 'dataTable',
    table: {
      headerRows: 1,
      widths: [110, '*', 95, 40],
      dontBreakRows: true,
      body: [
        head,
        ...tasks.map((t) => [
          cell(t.hireName),
          cell(t.title, 'tdStrong'),
          cell(dateSpan(t.startDate, t.dueDate, year)),
          cell(formatMinutes(t.expectedMinutes)),
        ]),
      ],
    },
    margin: [0, 0, 0, 6],
  };
}

/** Mina uppgifter on one page (more when the list is long): the groups, follow-ups, sessions and hours. */
export async function myWorkPdf(work: MyWork, printedAt: string): Promise<Buffer> {
  const year = Number(work.today.slice(0, 4));
  const content: Content[] = [
    { text: svText('myWork.pdfTitle', { name: clean(work.person.name) }), style: 'h1' },
    { text: svText('myWork.printed', { date: longDate(work.today) }), style: 'small', margin: [0, 4, 0, 8] },
  ];
  for (const group of WORK_GROUPS) {
    const tasks = work.tasks.filter((t) => t.group === group);
    content.push({ text: `${svText(`myWork.groups.${group}`)} (${tasks.length})`, style: 'h3' });
    content.push(tasks.length ? taskTable(tasks, year) : { text: svText('myWork.nothing'), style: 'small' });
  }
  if (work.notFollowedUp.length) {
    content.push(
      { text: `${svText('myWork.notFollowedUp')} (${work.notFollowedUp.length})`, style: 'h3' },
      taskTable(work.notFollowedUp, year),
    );
  }
  const meetings = [
    ...work.sessions.map((s) => ({ ...s, what: s.hireName })),
    ...work.groupSessions.map((s) => ({ ...s, what: s.groupName })),
  ].sort((a, b) => `${a.date}${a.time}`.localeCompare(`${b.date}${b.time}`));
  if (meetings.length) {
    content.push(
      { text: svText('myWork.sessions'), style: 'h3' },
      {
        ul: meetings.map((s) => ({
          text: `${longDate(s.date)} ${s.time} · ${clean(s.what)}${s.place ? ` · ${clean(s.place)}` : ''} · ${svText(s.leads ? 'myWork.leads' : 'myWork.attends')}`,
          style: 'td',
        })),
      },
    );
  }
  if (work.hoursDue.length) {
    content.push(
      { text: svText('myWork.hoursDue'), style: 'h3' },
      {
        ul: work.hoursDue.map((h) => ({
          text: `${clean(h.hireName)}: ${svText('myWork.hoursRow', { week: h.week, logged: formatMinutes(h.loggedMinutes), expected: formatMinutes(h.expectedMinutes) })}`,
          style: 'td',
        })),
      },
    );
  }
  const document: TDocumentDefinitions = {
    info: { title: svText('myWork.pdfTitle', { name: clean(work.person.name) }), author: 'Introplan', creationDate: new Date(printedAt) },
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 48],
    defaultStyle: { font: 'Roboto', fontSize: 9, color: COLOR.ink },
    styles: { ...styles, h1: { ...styles.h1, fontSize: 18 } },
    content,
    footer: (page, pages) => ({ text: `${page} / ${pages}`, style: 'small', alignment: 'right', margin: [48, 16, 48, 0] }),
  };
  return Buffer.from(await pdfmake().createPdf(document).getBuffer());
}

/**
 * The person's dated items as all-day events on their due day (a window of weeks would fill the
 * calendar), free time rather than booked, with the UIDs the hire's calendar uses, so importing
 * again updates instead of duplicating.
 */
export function myWorkCalendar(work: MyWork, exportedAt: string, hireCreatedAt: ReadonlyMap<number, string>): string {
  const calendar = newCalendar(svText('myWork.pdfTitle', { name: work.person.name }));
  for (const task of work.tasks) {
    calendar.createEvent({
      id: itemEventUid(task.itemId, hireCreatedAt.get(task.hireId) ?? ''),
      stamp: new Date(exportedAt),
      allDay: true,
      start: utcDay(task.dueDate),
      end: utcDay(shiftDays(task.dueDate, 1)),
      summary: svText('hours.calendarFile.item', { title: task.title, name: task.hireName }),
      description: svText('myWork.icsDescription', {
        window: dateSpan(task.startDate, task.dueDate),
        time: formatMinutes(task.expectedMinutes),
      }),
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return icsText(calendar);
}
