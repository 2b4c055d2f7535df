import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Db } from '../../../db/client';
import { getBinderSettings } from '../../../db/queries/binder-settings';
import { svText } from '../../shared/i18n/translate';
import { EVALUATION_QUESTIONS } from '../../shared/schemas/phase-evaluations';
import type { PhaseEvaluationView } from '../../shared/schemas/phase-evaluations';
import { clean, longDate } from './binder/format';
import { pdfmake } from './binder/render';
import { COLOR, styles } from './binder/styles';

// Drawn, not a character: Roboto has no ballot box.
const box = (): TableCell => ({
  canvas: [{ type: 'rect', x: 10, y: 3, w: 12, h: 12, lineWidth: 0.8, lineColor: COLOR.ink }],
  margin: [0, 2, 0, 2],
});
const ruled = (lines: number): Content => ({
  canvas: Array.from({ length: lines }, (_, i) => ({
    type: 'line' as const,
    x1: 0,
    y1: 24 * (i + 1),
    x2: 499,
    y2: 24 * (i + 1),
    lineWidth: 0.5,
    lineColor: COLOR.rule,
  })),
  margin: [0, 0, 0, 8],
});

/**
 * The phase evaluation on paper, for a hire who would rather answer away from the screen: the same
 * statements and scale as in the app, the hire's name and the phase's dates filled in, room to write.
 */
export async function evaluationFormPdf(db: Db, hireName: string, phase: PhaseEvaluationView, printedAt: string): Promise<Buffer> {
  const { municipality, unit } = getBinderSettings(db);
  const organisation = [clean(municipality), clean(unit)].filter(Boolean).join(' · ');
  const title = svText('evaluations.dialog', { phase: clean(phase.phaseName) });
  const scaleRow = (question: (typeof EVALUATION_QUESTIONS)[number]): TableCell[] => [
    { text: svText(`evaluations.questions.${question}`), style: 'td', margin: [0, 4, 0, 4] },
    ...[1, 2, 3, 4, 5].map(box),
  ];
  const document: TDocumentDefinitions = {
    info: { title, author: organisation || 'Introplan', creator: 'Introplan', producer: 'Introplan', creationDate: new Date(printedAt) },
    language: 'sv',
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 48],
    defaultStyle: { font: 'Roboto', fontSize: 10, color: COLOR.ink },
    styles: { ...styles, h1: { ...styles.h1, fontSize: 18 } },
    content: [
      ...(organisation ? [{ text: organisation, style: 'small' }] : []),
      { text: title, style: 'h1', margin: [0, 0, 0, 6] },
      {
        text: [
          { text: `${svText('evaluations.form.name')}: `, bold: true },
          clean(hireName),
          '   ',
          svText('evaluations.form.phaseDates', { from: longDate(phase.startDate), to: longDate(phase.dueDate) }),
        ],
        margin: [0, 0, 0, 8],
      },
      { text: svText('evaluations.form.intro'), style: 'body', margin: [0, 0, 0, 10] },
      {
        table: {
          headerRows: 1,
          widths: ['*', 34, 34, 34, 34, 34],
          body: [
            [
              { text: svText('evaluations.form.statement'), style: 'label' },
              ...[1, 2, 3, 4, 5].map((n) => ({ text: String(n), style: 'label', alignment: 'center' as const })),
            ],
            ...EVALUATION_QUESTIONS.map(scaleRow),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      {
        columns: [
          { text: `1 = ${svText('evaluations.form.notAtAll')}`, style: 'small' },
          { text: `5 = ${svText('evaluations.form.fully')}`, style: 'small', alignment: 'right' },
        ],
        margin: [0, 4, 0, 14],
      },
      { text: svText('evaluations.good'), style: 'h3' },
      ruled(5),
      { text: svText('evaluations.improve'), style: 'h3' },
      ruled(5),
      { text: `${svText('evaluations.form.date')}: ______________________`, margin: [0, 10, 0, 8] },
      { text: svText('evaluations.form.clientHint'), style: 'small' },
    ],
  };
  return Buffer.from(await pdfmake().createPdf(document).getBuffer());
}
