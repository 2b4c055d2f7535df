import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

/** A bookmarked heading: the id pdfmake gave its named destination, and the bookmark's title. */
export interface Bookmark {
  id: string;
  title: string;
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The bookmarked headings of a document definition's content, in document order. */
export function bookmarksOf(content: unknown): Bookmark[] {
  const found: Bookmark[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isNode(value)) return;
    if (value.outline === true && typeof value.id === 'string') {
      const title = typeof value.outlineText === 'string' ? value.outlineText : typeof value.text === 'string' ? value.text : null;
      if (title !== null) found.push({ id: value.id, title });
    }
    for (const child of Object.values(value)) if (typeof child === 'object') visit(child);
  };
  visit(content);
  return found;
}

const text = (value: PDFObject | undefined) =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;

/** The document's named destinations (pdfkit writes one for every element with an id). */
function namedDestinations(pdf: PDFDocument): Map<string, PDFArray> {
  const found = new Map<string, PDFArray>();
  const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const visit = (node: PDFDict | undefined): void => {
    if (!node) return;
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; pairs && i + 1 < pairs.size(); i += 2) {
      const name = text(pairs.lookup(i));
      const target = pairs.lookup(i + 1);
      const dest = target instanceof PDFDict ? target.lookupMaybe(PDFName.of('D'), PDFArray) : target;
      if (name !== undefined && dest instanceof PDFArray) found.set(name, dest);
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i++) visit(kids.lookupMaybe(i, PDFDict));
  };
  visit(names?.lookupMaybe(PDFName.of('Dests'), PDFDict));
  return found;
}

/**
 * Points each bookmark at its heading. pdfmake's bookmarks open the top of the heading's page
 * (and pdfkit puts their left edge at the page's right edge); a sub-bookmark then showed the
 * page's first section instead of its own. Each now opens at its heading's named destination,
 * the place the table of contents links to: /XYZ with the heading's top, keeping the reader's
 * zoom and horizontal position. Bookmarks are matched to headings by title, in order.
 */
export function pointBookmarksAtHeadings(pdf: PDFDocument, bookmarks: readonly Bookmark[]): void {
  const outline = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!outline) return;
  const destinations = namedDestinations(pdf);
  const idsByTitle = new Map<string, string[]>();
  for (const { id, title } of bookmarks) idsByTitle.set(title, [...(idsByTitle.get(title) ?? []), id]);
  const visit = (item: PDFDict | undefined): void => {
    for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const id = idsByTitle.get(text(node.lookup(PDFName.of('Title'))) ?? '')?.shift();
      const dest = id === undefined ? undefined : destinations.get(id);
      const top = dest?.lookupMaybe(3, PDFNumber);
      // Without a heading to point at, the page's top edge at least, not its right edge.
      const target = dest && top ? dest : node.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const edge = target?.lookupMaybe(3, PDFNumber);
      if (target && edge) node.set(PDFName.of('Dest'), pdf.context.obj([target.get(0), PDFName.of('XYZ'), PDFNull, edge, PDFNull]));
      visit(node.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(outline.lookupMaybe(PDFName.of('First'), PDFDict));
}
