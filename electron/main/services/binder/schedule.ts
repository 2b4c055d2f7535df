import type { Content, TableCell } from 'pdfmake/interfaces';
import { addMonthsTo, shiftDays } from '../../../shared/rules/days';
import type { SessionStatus } from '../../../shared/schemas/hours';
import type { WeekRow } from '../../../shared/schemas/plan';
import { MISSING, section, type Part } from './cover';
import type { BinderData } from './data';
import { clean, dateSpan, duration, hours, longDate, longSpan, short, shortDate, weekdayName, weekdayNumberName, weekOf } from './format';
import { COLOR, CONTENT_WIDTH, dataTableOf, headerCell, subTitle, withFlexible } from './styles';

/** More items than this in one week are summarised, so a row always fits on a page. */
const ITEMS_PER_WEEK = 25;
const SESSION_NAMES: Record<SessionStatus, string> = { planned: 'Planerad', held: 'Genomförd', cancelled: 'Inställd' };

/** A week with nothing due; days off are still noted in the merged row. */
const quiet = (w: WeekRow) => w.items.length === 0 && !w.current && !w.overloaded;

interface Span {
  first: WeekRow;
  last: WeekRow;
  weeks: WeekRow[];
  daysOff: WeekRow['daysOff'];
}

/** Weeks with nothing due and the same introducer time are printed as one row ("v. 40–45"). */
function compact(weeks: readonly WeekRow[]): Span[] {
  const rows: Span[] = [];
  for (const week of weeks) {
    const open = rows.at(-1);
    if (open && quiet(week) && quiet(open.last) && open.last.introducerMinutes === week.introducerMinutes && open.last.year === week.year) {
      open.last = week;
      open.weeks.push(week);
      open.daysOff.push(...week.daysOff);
    } else rows.push({ first: week, last: week, weeks: [week], daysOff: [...week.daysOff] });
  }
  return rows;
}

/** The new hire's time in a row: one week's, or the range over merged weeks ("20 min – 1 h / v."). */
function hireTime({ weeks }: Span): string {
  const times = weeks.map((w) => w.hireMinutes);
  const low = Math.min(...times);
  const high = Math.max(...times);
  if (high === 0) return '–';
  if (weeks.length === 1) return duration(high);
  return low === high ? `${duration(high)} / v.` : `${low ? duration(low) : '0'} – ${duration(high)} / v.`;
}

function weekRow(span: Span, data: BinderData, year: string): TableCell[] {
  const { first, last, daysOff } = span;
  const full = data.variant === 'full';
  const range = first === last ? `v. ${first.week}` : `v. ${first.week}–${last.week}`;
  const items: Content[] = first.items.slice(0, ITEMS_PER_WEEK).map((i) => ({
    text: [
      { text: clean(i.title) },
      ...(full && (i.status === 'done' || i.status === 'followedUp')
        ? [{ text: `  ${i.status === 'done' ? 'klar' : 'uppföljd'}`, color: COLOR.muted }]
        : []),
      ...(full && i.late ? [{ text: '  försenad', bold: true }] : []),
    ],
    style: 'td',
    margin: [0, 0, 0, 1],
  }));
  if (first.items.length > ITEMS_PER_WEEK)
    items.push({ text: `… och ${first.items.length - ITEMS_PER_WEEK} punkter till, se planen`, style: 'small' });
  if (!first.items.length)
    items.push({ text: first === last ? 'Inget med slutdatum den här veckan.' : 'Inget med slutdatum de här veckorna.', style: 'small' });
  const preparation = span.weeks.reduce((sum, w) => sum + w.preparationMinutes, 0);
  if (preparation) items.push({ text: `Andra förbereder din start: ${duration(preparation)}`, style: 'small', italics: true });
  for (const day of daysOff) items.push({ text: `Ledig ${shortDate(day.date)}: ${clean(day.label)}`, style: 'small', italics: true });
  return [
    {
      stack: [
        { text: range, style: 'tdStrong' },
        ...(year ? [{ text: year, style: 'small' } as Content] : []),
        ...(full && first.current ? [{ text: 'denna vecka', style: 'small', bold: true, color: COLOR.accent } as Content] : []),
      ],
    },
    { text: dateSpan(first.monday, shiftDays(last.monday, 4)), style: 'td' },
    { stack: items },
    {
      stack: [
        { text: hireTime(span), style: 'td', alignment: 'right' },
        ...(first.overloaded
          ? [{ text: `över ${duration(first.limitMinutes)}`, style: 'small', bold: true, alignment: 'right' } as Content]
          : []),
      ],
    },
    {
      text: first.introducerMinutes ? `${duration(first.introducerMinutes)}${first === last ? '' : ' / v.'}` : '–',
      style: 'td',
      alignment: 'right',
    },
  ];
}

