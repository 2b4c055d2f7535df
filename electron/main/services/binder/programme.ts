import { svPlans } from '../../../shared/i18n/sv-plans';
import { svProgram } from '../../../shared/i18n/sv-program';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ItemStatus, PlanItemView, PlanPhase } from '../../../shared/schemas/plan';
import type { Responsible } from '../../../shared/schemas/template';
import { isCompleted } from '../../../shared/rules/plan';
import { swedishDate } from '../../../shared/rules/swedish-time';
import { MISSING, type Part, type TocEntry } from './cover';
import type { BinderData } from './data';
import { daysBetween } from '../../../shared/rules/days';
import { clean, dateSpan, duration, hours, longDate, longSpan, paragraphs, short, shortDate, weekSpan } from './format';
import { COLOR, dataTableOf, headerCell, sectionTitle, subTitle, withFlexible } from './styles';

export const STATUS_NAMES: Record<ItemStatus, string> = svPlans.status;
const ROLE_NAMES: Record<string, string> = svProgram.responsible;

const roleName = (r: Responsible) => (r.kind === 'role' ? (ROLE_NAMES[r.role] ?? r.role) : 'Namngiven person');
const minutesOf = (items: readonly PlanItemView[]) =>
  items.filter((i) => i.status !== 'notApplicable').reduce((s, i) => s + i.expectedMinutes, 0);
const phaseItems = (items: readonly PlanItemView[], phaseId: string) =>
  items.filter((i) => i.phaseId === phaseId).sort((a, b) => a.startDate.localeCompare(b.startDate) || a.dueDate.localeCompare(b.dueDate));

/** Introduktionsprogrammet: the phases, what each is for, and the support that runs through them. */
export function programme(data: BinderData): Part {
  const { content, phases, items } = data;
  const { year1, year2 } = content.norms.introducerHoursPerWeek;
  const segments = content.norms.reflection.segments.map((s) => {
    const months = s.fromMonth === s.toMonth ? `månad ${s.fromMonth}` : `månad ${s.fromMonth}–${s.toMonth}`;
    return `${s.perMonth === 1 ? 'en gång' : `${s.perMonth} gånger`} i månaden under ${months}`;
  });
  const phaseBlocks = phases.map((phase): Content => {
    const list = phaseItems(items, phase.id);
    return {
      unbreakable: true,
      stack: [
        { text: clean(phase.name), style: 'h2', margin: [0, 14, 0, 2] },
        {
          text: `${longSpan(phase.startDate, phase.endDate)} · ${weekSpan(phase.startDate, phase.endDate)}`,
          fontSize: 9,
          bold: true,
          color: COLOR.accent,
          margin: [0, 0, 0, 5],
        },
        ...paragraphs(phase.purpose).map((p): Content => ({ text: p, style: 'body', margin: [0, 0, 0, 5] })),
        {
          text: `${list.length} ${list.length === 1 ? 'punkt' : 'punkter'} i planen · beräknad tid ${duration(minutesOf(list))}`,
          style: 'small',
        },
      ],
    };
  });
  return {
    toc: [{ id: 'programmet', title: 'Introduktionsprogrammet', level: 1 }],
    content: [
      sectionTitle('programmet', 'Introduktionsprogrammet'),
      { text: clean(content.name), style: 'lead', bold: true, margin: [0, 0, 0, 6] },
      ...paragraphs(content.description).map((p): Content => ({ text: p, style: 'body', margin: [0, 0, 0, 8] })),
      {
        unbreakable: true,
        stack: [
          subTitle('Stöd under hela introduktionen'),
          {
            ul: [
              `Introduktör: ${hours(year1)} i veckan första året${year2 > 0 ? ` och ${hours(year2)} i veckan andra året` : ''}.`,
              ...(segments.length ? [`Reflektionsträffar ${segments.join(', därefter ')}.`] : []),
              'Uppföljningssamtal med enhetschefen enligt planen. Varje punkt följs upp.',
            ],
            style: 'body',
            margin: [0, 0, 0, 0],
          },
        ],
      },
      subTitle('Faserna'),
      { text: 'Faserna går delvis in i varandra med avsikt: du tar dig in i arbetet steg för steg.', style: 'body', margin: [0, 0, 0, 2] },
      ...phaseBlocks,
    ],
  };
}

/** The status with when it was reached; the year is written when it is not the year the binder is printed. */
function statusCell(item: PlanItemView, printedYear: number): TableCell {
  const detail = (text: string): Content => ({ text, style: 'small', margin: [0, 1, 0, 0] });
  const stamp = (at: string | undefined) => (at ? [detail(shortDate(swedishDate(at), printedYear))] : []);
  switch (item.status) {
    case 'todo':
      return { stack: [{ text: STATUS_NAMES.todo, style: item.late ? 'tdStrong' : 'td' }, ...(item.late ? [detail('försenad')] : [])] };
    case 'done':
      return { stack: [{ text: STATUS_NAMES.done, style: 'td' }, ...stamp(item.done?.at)] };
    case 'followedUp':
      return { stack: [{ text: STATUS_NAMES.followedUp, style: 'td' }, ...stamp(item.followedUp?.at)] };
    case 'notApplicable':
      return {
        stack: [
          { text: STATUS_NAMES.notApplicable, style: 'td' },
          ...(item.notApplicableReason ? [detail(short(item.notApplicableReason, 80))] : []),
        ],
      };
  }
}

