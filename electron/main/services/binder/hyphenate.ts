import hyphenSv from 'hyphen/sv';
import type { Content } from 'pdfmake/interfaces';
import layoutBuilderModule from 'pdfmake/js/LayoutBuilder';
import textInlinesModule from 'pdfmake/js/TextInlines';

/**
 * Swedish hyphenation for the binder. pdfmake breaks a line after a soft hyphen (U+00AD), but
 * fontkit draws the soft hyphen as nothing, so a word broken there showed no hyphen; and a word
 * wider than its column was cut anywhere ("Försörjningsst|öd"). So: soft hyphens go into every
 * longer word at the points the Swedish TeX patterns allow (the `hyphen` package), and
 * `showHyphens` makes pdfmake print a real hyphen where a line ends at one.
 */
export const SOFT_HYPHEN = '\u00AD';

/** Shorter words are never broken; parts shorter than these are not left at either end of a line. */
const MIN_WORD = 8;
const MIN_HEAD = 2;
const MIN_TAIL = 3;
/**
 * A word that would fit on the next line is broken only when this share of the line would
 * otherwise stay empty: every word that does not fit its column is broken, a paragraph seldom.
 */
const HYPHENATION_ZONE = 0.4;

const patterns = hyphenSv.hyphenateSync;
// A token is hyphenated only when it is made of letters (and hyphens): never an e-mail address,
// a web address, a number or a code ("IFO:s", "kunskapsguiden.se").
const WORD_ONLY = /^[\p{L}\p{M}\-–]+$/u;
const EDGE_PUNCTUATION = /^([("'«”“‘’[]*)(.*?)([)"'»”“’\].,;:!?…]*)$/su;

const cache = new Map<string, string>();

function hyphenateWord(word: string): string {
  if ([...word].length < MIN_WORD) return word;
  const known = cache.get(word);
  if (known !== undefined) return known;
  const parts = patterns(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD }).split(SOFT_HYPHEN);
  let out = parts[0]!;
  let head = out.length;
  const total = word.length;
  for (const part of parts.slice(1)) {
    // Keep at least MIN_HEAD letters before and MIN_TAIL after a break.
    out += head >= MIN_HEAD && total - head >= MIN_TAIL ? SOFT_HYPHEN + part : part;
    head += part.length;
  }
  // The same titles come back in the plan, the week overview and the next binder; bounded all the same.
  if (cache.size > 20_000) cache.clear();
  cache.set(word, out);
  return out;
}

/**
 * A text with soft hyphens at the Swedish hyphenation points of its longer words; with `minLetters`,
 * only in words at least that long.
 */
export function softHyphens(text: string, minLetters = MIN_WORD): string {
  return text.replace(/\S+/g, (token) => {
    const [, lead = '', core = '', trail = ''] = EDGE_PUNCTUATION.exec(token) ?? [];
    if (!WORD_ONLY.test(core)) return token;
    // "BBIC-ansvarig": each part on its own; the hard hyphen is a break point already.
    return lead + core.replace(/[\p{L}\p{M}]+/gu, (word) => ([...word].length >= minLetters ? hyphenateWord(word) : word)) + trail;
  });
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Display text is never broken: headings (they are bookmarks too, and short), the cover's name,
 * anything kept on one line.
 */
const display = (node: Node) =>
  node.outline === true || node.noWrap === true || node.style === 'h1' || (typeof node.fontSize === 'number' && node.fontSize >= 18);

/** Where a text stands: the width it may fill and its font size, as far as the definition says. */
interface Place {
  width: number;
  fontSize: number;
}

// The narrowest a letter of Roboto gets on average in Swedish words, in ems (i, l, t are about 0.25):
// a word of n letters is at least about n × 0.4 × the font size wide.
const LETTER_EMS = 0.4;

/**
 * Soft hyphens cost layout time (each syllable is measured and drawn on its own: +40 % for a
 * 21-page binder when every word had them), so they go only where finishLine could use them: in
 * words wider than the hyphenation zone of their column. Body text at full width keeps none.
 */
const minLettersAt = (place: Place) => Math.max(MIN_WORD, Math.floor((HYPHENATION_ZONE * place.width) / (LETTER_EMS * place.fontSize)));

const CONTAINERS = ['stack', 'columns', 'ul', 'ol'] as const;

/**
 * The document's content with soft hyphens in its running text (paragraphs, table cells, lists),
 * for text `width` points wide at `fontSize` unless the definition narrows it; `styles` give the
 * font sizes of named styles.
 */
export function hyphenateContent(
  content: Content,
  { width, fontSize, styles = {} }: Place & { styles?: Record<string, { fontSize?: number }> },
): Content {
  const sizeOf = (node: Node, inherited: number): number => {
    if (typeof node.fontSize === 'number') return node.fontSize;
    const names = Array.isArray(node.style) ? node.style : [node.style];
    const sized = names.map((name) => (typeof name === 'string' ? styles[name]?.fontSize : undefined)).filter((n) => n !== undefined);
    return sized.at(-1) ?? inherited;
  };
  const inline = (value: unknown, place: Place): unknown => {
    if (typeof value === 'string') return softHyphens(value, minLettersAt(place));
    if (Array.isArray(value)) return value.map((v) => inline(v, place));
    if (isNode(value) && !display(value) && 'text' in value) {
      return { ...value, text: inline(value.text, { ...place, fontSize: sizeOf(value, place.fontSize) }) };
    }
    return value;
  };
  const visit = (value: unknown, outer: Place): unknown => {
    if (typeof value === 'string') return softHyphens(value, minLettersAt(outer));
    if (Array.isArray(value)) return value.map((v) => visit(v, outer));
    if (!isNode(value)) return value;
    const place = { ...outer, fontSize: sizeOf(value, outer.fontSize) };
    let node: Node = value;
    if ('text' in node && !display(node)) node = { ...node, text: inline(node.text, place) };
    for (const key of CONTAINERS)
      if (Array.isArray(node[key])) node = { ...node, [key]: (node[key] as unknown[]).map((v) => visit(v, place)) };
    if (isNode(node.table) && Array.isArray(node.table.body)) {
      const widths = Array.isArray(node.table.widths) ? (node.table.widths as unknown[]) : [];
      // A column's given width; '*' and 'auto' columns are taken as wide as the table may be.
      const cell = (i: number): Place => ({ ...place, width: typeof widths[i] === 'number' ? widths[i] : place.width });
      const body = (node.table.body as unknown[]).map((row) => (Array.isArray(row) ? row.map((c, i) => visit(c, cell(i))) : row));
      node = { ...node, table: { ...node.table, body } };
    }
    return node;
  };
  return visit(content, { width, fontSize }) as Content;
}

/** The parts of pdfmake's layout this relies on; checked once, so a changed pdfmake fails loudly. */
interface Inline {
  text: string;
  width: number;
  x: number;
  trailingCut?: number;
  font: unknown;
}
interface Line {
  maxWidth: number;
  inlines: Inline[];
  inlineWidths: number;
  leadingCut: number;
  trailingCut: number;
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  getWidth(): number;
}
interface TextNode {
  _inlines?: Inline[];
}
type BuildNextLine = (this: unknown, node: TextNode) => Line | null;

const commonJs = <T>(module: unknown): T => ((module as { default?: T }).default ?? module) as T;
const measurer = new (commonJs<new (document: null) => { widthOfText(text: string, inline: Inline): number }>(textInlinesModule))(null);
const widthOf = (text: string, inline: Inline) => measurer.widthOfText(text, inline);

/**
 * Finishes a line pdfmake has filled: when it ends inside a word (at a soft hyphen), the last
 * syllable gets a printed hyphen, and syllables go back to the next line until the hyphen fits;
 * every other soft hyphen is dropped, so the PDF's text reads (and is found) as whole words.
 */
export function finishLine(line: Line, rest: Inline[]): void {
  const { inlines } = line;
  const endsInWord = () => inlines.at(-1)!.text.endsWith(SOFT_HYPHEN) && rest.length > 0 && !line.newLineForced;
  if (inlines.length && endsInWord()) {
    // The broken word's syllables on this line: back to the first inline after one that does not end in a soft hyphen.
    let start = inlines.length - 1;
    while (start > 0 && inlines[start - 1]!.text.endsWith(SOFT_HYPHEN)) start--;
    if (start > 0) {
      const before = inlines.slice(0, start);
      const filled = before.reduce((sum, i) => sum + i.width, 0) - line.leadingCut - (before.at(-1)!.trailingCut ?? 0);
      // Ragged-right text looks best with few hyphens: break a word only when the line would otherwise stay short.
      if (line.maxWidth - filled < line.maxWidth * HYPHENATION_ZONE) {
        rest.unshift(...inlines.splice(start));
        line.inlineWidths = before.reduce((sum, i) => sum + i.width, 0);
        line.trailingCut = before.at(-1)!.trailingCut ?? 0;
      }
    }
  }
  if (inlines.length && endsInWord()) {
    const hyphen = (inline: Inline) => widthOf(`${inline.text.slice(0, -1)}-`, inline) - inline.width;
    while (inlines.length > 1 && endsInWord() && line.getWidth() + hyphen(inlines.at(-1)!) > line.maxWidth) {
      const back = inlines.pop()!;
      line.inlineWidths -= back.width;
      line.trailingCut = inlines.at(-1)!.trailingCut ?? 0;
      rest.unshift(back);
    }
    if (endsInWord()) {
      const last = inlines.at(-1)!;
      last.text = `${last.text.slice(0, -1)}-`;
      last.width = widthOf(last.text, last);
    }
  }
  let x = -line.leadingCut;
  let widths = 0;
  for (const inline of inlines) {
    // Measured again only when changed: measuring is most of a binder's layout time.
    if (inline.text.includes(SOFT_HYPHEN)) {
      inline.text = inline.text.replaceAll(SOFT_HYPHEN, '');
      inline.width = widthOf(inline.text, inline);
    }
    inline.x = x;
    x += inline.width;
    widths += inline.width;
  }
  line.inlineWidths = widths;
  line.lastLineInParagraph = rest.length === 0;
}

let installed = false;

/** Teaches pdfmake's line builder to print the hyphen where a line breaks at a soft hyphen; once per process. */
export function showHyphens(): void {
  if (installed) return;
  const LayoutBuilder = commonJs<{ prototype: { buildNextLine?: BuildNextLine } }>(layoutBuilderModule);
  const build = LayoutBuilder.prototype.buildNextLine;
  if (typeof build !== 'function') throw new Error('pdfmake has no LayoutBuilder.buildNextLine: the binder cannot hyphenate');
  LayoutBuilder.prototype.buildNextLine = function (this: unknown, node: TextNode) {
    const line = build.call(this, node);
    if (line?.inlines.length) finishLine(line, node._inlines ?? []);
    return line;
  };
  installed = true;
}
