import type { Content, CustomTableLayout, StyleDictionary, TableCell } from 'pdfmake/interfaces';

/** Page geometry and the typographic system of the binder: one accent colour, light rules. */
export const PAGE = { width: 595.28, height: 841.89, side: 56, top: 64, bottom: 64 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.side;

export const COLOR = {
  accent: '#1c5d99',
  accentTint: '#e9f0f8',
  ink: '#1d2733',
  muted: '#5d6876',
  rule: '#d3dae3',
  zebra: '#f4f6f9',
  white: '#ffffff',
} as const;

export const styles: StyleDictionary = {
  h1: { fontSize: 22, bold: true, color: COLOR.accent, lineHeight: 1.1 },
  h2: { fontSize: 13.5, bold: true, color: COLOR.ink, margin: [0, 16, 0, 5] },
  h3: { fontSize: 11, bold: true, color: COLOR.ink, margin: [0, 10, 0, 3] },
  body: { fontSize: 10, lineHeight: 1.35, color: COLOR.ink },
  lead: { fontSize: 11, lineHeight: 1.35, color: COLOR.muted },
  small: { fontSize: 8, color: COLOR.muted, lineHeight: 1.2 },
  label: { fontSize: 7.5, bold: true, color: COLOR.muted, characterSpacing: 0.6 },
  th: { fontSize: 7.5, bold: true, color: COLOR.white, characterSpacing: 0.3 },
  td: { fontSize: 8.5, color: COLOR.ink, lineHeight: 1.2 },
  tdStrong: { fontSize: 8.5, bold: true, color: COLOR.ink, lineHeight: 1.2 },
  tocSection: { fontSize: 11, bold: true, color: COLOR.ink },
  tocSub: { fontSize: 9.5, color: COLOR.muted },
};

/** Data tables: accent header repeated on every page, zebra rows, hairlines, no vertical rules. */
export const dataTable: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i <= (node.table.headerRows ?? 0) ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => COLOR.rule,
  fillColor: (row, node) => (row < (node.table.headerRows ?? 0) ? COLOR.accent : row % 2 === 0 ? COLOR.zebra : null),
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/** Label–value lists (cover, introducer): hairlines between rows only. */
export const factTable: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => COLOR.rule,
  paddingLeft: (i) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 6,
  paddingBottom: () => 6,
};

/** The table of contents: dotted rules lead the eye to the page number. */
export const tocTable: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: () => COLOR.rule,
  hLineStyle: () => ({ dash: { length: 1, space: 2 } }),
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 5,
  paddingBottom: () => 5,
};

export const layouts = { dataTable, factTable, tocTable };

/**
 * A section heading that starts a new page, is a target for page references and the
 * table of contents, and becomes a top-level bookmark.
 */
export function sectionTitle(id: string, title: string, options: { newPage?: boolean } = {}): Content {
  return {
    stack: [
      { text: title, style: 'h1', id, outline: true, outlineText: title },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 36, y2: 0, lineWidth: 2.5, lineColor: COLOR.accent }], margin: [0, 8, 0, 16] },
    ],
    ...(options.newPage !== false && { pageBreak: 'before' as const }),
  };
}

/** A second-level heading, bookmarked under its section when `parentId` is given. */
export function subTitle(text: string, id?: string, parentId?: string): Content {
  return {
    text,
    style: 'h2',
    ...(id && { id }),
    ...(parentId && { outline: true, outlineParentId: parentId, outlineText: text }),
  };
}

export const headerCell = (text: string, alignment: 'left' | 'right' = 'left'): TableCell => ({
  text: text.toUpperCase(),
  style: 'th',
  alignment,
});

/** A data table with fixed column widths, so no long word can push it past the margin. */
export function dataTableOf(
  widths: number[],
  header: TableCell[],
  rows: TableCell[][],
  margin: [number, number, number, number] = [0, 4, 0, 12],
): Content {
  return {
    table: { headerRows: 1, dontBreakRows: true, keepWithHeaderRows: 1, widths, body: [header, ...rows] },
    layout: 'dataTable',
    margin,
  };
}

/** Widths for `fixed` columns plus one flexible column taking the rest of the line. */
export const withFlexible = (fixed: number[], flexibleAt: number, total = CONTENT_WIDTH): number[] => {
  // pdfmake adds each column's padding (5 + 5) to the width given.
  const rest = total - fixed.reduce((a, b) => a + b, 0) - (fixed.length + 1) * 10;
  return [...fixed.slice(0, flexibleAt), rest, ...fixed.slice(flexibleAt)];
};
