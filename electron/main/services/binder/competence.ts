import type { Content, TableCell } from 'pdfmake/interfaces';
import type { HireCompetence } from '../../../shared/schemas/competence';
import { section, type Part } from './cover';
import type { BinderData } from './data';
import { clean, longDate, paragraphs, short } from './format';
import { COLOR, CONTENT_WIDTH, dataTableOf, headerCell, subTitle, withFlexible } from './styles';

const STATUS = { planned: 'Planerad', booked: 'Bokad', done: 'Genomförd' } as const;
const kronor = (value: number) => `${value.toLocaleString('sv-SE').replace(/\u00a0/g, ' ')} kr`;
const none = (text: string): Content => ({ text, style: 'body', italics: true, color: COLOR.muted, margin: [0, 0, 0, 8] });

/**
 * The competence plan's pages: the level now and what it means (and at Nivå 1 the protection with
 * the co-handler), earlier training, goals and planned trainings with their cost. Shared by the
 * binder's section and the one-page plan for the medarbetarsamtal.
 */
export function competenceContent(competence: HireCompetence): Content[] {
  const text = competence.levels.find((l) => l.level === competence.level);
  const latest = competence.history.at(-1);
  const decided = latest
    ? `Beslutad ${longDate(latest.decidedOn)}${latest.decidedBy ? ` av ${clean(latest.decidedBy.name)}` : ''}.`
    : 'Ingen bedömning är gjord ännu: alla nyanställda börjar på nivå 1.';
  const protection: Content[] =
    competence.level === 1
      ? [
          {
            table: {
              widths: [CONTENT_WIDTH - 10],
              body: [
                [
                  {
                    stack: [
                      { text: 'Nivå 1: inga komplexa ärenden ensam', bold: true, margin: [0, 0, 0, 2] },
                      {
                        text: `Du ansvarar inte ensam för komplexa ärenden och har en medhandläggare: ${
                          competence.coHandler ? clean(competence.coHandler.name) : 'utses av enhetschefen'
                        }.`,
                      },
                    ],
                    style: 'body',
                  },
                ],
              ],
            },
            layout: 'factTable',
            margin: [0, 0, 0, 10],
          },
        ]
      : [];
  const mappings: TableCell[][] = competence.mappings.map((m) => [
    { text: short(m.course, 120), style: 'td' },
    { text: m.year ? String(m.year) : '', style: 'td' },
    { text: short(m.place, 80), style: 'td' },
    { text: m.evidence ? 'Ja' : 'Nej', style: 'td' },
  ]);
  const trainings: TableCell[][] = competence.trainings.map((t) => [
    { text: short(t.name, 120), style: 'tdStrong' },
    { text: short([t.provider, t.planned].filter(Boolean).join(', '), 80), style: 'td' },
    { text: String(t.year), style: 'td' },
    { text: kronor(t.costKr), style: 'td', alignment: 'right' },
    { text: STATUS[t.status], style: 'td' },
  ]);
  const goals = (label: string, value: string): Content[] => [
    { text: label, bold: true, style: 'body', margin: [0, 0, 0, 2] },
    ...(paragraphs(value).length
      ? paragraphs(value).map((p): Content => ({ text: p, style: 'body', margin: [0, 0, 0, 4] }))
      : [none('Inte skrivet ännu.')]),
  ];
  return [
    { text: text?.title ?? `Nivå ${competence.level}`, style: 'h2' },
    { text: decided, style: 'small', margin: [0, 0, 0, 4] },
    ...(text?.description ? [{ text: text.description, style: 'body', margin: [0, 0, 0, 8] } as Content] : []),
    ...protection,
    subTitle('Tidigare utbildning och erfarenhet'),
    mappings.length
      ? dataTableOf(
          withFlexible([40, 120, 50], 0),
          [headerCell('Utbildning eller erfarenhet'), headerCell('År'), headerCell('Var'), headerCell('Intyg')],
          mappings,
        )
      : none('Inget kartlagt ännu.'),
    subTitle('Mål'),
    ...goals('På kort sikt (första året)', competence.shortGoals),
    ...goals('På lång sikt', competence.longGoals),
    subTitle('Planerade utbildningar'),
    trainings.length
      ? dataTableOf(
          withFlexible([140, 44, 64, 62], 0),
          [headerCell('Utbildning'), headerCell('Anordnare, när'), headerCell('År'), headerCell('Kostnad', 'right'), headerCell('Status')],
          trainings,
        )
      : none('Inga utbildningar planerade ännu.'),
    { text: `Planerat ${kronor(competence.cost.planned)} · genomfört ${kronor(competence.cost.spent)}`, style: 'small' },
  ];
}

/** "Kompetensutveckling": the section the booklet refers to. */
export function competence(data: BinderData): Part {
  return section(
    'kompetensutveckling',
    'Kompetensutveckling',
    'Din individuella kompetensutvecklingsplan. Din chef kartlägger tidigare utbildning och erfarenhet tillsammans med dig och följer upp planen i medarbetarsamtalet.',
    competenceContent(data.competence),
  );
}
