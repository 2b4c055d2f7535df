import { degrees, PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import type { BinderData } from './data';
import { PAGE } from './styles';

export interface LoadedAttachment {
  attachmentId: string;
  title: string;
  fileName: string;
  /** Null when the file cannot be read (damaged, encrypted): the binder then says so on one page. */
  source: PDFDocument | null;
  pages: { width: number; height: number; rotation: number }[];
}

/** Pages each attachment takes in the binder: its own, or one notice page when it cannot be read. */
export const binderPages = (a: LoadedAttachment) => Math.max(1, a.pages.length);

/** Where an attached page goes: inside the page margins, below the attachment's heading line. */
export const ATTACHMENT_BOX = { left: 40, right: PAGE.width - 40, bottom: 58, top: PAGE.height - 90 } as const;

const boxOf = (page: PDFPage) => {
  const crop = page.getCropBox();
  return { left: crop.x, bottom: crop.y, right: crop.x + crop.width, top: crop.y + crop.height };
};

export async function loadAttachments(files: BinderData['attachments']): Promise<LoadedAttachment[]> {
  return Promise.all(
    files.map(async ({ attachmentId, title, fileName, data }): Promise<LoadedAttachment> => {
      try {
        const source = await PDFDocument.load(data, { updateMetadata: false });
        try {
          // A fillable form's fields are annotations, which a drawn page leaves out: flatten them
          // into the page with the appearance they already have.
          source.getForm().flatten({ updateFieldAppearances: false });
        } catch {
          // A form pdf-lib cannot flatten is still printed, only without its field boxes.
        }
        const pages = source.getPages().map((page) => {
          const box = boxOf(page);
          return { width: box.right - box.left, height: box.top - box.bottom, rotation: ((page.getRotation().angle % 360) + 360) % 360 };
        });
        if (!pages.length || pages.some((p) => p.width <= 0 || p.height <= 0)) throw new Error('no usable pages');
        return { attachmentId, title, fileName, source, pages };
      } catch {
        return { attachmentId, title, fileName, source: null, pages: [] };
      }
    }),
  );
}

/**
 * Draws each attached page, scaled to fit and framed, onto the page the binder reserved for it.
 * The reserved pages are the binder's last ones, in order; drawing the page as a form keeps its
 * text real text, and the binder's own heading, page number and footer stay on every page.
 */
export async function drawAttachments(
  binder: PDFDocument,
  attachments: readonly LoadedAttachment[],
  drawn: (count: number) => void = () => undefined,
): Promise<void> {
  const pages = binder.getPages();
  let index = pages.length - attachments.reduce((sum, a) => sum + binderPages(a), 0);
  const width = ATTACHMENT_BOX.right - ATTACHMENT_BOX.left;
  const height = ATTACHMENT_BOX.top - ATTACHMENT_BOX.bottom;
  for (const [drawnSoFar, attachment] of attachments.entries()) {
    drawn(drawnSoFar);
    if (!attachment.source) {
      index += 1;
      continue;
    }
    const sourcePages = attachment.source.getPages();
    const embedded = await binder.embedPages(sourcePages, sourcePages.map(boxOf));
    embedded.forEach((form, k) => {
      const target = pages[index + k]!;
      const { rotation } = attachment.pages[k]!;
      const turned = rotation === 90 || rotation === 270;
      const shownWidth = turned ? form.height : form.width;
      const shownHeight = turned ? form.width : form.height;
      const scale = Math.min(width / shownWidth, height / shownHeight, 1);
      const w = shownWidth * scale;
      const h = shownHeight * scale;
      const x = ATTACHMENT_BOX.left + (width - w) / 2;
      const y = ATTACHMENT_BOX.top - h;
      // drawPage turns counter-clockwise around its anchor; /Rotate turns clockwise.
      const anchor = { 0: { x, y }, 90: { x, y: y + h }, 180: { x: x + w, y: y + h }, 270: { x: x + w, y } }[
        rotation as 0 | 90 | 180 | 270
      ] ?? { x, y };
      target.drawPage(form, { ...anchor, xScale: scale, yScale: scale, rotate: degrees(-rotation) });
      target.drawRectangle({ x, y, width: w, height: h, borderColor: rgb(0.78, 0.81, 0.85), borderWidth: 0.6 });
    });
    index += embedded.length;
  }
}
