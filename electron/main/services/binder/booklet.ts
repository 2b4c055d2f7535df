import type { Content, TableCell } from 'pdfmake/interfaces';
import { MISSING, type Part } from './cover';
import type { ContactLine, OwnContact } from '../../../shared/rules/binder-contacts';
import type { BinderData } from './data';
import { clean, paragraphs } from './format';
import { signWelcomeLetter } from '../../../shared/rules/welcome-letter';
import { dataTableOf, headerCell, sectionTitle, subTitle, withFlexible } from './styles';

const body = (text: string): Content[] => paragraphs(text).map((p) => ({ text: p, style: 'body', margin: [0, 0, 0, 8] }));

/** Välkommen: the letter from the unit, as the programme words it, signed by the hire's manager. */
export function welcome(data: BinderData): Part {
  const letter = signWelcomeLetter(data.content.binder.welcomeLetter, data.manager?.name ?? null);
  if (!clean(letter)) return { toc: [], content: [] };
  return {
    toc: [{ id: 'valkommen', title: 'Välkommen', level: 1 }],
    content: [sectionTitle('valkommen', 'Välkommen'), { stack: body(letter), margin: [0, 0, 40, 0] }],
  };
}

/** Introduktionshäftet: the most important things to know, one heading per section. */
export function booklet(data: BinderData): Part {
  const sections = data.content.binder.sections;
  if (!sections.length) return { toc: [], content: [] };
  return {
    toc: [{ id: 'haftet', title: 'Introduktionshäftet', level: 1 }],
    content: [
      sectionTitle('haftet', 'Introduktionshäftet'),
      { text: 'Det viktigaste att känna till när du börjar hos oss.', style: 'lead', margin: [0, 0, 0, 6] },
      ...sections.map((s, i): Content => {
        const text = body(s.text);
        const heading = subTitle(clean(s.title), `haftet-${i}`, 'haftet');
        // A short section stays in one piece; a long one may break, but never right after its heading.
        return clean(s.text).length < 1500 ? { stack: [heading, ...text], unbreakable: true } : { stack: [heading, ...text] };
      }),
    ],
  };
}

/** A column of a contact table: its fixed width (null: the rest of the line) and what a row shows in it. */
interface Column<T> {
  header: string;
  width: number | null;
  value: (row: T) => string;
  cell?: (row: T) => TableCell;
  /** Printed even when empty in every row. */
  always?: boolean;
}

/** A contact table without the columns that are empty in every row: nobody could use them. */
function contactTable<T>(rows: readonly T[], columns: readonly Column<T>[]): Content {
  const shown = columns.filter((c) => c.always || rows.some((r) => c.value(r) !== ''));
  // The column without a width takes the rest of the line; when it is left out, the last one does.
  const flexible = shown.findIndex((c) => c.width === null);
  const at = flexible >= 0 ? flexible : shown.length - 1;
  return dataTableOf(
    withFlexible(
      shown.filter((_, i) => i !== at).map((c) => c.width ?? 0),
      at,
    ),
    shown.map((c) => headerCell(c.header)),
    rows.map((r) => shown.map((c): TableCell => c.cell?.(r) ?? { text: c.value(r), style: 'td' })),
  );
}

/** Kontakter och telefonlista: the named people around this hire, then the important numbers. */
export function contacts(data: BinderData): Part {
  const own: Column<OwnContact>[] = [
    { header: 'Roll', width: 88, value: (o) => o.role, cell: (o) => ({ text: o.role, style: 'tdStrong' }), always: true },
    {
      header: 'Namn',
      width: 120,
      value: (o) => clean(o.person?.name ?? ''),
      cell: (o) => (o.person ? { text: clean(o.person.name), style: 'td' } : { text: MISSING, style: 'td', italics: true }),
      always: true,
    },
    { header: 'Telefon', width: 84, value: (o) => clean(o.person?.phone ?? '') },
    { header: 'E-post', width: null, value: (o) => clean(o.person?.email ?? '') },
  ];
  const important: Column<ContactLine>[] = [
    {
      header: 'Kontakt',
      width: null,
      value: (c) => clean(c.name),
      cell: (c) => ({
        stack: [
          { text: clean(c.name), style: 'tdStrong' },
          ...(clean(c.role) ? [{ text: clean(c.role), style: 'small', margin: [0, 1, 0, 0] } as Content] : []),
        ],
      }),
      always: true,
    },
    { header: 'Telefon', width: 90, value: (c) => clean(c.phone) },
    { header: 'E-post', width: 130, value: (c) => clean(c.email) },
  ];
  const lines = data.importantContacts;
  // Where some numbers are known and some are not, the empty cells are there to be written in.
  const someMissing = lines.some((c) => clean(c.phone)) && lines.some((c) => !clean(c.phone));
  return {
    toc: [{ id: 'kontakter', title: 'Kontakter och telefonlista', level: 1 }],
    content: [
      sectionTitle('kontakter', 'Kontakter och telefonlista'),
      subTitle('Dina kontaktpersoner'),
      contactTable(data.ownContacts, own),
      ...(lines.length
        ? [
            subTitle('Viktiga kontakter'),
            ...(someMissing
              ? [{ text: 'Fyll gärna i nummer som saknas – listan är din.', style: 'small', margin: [0, 0, 0, 2] } as Content]
              : []),
            contactTable(lines, important),
          ]
        : []),
    ],
  };
}
