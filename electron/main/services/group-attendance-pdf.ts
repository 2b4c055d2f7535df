import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Db } from '../../../db/client';
import { getBinderSettings } from '../../../db/queries/binder-settings';
import { memberOn } from '../../shared/rules/groups';
import { swedishDate } from '../../shared/rules/swedish-time';
import { clean, longDate, shortDate, weekdayNumberName } from './binder/format';
import { pdfmake } from './binder/render';
import { COLOR, styles } from './binder/styles';
import { groupDetail } from './groups';

/** Roboto has no check mark, so a present member's cell draws one. */
const TICK =
  '<svg width="9" height="9" viewBox="0 0 9 9"><path d="M1.2 4.8 L3.6 7.2 L7.8 1.8" stroke="#1f2933" stroke-width="1.4" fill="none"/></svg>';
/** Rows left empty for a guest or a new member written in by hand. */
const BLANK_ROWS = 3;
/** Columns that fit an A4 page across beside the names. */
const MAX_SESSIONS = 12;

/**
 * The group's attendance list to print: leader, place and time in the head, one column per
 * session (held and planned ones, the latest twelve up to the next planned ones), one row per
 * member during those sessions; ✓ present, – absent, an empty box where nobody ticked yet.
 */
export async function attendancePdf(db: Db, groupId: number, printedAt: string): Promise<Buffer> {
  const today = swedishDate(printedAt);
  const group = groupDetail(db, groupId, today);
  const sessions = group.sessions.filter((s) => s.status !== 'cancelled');
  const firstPlanned = sessions.findIndex((s) => s.status === 'planned' && s.date >= today);
  const end = firstPlanned < 0 ? sessions.length : Math.min(sessions.length, firstPlanned + 4);
  const shown = sessions.slice(Math.max(0, end - MAX_SESSIONS), end);
  const members = group.members.filter((m) => shown.some((s) => memberOn(m, s.date)) || (m.active && !shown.length));
  const { municipality, unit } = getBinderSettings(db);
  const organisation = [clean(municipality), clean(unit)].filter(Boolean).join(' · ');
  const leader = group.leader?.name ?? group.leaderName;
  const facts = [
    leader ? `Ledare ${clean(leader)}` : '',
    group.place ? clean(group.place) : '',
    `${weekdayNumberName(group.weekday)}ar kl. ${group.time}`,
  ].filter(Boolean);
  const baseYear = Number(today.slice(0, 4));
  const head: TableCell[] = [
    { text: 'Namn', style: 'small', bold: true },
    ...shown.map((s) => ({ text: shortDate(s.date, baseYear), style: 'small', bold: true, alignment: 'center' as const })),
  ];
  const cell = (memberId: number, session: (typeof shown)[number], member: (typeof members)[number]): TableCell => {
    if (!memberOn(member, session.date)) return { text: '', fillColor: '#eeeeee' };
    const mark = session.attendance.find((a) => a.memberId === memberId);
    if (!mark) return { text: '' };
    return mark.present ? { svg: TICK, alignment: 'center' } : { text: '–', alignment: 'center' };
  };
  const body: TableCell[][] = [
    head,
    ...members.map((m) => [{ text: clean(m.name) }, ...shown.map((s) => cell(m.id, s, m))]),
    ...Array.from({ length: BLANK_ROWS }, () => [{ text: ' ' }, ...shown.map(() => ({ text: '' }))]),
  ];
  const table: Content = shown.length
    ? {
        table: { headerRows: 1, widths: [150, ...shown.map(() => '*')], heights: 18, body },
        layout: { hLineColor: () => COLOR.rule, vLineColor: () => COLOR.rule },
      }
    : { text: 'Gruppen har inga träffar ännu.', style: 'small' };
  const title = `Närvarolista – ${clean(group.name)}`;
  const document: TDocumentDefinitions = {
    info: { title, author: organisation || 'Introplan', creator: 'Introplan', producer: 'Introplan', creationDate: new Date(printedAt) },
    language: 'sv',
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: 'Roboto', fontSize: 9, color: COLOR.ink },
    styles: { ...styles, h1: { ...styles.h1, fontSize: 18 } },
    content: [
      ...(organisation ? [{ text: organisation, style: 'small' }] : []),
      { text: title, style: 'h1' },
      { text: `${facts.join(' · ')}. Utskriven ${longDate(today)}.`, style: 'small', margin: [0, 4, 0, 10] },
      table,
      {
        columns: [
          { svg: TICK, width: 10 },
          { text: 'närvarande   – frånvarande   grå ruta: inte medlem då   tom ruta: bocka för på träffen', style: 'small' },
        ],
        columnGap: 4,
        margin: [0, 8, 0, 0],
      },
    ],
    footer: (page, pages) => ({ text: `${page} / ${pages}`, style: 'small', alignment: 'right', margin: [40, 16, 40, 0] }),
  };
  return Buffer.from(await pdfmake().createPdf(document).getBuffer());
}
