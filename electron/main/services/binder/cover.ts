import type { Content, TableCell } from 'pdfmake/interfaces';
import { swedishDate } from '../../../shared/rules/swedish-time';
import type { BinderData } from './data';
import { clean, longDate, weekdayName, weekOf } from './format';
import { COLOR, CONTENT_WIDTH, PAGE, sectionTitle } from './styles';

export interface TocEntry {
  id: string;
  title: string;
  level: 1 | 2;
}

/** What a builder gives the document: its pages and the headings the table of contents lists. */
export interface Part {
  toc: TocEntry[];
  content: Content[];
}

export const MISSING = 'saknas';

/** A top-level section: listed in the table of contents, opened by its heading and an introduction. */
export function section(id: string, title: string, intro: string, content: Content[], introGap = 4): Part {
  return {
    toc: [{ id, title, level: 1 }],
    content: [sectionTitle(id, title), { text: intro, style: 'body', margin: [0, 0, 0, introGap] }, ...content],
  };
}

const fact = (label: string, value: string, note?: string): TableCell[] => [
  { text: label.toUpperCase(), style: 'label', margin: [0, 2, 0, 0] },
  { text: [{ text: value, bold: true }, ...(note ? [{ text: `  ${note}`, color: COLOR.muted }] : [])], fontSize: 10.5, color: COLOR.ink },
];

/** When the introduction ends: planned, or, once the plan is finished, when it was (the date in Sweden). */
function ending(hire: BinderData['hire']): TableCell[] {
  if (!hire.finishedAt) return fact('Introduktionen pågår till', longDate(hire.endDate));
  const finished = swedishDate(hire.finishedAt);
  return fact('Avslutad', longDate(finished), finished === hire.endDate ? undefined : `planerad till ${longDate(hire.endDate)}`);
}

function logo(data: BinderData): Content[] {
  if (!data.logo) return [];
  const dataUrl = `data:${data.logo.mediaType};base64,${Buffer.from(data.logo.data).toString('base64')}`;
  return [{ image: dataUrl, fit: [170, 64], margin: [0, 0, 0, 14] }];
}

/** The cover: who the binder belongs to and who is responsible, in the hand-over's order. */
export function cover(data: BinderData): Content[] {
  const { hire } = data;
  // A long name gets a smaller size and less air above it, so the cover stays one page.
  const name = clean(hire.name);
  const nameSize = name.length <= 40 ? 30 : name.length <= 80 ? 24 : 18;
  const organisation = [clean(data.municipality), clean(data.unit)].filter(Boolean);
  const role = [clean(hire.title), clean(hire.team)].filter(Boolean).join(' · ');
  const edition =
    data.variant === 'full'
      ? `Uppdaterad utskrift med status per ${longDate(data.today)}.`
      : 'Pärm för första dagen: planen med datum och ansvariga. Status och signatur fylls i vid uppföljningarna.';
  return [
    ...logo(data),
    ...organisation.map((line, i): Content => ({
      text: line,
      fontSize: i === 0 ? 12 : 10.5,
      bold: i === 0,
      color: i === 0 ? COLOR.ink : COLOR.muted,
    })),
    {
      text: 'INTRODUKTIONSPÄRM',
      fontSize: 11,
      bold: true,
      color: COLOR.accent,
      characterSpacing: 2.5,
      margin: [0, (data.logo ? 110 : 170) - (30 - nameSize) * 4, 0, 10],
    },
    { text: name, fontSize: nameSize, bold: true, color: COLOR.ink, lineHeight: 1.05 },
    ...(role ? [{ text: role, fontSize: 13, color: COLOR.muted, margin: [0, 6, 0, 0] } as Content] : []),
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.75, lineColor: COLOR.rule }], margin: [0, 28, 0, 4] },
    {
      table: {
        widths: [140, CONTENT_WIDTH - 148],
        body: [
          fact('Startdatum', `${weekdayName(hire.startDate)} ${longDate(hire.startDate)}`, weekOf(hire.startDate)),
          fact('Enhetschef', hire.manager ? clean(hire.manager.name) : MISSING),
          fact(
            'Introduktör',
            hire.introducer ? clean(hire.introducer.name) : MISSING,
            hire.introducer ? undefined : 'utses av enhetschefen',
          ),
          ...(hire.coordinator ? [fact('Samordnare', clean(hire.coordinator.name))] : []),
          fact('Program', clean(hire.templateName), `version ${hire.templateVersion}`),
          ending(hire),
          fact('Utskriven', longDate(data.printedOn)),
        ],
      },
      layout: 'factTable',
    },
    {
      table: { widths: [CONTENT_WIDTH - 24], body: [[{ text: edition, fontSize: 9.5, color: COLOR.accent, lineHeight: 1.3 }]] },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        fillColor: () => COLOR.accentTint,
        paddingLeft: () => 12,
        paddingRight: () => 12,
        paddingTop: () => 9,
        paddingBottom: () => 9,
      },
      // The edition note sits at the foot of the cover, whatever the length of the name above.
      absolutePosition: { x: PAGE.side, y: PAGE.height - PAGE.bottom - 56 },
    },
  ];
}

/** The cover's accent band; other pages have a plain background. */
export const background = (page: number): Content | null =>
  page === 1 ? { canvas: [{ type: 'rect', x: 0, y: 0, w: PAGE.width, h: 12, color: COLOR.accent }] } : null;

/** Table of contents with page numbers from pdfmake's page references. */
export function tableOfContents(entries: readonly TocEntry[]): Content[] {
  const rows: TableCell[][] = entries.map((e) => [
    {
      text: e.title,
      style: e.level === 1 ? 'tocSection' : 'tocSub',
      margin: [e.level === 1 ? 0 : 14, e.level === 1 ? 3 : 0, 0, 0],
      linkToDestination: e.id,
    },
    {
      pageReference: e.id,
      style: e.level === 1 ? 'tocSection' : 'tocSub',
      alignment: 'right',
      margin: [0, e.level === 1 ? 3 : 0, 0, 0],
      linkToDestination: e.id,
    },
  ]);
  return [
    { text: 'Innehåll', style: 'h1', pageBreak: 'before', margin: [0, 0, 0, 4] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 36, y2: 0, lineWidth: 2.5, lineColor: COLOR.accent }], margin: [0, 8, 0, 16] },
    { table: { widths: [CONTENT_WIDTH - 40, 40], dontBreakRows: true, body: rows }, layout: 'tocTable' },
  ];
}
