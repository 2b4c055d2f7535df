import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Db } from '../../../db/client';
import { getBinderSettings } from '../../../db/queries/binder-settings';
import { swedishDate } from '../../shared/rules/swedish-time';
import { competenceContent } from './binder/competence';
import { clean, longDate } from './binder/format';
import { pdfmake } from './binder/render';
import { COLOR, styles } from './binder/styles';
import { competenceOfHire } from './competence';
import { hireOrFail, planOf } from './plans';

/**
 * The competence plan on one page, to bring to the medarbetarsamtal: the binder's section with a
 * head that says whose plan it is, who is the manager and when it was printed.
 */
export async function competencePlanPdf(db: Db, hireId: number, printedAt: string): Promise<Buffer> {
  const today = swedishDate(printedAt);
  const { hire } = planOf(db, hireId, today);
  const competence = competenceOfHire(db, hireOrFail(db, hireId));
  const { municipality, unit } = getBinderSettings(db);
  const organisation = [clean(municipality), clean(unit)].filter(Boolean).join(' · ');
  const title = `Kompetensutvecklingsplan – ${clean(hire.name)}`;
  const facts = [
    `Började ${longDate(hire.startDate)}`,
    hire.manager ? `enhetschef ${clean(hire.manager.name)}` : '',
    hire.introducer ? `introduktör ${clean(hire.introducer.name)}` : '',
  ].filter(Boolean);
  const document: TDocumentDefinitions = {
    info: { title, author: organisation || 'Introplan', creator: 'Introplan', producer: 'Introplan', creationDate: new Date(printedAt) },
    language: 'sv',
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 48],
    defaultStyle: { font: 'Roboto', fontSize: 9, color: COLOR.ink },
    styles: { ...styles, h1: { ...styles.h1, fontSize: 18 }, h2: { ...styles.h2, fontSize: 12, margin: [0, 10, 0, 4] } },
    content: [
      ...(organisation ? [{ text: organisation, style: 'small' }] : []),
      { text: title, style: 'h1' },
      { text: `${facts.join(' · ')}. Utskriven ${longDate(today)}.`, style: 'small', margin: [0, 4, 0, 6] },
      ...competenceContent(competence),
    ],
    footer: (page, pages) => ({ text: `${page} / ${pages}`, style: 'small', alignment: 'right', margin: [48, 16, 48, 0] }),
  };
  return Buffer.from(await pdfmake().createPdf(document).getBuffer());
}
