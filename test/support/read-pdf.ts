import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** True when the run does not read left to right (a turned page): its width then runs up or down. */
  turned: boolean;
}

export interface OutlineEntry {
  title: string;
  /** 1-based page the bookmark opens. */
  page: number;
  /** How it opens that page: the destination's kind ("XYZ", "Fit", …) and, for XYZ, the top edge shown (null: unchanged). */
  view: { kind: string; top: number | null };
  items: OutlineEntry[];
}

export interface ReadPdf {
  numPages: number;
  /** Text per page, runs joined with line breaks where the PDF ends a line. */
  pages: string[];
  /** Every text run with its position, per page, for layout checks. */
  runs: TextRun[][];
  pageSizes: { width: number; height: number }[];
  outline: OutlineEntry[];
  info: Record<string, unknown>;
}

/**
 * Reads a PDF back with PDF.js (Mozilla's parser, independent of the libraries that wrote it):
 * text and positions per page, the outline with target pages, and the document info.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const runs: TextRun[][] = [];
    const pageSizes: ReadPdf['pageSizes'] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      pageSizes.push({ width, height });
      const content = await page.getTextContent();
      const pageRuns: TextRun[] = [];
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
        if (item.str.trim())
          pageRuns.push({
            text: item.str,
            x: item.transform[4] as number,
            y: item.transform[5] as number,
            width: item.width,
            turned: Math.abs(item.transform[1] as number) > 1e-6 || (item.transform[0] as number) < 0,
          });
      }
      pages.push(text);
      runs.push(pageRuns);
    }
    type RawOutline = { title: string; dest: string | unknown[] | null; items: RawOutline[] };
    const target = async (dest: RawOutline['dest']): Promise<Pick<OutlineEntry, 'page' | 'view'>> => {
      const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
      if (!explicit?.[0]) return { page: 0, view: { kind: '', top: null } };
      const kind = (explicit[1] as { name?: string } | undefined)?.name ?? '';
      const top = kind === 'XYZ' ? ((explicit[3] as number | null | undefined) ?? null) : null;
      return { page: (await doc.getPageIndex(explicit[0] as never)) + 1, view: { kind, top } };
    };
    const walk = async (items: RawOutline[]): Promise<OutlineEntry[]> =>
      Promise.all(items.map(async (i) => ({ title: i.title, ...(await target(i.dest)), items: await walk(i.items) })));
    const outline = await walk((await doc.getOutline()) ?? []);
    const { info } = await doc.getMetadata();
    return { numPages: doc.numPages, pages, runs, pageSizes, outline, info: info as Record<string, unknown> };
  } finally {
    await doc.destroy();
  }
}