function itemRow(item: PlanItemView, full: boolean, baseYear: number, printedYear: number): TableCell[] {
  const self = item.responsible.kind === 'role' && item.responsible.role === 'newHire';
  const who = item.responsiblePerson?.name ?? (item.responsible.kind === 'person' ? item.responsible.name : null);
  const note =
    full && clean(item.note) ? [{ text: short(item.note, 240), style: 'small', italics: true, margin: [0, 2, 0, 0] } as Content] : [];
  return [
    {
      stack: [
        { text: clean(item.title), style: 'tdStrong' },
        { text: clean(item.category), style: 'small', margin: [0, 1, 0, 0] },
        ...note,
      ],
    },
    {
      stack: [
        { text: dateSpan(item.startDate, item.dueDate, baseYear), style: 'td' },
        // Weeks help in a short window; over months the dates say enough.
        ...(daysBetween(item.startDate, item.dueDate) <= 70
          ? [{ text: weekSpan(item.startDate, item.dueDate), style: 'small' } as Content]
          : []),
      ],
    },
    { text: item.expectedMinutes ? duration(item.expectedMinutes) : '–', style: 'td' },
    self
      ? { text: 'Du själv', style: 'td' }
      : {
          stack: [
            { text: who ? clean(who) : MISSING, style: 'td', italics: !who },
            { text: roleName(item.responsible), style: 'small' },
          ],
        },
    ...(full ? [statusCell(item, printedYear)] : []),
    { text: '' },
  ];
}

function phaseTable(
  phase: Pick<PlanPhase, 'id' | 'name' | 'startDate' | 'endDate'> | null,
  list: readonly PlanItemView[],
  data: BinderData,
): Content[] {
  const full = data.variant === 'full';
  const baseYear = Number(data.hire.startDate.slice(0, 4));
  const applicable = list.filter((i) => i.status !== 'notApplicable');
  const progress = full ? ` · ${applicable.filter((i) => isCompleted(i.status)).length} av ${applicable.length} klara` : '';
  const widths = full ? withFlexible([64, 40, 76, 54, 62], 0) : withFlexible([70, 44, 86, 76], 0);
  const header = [
    headerCell('Punkt'),
    headerCell('När'),
    headerCell('Tid'),
    headerCell('Ansvarig'),
    ...(full ? [headerCell('Status')] : []),
    headerCell('Signatur / datum'),
  ];
  const title = phase ? clean(phase.name) : 'Övriga punkter';
  const dates = phase ? `${longSpan(phase.startDate, phase.endDate)} · ` : '';
  return [
    {
      stack: [
        subTitle(title, `plan-${phase?.id ?? 'ovrigt'}`, 'plan'),
        { text: `${dates}${list.length} punkter${progress}`, style: 'small', margin: [0, 0, 0, 2] },
      ],
      unbreakable: true,
    },
    list.length
      ? dataTableOf(
          widths,
          header,
          list.map((i) => itemRow(i, full, baseYear, Number(data.printedOn.slice(0, 4)))),
        )
      : { text: 'Inga punkter i den här fasen.', style: 'small', margin: [0, 4, 0, 12] },
  ];
}

/** Din introduktionsplan: every item by phase, with an empty column for handwritten sign-off. */
export function plan(data: BinderData): Part {
  const full = data.variant === 'full';
  const known = new Set(data.phases.map((p) => p.id));
  const orphans = data.items.filter((i) => !known.has(i.phaseId));
  const toc: TocEntry[] = [
    { id: 'plan', title: 'Din introduktionsplan', level: 1 },
    ...data.phases.map((p): TocEntry => ({ id: `plan-${p.id}`, title: clean(p.name), level: 2 })),
    ...(orphans.length ? [{ id: 'plan-ovrigt', title: 'Övriga punkter', level: 2 } as TocEntry] : []),
  ];
  const intro = full
    ? `Status per ${longDate(data.today)}. Punkter markerade försenad skulle ha varit klara. Kolumnen Signatur / datum fylls i för hand vid uppföljningen.`
    : 'Planen visar när varje punkt ska göras, ungefär hur lång tid den tar och vem som ansvarar för den. Signera med datum när punkten är gjord och har följts upp med din chef.';
  return {
    toc,
    content: [
      sectionTitle('plan', 'Din introduktionsplan'),
      { text: intro, style: 'body', margin: [0, 0, 0, 4] },
      ...(data.leftOut
        ? [
            {
              text: `${data.leftOut} punkter i programmet gäller inte dig och finns inte med här.`,
              style: 'small',
              margin: [0, 0, 0, 4],
            } as Content,
          ]
        : []),
      ...data.phases.flatMap((p) => phaseTable(p, phaseItems(data.items, p.id), data)),
      ...(orphans.length ? phaseTable(null, orphans, data) : []),
    ],
  };
}
