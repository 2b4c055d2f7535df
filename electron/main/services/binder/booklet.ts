import type { Content, TableCell } from 'pdfmake/interfaces';
import { sv } from '../../../shared/i18n/sv';
import type { StaffRole } from '../../../shared/schemas/staff';
import { MISSING, type Part } from './cover';
import type { BinderData, Contact } from './data';
import { clean, paragraphs } from './format';
import { dataTableOf, headerCell, sectionTitle, subTitle, withFlexible } from './styles';

const ROLE_NAMES: Record<StaffRole, string> = sv.roles;

const body = (text: string): Content[] => paragraphs(text).map((p) => ({ text: p, style: 'body', margin: [0, 0, 0, 8] }));

/** Välkommen: the letter from the unit, as the programme words it. */
export function welcome(data: BinderData): Part {
  const letter = data.content.binder.welcomeLetter;
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

const contactRow = (role: string, person: Contact | null, note = ''): TableCell[] => [
  { text: role, style: 'tdStrong' },
  { text: person ? clean(person.name) : MISSING, style: 'td', italics: !person },
  { text: person?.phone ? clean(person.phone) : '', style: 'td' },
  { text: person?.email ? clean(person.email) : note, style: 'td' },
];

/** Kontakter och telefonlista: the named people around this hire, then the unit's list. */
export function contacts(data: BinderData): Part {
  const own: TableCell[][] = [
    contactRow('Enhetschef', data.manager),
    contactRow('Introduktör', data.introducer),
    ...data.supportStaff.map((s) => contactRow(ROLE_NAMES[s.role], s.person)),
  ];
  const unitList = data.content.binder.contacts.map((c): TableCell[] => [
    {
      stack: [
        { text: clean(c.name), style: 'tdStrong' },
        ...(c.role ? [{ text: clean(c.role), style: 'small', margin: [0, 1, 0, 0] } as Content] : []),
      ],
    },
    { text: clean(c.phone), style: 'td' },
    { text: clean(c.email), style: 'td' },
  ]);
  return {
    toc: [{ id: 'kontakter', title: 'Kontakter och telefonlista', level: 1 }],
    content: [
      sectionTitle('kontakter', 'Kontakter och telefonlista'),
      subTitle('Dina kontaktpersoner'),
      dataTableOf(
        withFlexible([88, 120, 84], 3),
        [headerCell('Roll'), headerCell('Namn'), headerCell('Telefon'), headerCell('E-post')],
        own,
      ),
      ...(unitList.length
        ? [
            subTitle('Viktiga kontakter'),
            { text: 'Fyll gärna i nummer som saknas – listan är din.', style: 'small', margin: [0, 0, 0, 2] } as Content,
            dataTableOf(withFlexible([90, 130], 0), [headerCell('Kontakt'), headerCell('Telefon'), headerCell('E-post')], unitList),
          ]
        : []),
    ],
  };
}
