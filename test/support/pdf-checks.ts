import { expect } from 'vitest';
import type { OutlineEntry, ReadPdf } from './read-pdf';

export const SLOW = { timeout: 60_000 };

export const titles = (entries: OutlineEntry[]): string[] => entries.flatMap((e) => [e.title, ...titles(e.items)]);
export const allText = (pdf: ReadPdf) => pdf.pages.join('\n');
/**
 * The text with line breaks and runs of spaces as single spaces, for phrases that may wrap; a word
 * the binder hyphenated at a line end ("arbets-" then "platsen") is joined again. A hyphen that
 * ends a line without the binder having broken the word ("Individ- och") is followed by a space.
 */
export const flat = (pdf: ReadPdf) =>
  allText(pdf)
    .replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ');

/** No text run may start left of the margin or end right of it: long words must wrap. */
export function expectTextInsideMargins(pdf: ReadPdf) {
  pdf.runs.forEach((runs, page) => {
    const { width } = pdf.pageSizes[page]!;
    for (const run of runs) {
      expect(run.x, `page ${page + 1}: "${run.text.slice(0, 40)}"`).toBeGreaterThanOrEqual(38);
      expect(run.x + (run.turned ? 0 : run.width), `page ${page + 1}: "${run.text.slice(0, 40)}"`).toBeLessThanOrEqual(width - 38);
    }
  });
}
