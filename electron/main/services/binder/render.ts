import * as pdfmakeModule from 'pdfmake';
import robotoFiles from 'pdfmake/build/vfs_fonts';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PDFDocument } from 'pdf-lib';
import type { BinderStep } from '../../../shared/events';
import { drawAttachments, loadAttachments, type LoadedAttachment } from './attachments';
import { bookmarksOf, pointBookmarksAtHeadings, type Bookmark } from './bookmarks';
import { booklet, contacts, welcome } from './booklet';
import { competence } from './competence';
import { background, cover, tableOfContents, type Part } from './cover';
import type { BinderData } from './data';
import { attachmentPages, documents } from './documents';
import { clean, short } from './format';
import { hyphenateContent, showHyphens } from './hyphenate';
import { plan, programme } from './programme';
import { introducer, reflection, weekOverview } from './schedule';
import { COLOR, CONTENT_WIDTH, layouts, PAGE, styles } from './styles';

type Pdfmake = typeof pdfmakeModule & { virtualfs: { writeFileSync(name: string, content: Buffer): void } };

const FONT_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};
let printer: Pdfmake | undefined;

/**
 * pdfmake with Roboto (full Latin coverage, embedded and subset by pdfkit) read from the font
 * bundle pdfmake ships as a JS module, so the fonts travel inside the app bundle: no font files
 * on disk, and the access policies refuse every local file and URL.
 */
export function pdfmake(): Pdfmake {
  if (printer) return printer;
  // A CommonJS module: ESM loaders put it under `default`, esbuild's interop does the same.
  const instance = ((pdfmakeModule as { default?: unknown }).default ?? pdfmakeModule) as Pdfmake;
  const files = robotoFiles as Record<string, string>;
  for (const file of Object.values(FONT_FILES)) instance.virtualfs.writeFileSync(file, Buffer.from(files[file]!, 'base64'));
  instance.setFonts({ Roboto: FONT_FILES });
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy(() => false);
  instance.addTableLayouts(layouts);
  showHyphens();
  printer = instance;
  return instance;
}

const authorOf = (data: BinderData) => clean(data.municipality) || clean(data.unit) || 'Introplan';
const titleOf = (data: BinderData) => `Introduktionspärm – ${clean(data.hire.name)}`;

function definition(data: BinderData, attachments: readonly LoadedAttachment[]): TDocumentDefinitions {
  const parts: Part[] = [
    welcome(data),
    booklet(data),
    contacts(data),
    programme(data),
    plan(data),
    weekOverview(data),
    reflection(data),
    introducer(data),
    competence(data),
    documents(data, attachments),
    attachmentPages(attachments),
  ];
  const organisation = [clean(data.municipality), clean(data.unit)].filter(Boolean).join(' · ');
  // Cut so the footer stays one line even in wide letters; the cover carries the whole name.
  const footerName = `Introduktionspärm – ${short(data.hire.name, 40)}`;
  return {
    pageSize: 'A4',
    pageMargins: [PAGE.side, PAGE.top, PAGE.side, PAGE.bottom],
    version: '1.7',
    language: 'sv',
    info: {
      title: titleOf(data),
      author: authorOf(data),
      subject: clean(data.hire.templateName),
      creator: 'Introplan',
      producer: 'Introplan',
      keywords: 'introduktionspärm, introduktion, IFO',
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, color: COLOR.ink },
    styles,
    background,
    header: (page: number): Content =>
      page === 1 || !organisation
        ? ''
        : { text: short(organisation, 90), style: 'small', alignment: 'right', margin: [PAGE.side, 30, PAGE.side, 0] },
    footer: (page: number, pages: number): Content => ({
      margin: [PAGE.side, 20, PAGE.side, 0],
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: PAGE.width - 2 * PAGE.side, y2: 0, lineWidth: 0.5, lineColor: COLOR.rule }] },
        {
          columns: [
            { text: footerName, style: 'small' },
            { text: `Sida ${page} av ${pages}`, style: 'small', width: 80, alignment: 'right' },
          ],
          margin: [0, 6, 0, 0],
        },
      ],
    }),
    // Swedish hyphenation in the running text; headings and the cover's name are never broken.
    content: hyphenateContent([...cover(data), ...tableOfContents(parts.flatMap((p) => p.toc)), ...parts.flatMap((p) => p.content)], {
      width: CONTENT_WIDTH,
      fontSize: 10,
      styles,
    }),
  };
}

/** How far a binder is: a step, and how much of it is done (attachments by count, layout in percent). */
export type BinderProgress = (step: BinderStep, done: number, total: number) => void;

async function layout(
  data: BinderData,
  attachments: readonly LoadedAttachment[],
  progress: BinderProgress,
): Promise<{ bytes: Buffer; bookmarks: Bookmark[] }> {
  let reported = -1;
  const maker = pdfmake();
  // pdfmake reports the share of page items drawn; a step event per whole percent is plenty.
  maker.setProgressCallback((share: number) => {
    const percent = Math.floor(share * 100);
    if (percent !== reported) progress('layout', (reported = percent), 100);
  });
  try {
    const document = definition(data, attachments);
    // Read before pdfmake lays the definition out (it annotates the nodes as it goes).
    const bookmarks = bookmarksOf(document.content);
    return { bytes: await maker.createPdf(document).getBuffer(), bookmarks };
  } finally {
    maker.setProgressCallback(() => undefined);
  }
}

/**
 * The introduction binder as a PDF, from data gathered beforehand (never from a screen): pdfmake
 * lays out the pages, pdf-lib puts the attached PDFs on the pages reserved for them and sets the
 * metadata. Needs no database, so it runs in the binder worker (binder-worker.ts) as well as here.
 */
export async function binderPdf(data: BinderData, printedAt: string, progress: BinderProgress = () => undefined): Promise<Buffer> {
  progress('attachments', 0, data.attachments.length);
  const attachments = await loadAttachments(data.attachments);
  progress('layout', 0, 100);
  let laidOut: Awaited<ReturnType<typeof layout>>;
  try {
    laidOut = await layout(data, attachments, progress);
  } catch (error) {
    // A logo that passed the checks but still cannot be decoded must not stop the binder.
    if (!data.logo) throw error;
    laidOut = await layout({ ...data, logo: null }, attachments, progress);
  }
  const pdf = await PDFDocument.load(laidOut.bytes, { updateMetadata: false });
  pointBookmarksAtHeadings(pdf, laidOut.bookmarks);
  await drawAttachments(pdf, attachments, (done) => progress('attachments', done, attachments.length));
  progress('save', 0, 1);
  const printed = new Date(printedAt);
  pdf.setTitle(titleOf(data), { showInWindowTitleBar: true });
  pdf.setAuthor(authorOf(data));
  pdf.setSubject(clean(data.hire.templateName));
  pdf.setKeywords(['introduktionspärm', 'introduktion', 'IFO']);
  pdf.setLanguage('sv');
  pdf.setCreator('Introplan');
  pdf.setProducer('Introplan (pdfmake, pdf-lib)');
  pdf.setCreationDate(printed);
  pdf.setModificationDate(printed);
  return Buffer.from(await pdf.save());
}