/** Vecka för vecka: a compact overview of what is due when, with the time it takes. */
export function weekOverview(data: BinderData): Part {
  // The year stands under the first week and wherever a new year begins.
  const rows = compact(data.weeks).map((r, i, all) =>
    weekRow(r, data, i === 0 || all[i - 1]!.last.year !== r.first.year ? String(r.first.year) : ''),
  );
  return section(
    'veckor',
    'Vecka för vecka',
    'Punkterna står under den vecka de ska vara klara. Din tid är den beräknade tiden för dina punkter, utspridd över arbetsdagarna från att en punkt börjar till att den ska vara klar; det som andra förbereder innan du börjar räknas inte som din tid. Introduktörstiden är den tid introduktören har avsatt för dig den veckan.',
    [
      dataTableOf(
        withFlexible([40, 70, 58, 60], 2),
        [
          headerCell('Vecka'),
          headerCell('Datum'),
          headerCell('Ska vara klart'),
          headerCell('Din tid', 'right'),
          headerCell('Introduktör', 'right'),
        ],
        rows,
      ),
    ],
  );
}

const endTime = (time: string, minutes: number) => {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

/** Reflektionsträffar: every session with its date, and when the ordinary groups take over. */
export function reflection(data: BinderData): Part {
  const full = data.variant === 'full';
  const rows = data.sessions.map((s, i): TableCell[] => [
    { text: String(i + 1), style: 'td', alignment: 'right' },
    { text: `${weekdayName(s.date)} ${longDate(s.date)}`, style: 'td', decoration: s.status === 'cancelled' ? 'lineThrough' : undefined },
    { text: `${s.time}–${endTime(s.time, s.durationMinutes)}`, style: 'td' },
    { text: weekOf(s.date), style: 'td' },
    ...(full ? [{ text: SESSION_NAMES[s.status], style: 'td' } as TableCell] : []),
    { text: full ? short(s.status === 'cancelled' ? (s.cancelReason ?? '') : s.theme, 120) : '', style: 'small' },
  ]);
  const header = [
    headerCell('Nr', 'right'),
    headerCell('Dag och datum'),
    headerCell('Tid'),
    headerCell('Vecka'),
    ...(full ? [headerCell('Status')] : []),
    headerCell(full ? 'Tema / anteckning' : 'Anteckning'),
  ];
  const widths = full ? withFlexible([16, 150, 58, 34, 56], 5) : withFlexible([16, 160, 62, 36], 4);
  return section(
    'reflektion',
    'Reflektionsträffar',
    'Reflektionsträffarna är ett tillfälle att tillsammans med andra nya kollegor och en samtalsledare tänka högt om arbetet, myndighetsrollen och det du möter. Tiden är avsatt – prioritera den.',
    [
      rows.length
        ? dataTableOf(widths, header, rows)
        : { text: 'Inga reflektionsträffar är planerade.', style: 'body', margin: [0, 4, 0, 8] },
      ...(data.ordinaryGroupFrom
        ? [
            {
              text: `Från ${longDate(data.ordinaryGroupFrom)} ingår du i de ordinarie reflektionsgrupperna.`,
              style: 'body',
              bold: true,
            } as Content,
          ]
        : []),
    ],
  );
}

/** Introduktören: who, how to reach them, and the time set aside year by year. */
export function introducer(data: BinderData): Part {
  const { hire, introducer: person, introducerSlot } = data;
  const { year1, year2 } = data.content.norms.introducerHoursPerWeek;
  const start = hire.startDate;
  const yearEnd = (n: number) => shiftDays(addMonthsTo(start, 12 * n), -1);
  const fact = (label: string, value: string, missing = false): TableCell[] => [
    { text: label.toUpperCase(), style: 'label', margin: [0, 2, 0, 0] },
    { text: value, fontSize: 10.5, bold: !missing, italics: missing, color: COLOR.ink },
  ];
  const facts: TableCell[][] = [
    fact('Introduktör', person ? clean(person.name) : `${MISSING} – utses av enhetschefen`, !person),
    ...(person?.phone ? [fact('Telefon', clean(person.phone))] : []),
    ...(person?.email ? [fact('E-post', clean(person.email))] : []),
    fact('Fast tid', `${weekdayNumberName(introducerSlot.weekday)}ar kl. ${introducerSlot.time}`),
  ];
  const years: TableCell[][] = [
    [
      { text: 'År 1', style: 'tdStrong' },
      { text: longSpan(start, yearEnd(1)), style: 'td' },
      { text: `${hours(year1)} i veckan`, style: 'td', alignment: 'right' },
    ],
    ...(year2 > 0
      ? [
          [
            { text: 'År 2', style: 'tdStrong' },
            { text: longSpan(shiftDays(yearEnd(1), 1), yearEnd(2)), style: 'td' },
            { text: `${hours(year2)} i veckan`, style: 'td', alignment: 'right' },
          ] as TableCell[],
        ]
      : []),
  ];
  return section(
    'introduktor',
    'Introduktören',
    'Din introduktör är en erfaren kollega som finns vid din sida under hela introduktionen: svarar på frågor, låter dig gå bredvid, ger återkoppling och hjälper dig att planera och prioritera. Tiden är schemalagd – säg till din chef om den inte blir av.',
    [
      { table: { widths: [110, CONTENT_WIDTH - 118], body: facts }, layout: 'factTable', margin: [0, 0, 0, 8] },
      subTitle('Avsatt tid'),
      dataTableOf(withFlexible([40, 90], 1), [headerCell('Period'), headerCell('Datum'), headerCell('Tid', 'right')], years),
    ],
    10,
  );
}
