import type { Content, TableCell } from 'pdfmake/interfaces';
import { binderContents, documentPlace, type BinderContents, type BinderSection } from '../../../shared/rules/binder-promises';
import type { DocumentRef } from '../../../shared/schemas/template';
import { binderPages, type LoadedAttachment } from './attachments';
import type { Part, TocEntry } from './cover';
import type { BinderData } from './data';
import { clean, short } from './format';
import { COLOR, CONTENT_WIDTH, dataTableOf, headerCell, sectionTitle, withFlexible } from './styles';

const attachmentId = (n: number) => `bilaga-${n}`;

/** Where the table of contents sends the reader for each of the binder's own sections. */
const SECTION_IDS: Record<BinderSection, string> = {
  Välkommen: 'valkommen',
  Introduktionshäftet: 'haftet',
  'Kontakter och telefonlista': 'kontakter',
  Introduktionsprogrammet: 'programmet',
  'Din introduktionsplan': 'plan',
  'Vecka för vecka': 'veckor',
  Reflektionsträffar: 'reflektion',
  Introduktören: 'introduktor',
  Kompetensutveckling: 'kompetensutveckling',
  'Blanketter och dokument': 'dokument',
  Bilagor: 'bilagor',
};

const note = (text: string): Content => ({ text, style: 'small', margin: [0, 1, 0, 0] });

/**
 * Where a document is, said once: its attachment's number and page; the binder section it is in,
 * with the page; "not in the binder" when the programme places it there without a file (the
 * programme editor warns about those); or the place the programme gives.
 */
function placeCell(data: BinderData, doc: DocumentRef, attachmentNumber: number | undefined, contents: BinderContents): TableCell {
  const place = documentPlace(doc, attachmentNumber !== undefined, contents);
  const location = clean(doc.location);
  switch (place.kind) {
    case 'attached': {
      const elsewhere = location && documentPlace(doc, false, contents).kind === 'elsewhere';
      return {
        stack: [
          { text: [`Bilaga ${attachmentNumber}, s. `, { pageReference: attachmentId(attachmentNumber!) }], style: 'tdStrong' },
          ...(elsewhere ? [note(location)] : []),
        ],
      };
    }
    case 'section': {
      const booklet = data.content.binder.sections.findIndex((s) => s.title === place.title);
      const id = place.section ? SECTION_IDS[place.section] : booklet >= 0 ? `haftet-${booklet}` : null;
      const title = `I pärmen: ${clean(place.title)}`;
      return { text: id ? [`${title}, s. `, { pageReference: id }] : title, style: 'td' };
    }
    case 'missing':
      return { text: 'Finns inte i pärmen – fråga din chef', style: 'td', italics: true };
    case 'elsewhere':
      return place.location ? { text: location, style: 'td' } : { text: 'Fråga din chef', style: 'td', italics: true };
  }
}

/**
 * Blanketter och dokument: what to find where. One column says it, so none stands empty: an
 * "I pärmen" column was blank for every document without a file.
 */
export function documents(data: BinderData, attachments: readonly LoadedAttachment[]): Part {
  const docs = data.content.binder.documents;
  if (!docs.length) return { toc: [], content: [] };
  const numberOf = new Map(attachments.map((a, i) => [a.attachmentId, i + 1]));
  const contents = binderContents(data.content, new Set(numberOf.keys()));
  const rows = docs.map((d): TableCell[] => [
    { text: clean(d.title), style: 'tdStrong' },
    placeCell(data, d, d.attachmentId ? numberOf.get(d.attachmentId) : undefined, contents),
  ]);
  const intro = attachments.length
    ? 'Rutiner, blanketter och styrdokument som du behöver i det dagliga arbetet, och var du hittar dem. De som finns i pärmen ligger sist, som bilagor.'
    : 'Rutiner, blanketter och styrdokument som du behöver i det dagliga arbetet, och var du hittar dem.';
  return {
    toc: [{ id: 'dokument', title: 'Blanketter och dokument', level: 1 }],
    content: [
      sectionTitle('dokument', 'Blanketter och dokument'),
      { text: intro, style: 'body', margin: [0, 0, 0, 4] },
      dataTableOf(withFlexible([190], 1), [headerCell('Dokument'), headerCell('Var finns det')], rows),
    ],
  };
}

function heading(a: LoadedAttachment, n: number, page: number): Content {
  const title = short(a.title, 120);
  const first = page === 1;
  return {
    pageBreak: 'before',
    stack: [
      {
        columns: [
          {
            text: [
              { text: `BILAGA ${n}   `, bold: true, color: COLOR.accent, characterSpacing: 1 },
              { text: title, bold: true },
            ],
            fontSize: 10,
            color: COLOR.ink,
            ...(first && { id: attachmentId(n), outline: true, outlineParentId: 'bilagor', outlineText: `Bilaga ${n}: ${title}` }),
          },
          { text: binderPages(a) > 1 ? `sida ${page} av ${binderPages(a)}` : '', width: 'auto', style: 'small', margin: [12, 2, 0, 0] },
        ],
      },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: COLOR.rule }], margin: [0, 5, 0, 0] },
    ],
  };
}

/**
 * Bilagor: a list page, then one reserved page per attached page; drawAttachments places the
 * attached pages there after pdfmake has laid out the binder, so numbering and bookmarks fit.
 */
export function attachmentPages(attachments: readonly LoadedAttachment[]): Part {
  if (!attachments.length) return { toc: [], content: [] };
  const toc: TocEntry[] = [
    { id: 'bilagor', title: 'Bilagor', level: 1 },
    ...attachments.map((a, i): TocEntry => ({ id: attachmentId(i + 1), title: `Bilaga ${i + 1}: ${short(a.title, 90)}`, level: 2 })),
  ];
  const list: TableCell[][] = attachments.map((a, i) => [
    { text: `Bilaga ${i + 1}`, style: 'tdStrong' },
    { text: clean(a.title), style: 'td' },
    { text: [{ pageReference: attachmentId(i + 1) }], style: 'td', alignment: 'right' },
  ]);
  return {
    toc,
    content: [
      sectionTitle('bilagor', 'Bilagor'),
      { text: 'Blanketter och dokument som ingår i pärmen. Varje bilaga börjar på en ny sida.', style: 'body', margin: [0, 0, 0, 4] },
      dataTableOf(withFlexible([56, 36], 1), [headerCell('Bilaga'), headerCell('Dokument'), headerCell('Sida', 'right')], list),
      ...attachments.flatMap((a, i): Content[] =>
        a.source
          ? a.pages.map((_, k) => heading(a, i + 1, k + 1))
          : [
              heading(a, i + 1, 1),
              {
                text: `Filen ${clean(a.fileName)} kunde inte läggas in i pärmen eftersom den inte går att läsa som PDF (den kan vara skadad eller lösenordsskyddad). Skriv ut den separat och lägg den här.`,
                style: 'body',
                margin: [0, 24, 0, 0],
              },
            ],
      ),
    ],
  };
}
