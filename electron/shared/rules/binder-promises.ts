import type { DocumentRef, TemplateContent } from '../schemas/template';
import type { TemplateProblem } from './template-checks';

/**
 * What the binder holds, and whether a programme's texts promise more. A booklet sentence saying
 * "En organisationsskiss finns i pärmen" or a document "Introduktionspärmen › Kompetensutveckling"
 * without a file sent the new hire looking for pages that were never printed (issue 14).
 */

/** The binder's own sections, as its table of contents names them, in order (services/binder builds them). */
export const BINDER_SECTIONS = [
  'Välkommen',
  'Introduktionshäftet',
  'Kontakter och telefonlista',
  'Introduktionsprogrammet',
  'Din introduktionsplan',
  'Vecka för vecka',
  'Reflektionsträffar',
  'Introduktören',
  'Kompetensutveckling',
  'Blanketter och dokument',
  'Bilagor',
] as const;
export type BinderSection = (typeof BINDER_SECTIONS)[number];

/** Other words for what a section holds; a text word starting with one of these names it ("kontaktlista", "telefonnummer"). */
const ALSO_CALLED: Record<BinderSection, string[]> = {
  Välkommen: ['välkomstbrev'],
  Introduktionshäftet: ['häfte'],
  'Kontakter och telefonlista': ['kontakt', 'telefon'],
  Introduktionsprogrammet: ['introduktionsprogram'],
  'Din introduktionsplan': ['introduktionsplan', 'checklist'],
  'Vecka för vecka': ['veckoöversikt'],
  Reflektionsträffar: ['reflektionsträff'],
  Introduktören: ['introduktör'],
  Kompetensutveckling: ['kompetensutvecklingsplan', 'kompetensplan'],
  'Blanketter och dokument': ['blankett'],
  Bilagor: ['bilag'],
};

const NOT_LETTER = '(?<![\\p{L}\\p{M}])';
const END = '(?![\\p{L}\\p{M}])';
/** "pärmen", "introduktionspärmen", "Pärm": the binder named anywhere. */
const BINDER_WORD = new RegExp(`${NOT_LETTER}(?:introduktions)?pärm(?:en)?${END}`, 'iu');
/** "i pärmen", "i den här pärmen", "ur din introduktionspärm": a sentence placing something in the binder. */
const IN_BINDER = new RegExp(`${NOT_LETTER}(?:i|ur)\\s+(?:(?:den\\s+här|denna|din)\\s+)?(?:introduktions)?pärm(?:en)?${END}`, 'iu');

// Inflection endings taken off before words are compared ("rutinen" ~ "Rutin", "häftet" ~ "häfte").
const ENDINGS = /(?:erna|arna|orna|en|et|na|er|ar|or|n|t|s|e|a)$/u;
const stem = (word: string) => {
  const lower = word.toLocaleLowerCase('sv');
  const cut = lower.replace(ENDINGS, '');
  return cut.length >= 4 ? cut : lower;
};
// Words too common to say what a text is about.
const COMMON = new Set(
  ['under', 'efter', 'genom', 'mellan', 'andra', 'eller', 'finns', 'alla', 'från', 'inför', 'dina', 'vilka'].map(stem),
);
const words = (text: string) => text.match(/[\p{L}\p{M}]+/gu) ?? [];
const keyWords = (text: string) =>
  words(text)
    .filter((w) => w.length >= 5 && !COMMON.has(stem(w)))
    .map(stem);

/** What a binder made from `content` holds: its sections and the booklet's, and the documents attached to it. */
export interface BinderContents {
  sections: { title: string; section: BinderSection | null }[];
  attached: string[];
}

export function binderContents(content: TemplateContent, knownAttachments: ReadonlySet<string>): BinderContents {
  const attached = content.binder.documents.filter((d) => d.attachmentId && knownAttachments.has(d.attachmentId)).map((d) => d.title);
  const present = BINDER_SECTIONS.filter(
    (s) =>
      (s !== 'Välkommen' || content.binder.welcomeLetter.trim() !== '') &&
      (s !== 'Introduktionshäftet' || content.binder.sections.length > 0) &&
      (s !== 'Blanketter och dokument' || content.binder.documents.length > 0) &&
      (s !== 'Bilagor' || attached.length > 0),
  );
  return {
    sections: [
      ...present.map((title) => ({ title, section: title })),
      ...content.binder.sections.map((s) => ({ title: s.title, section: null })),
    ],
    attached,
  };
}

/** The section or attached document `text` names, by its words in any inflection ("introduktionsplan" → Din introduktionsplan). */
function named(text: string, contents: BinderContents): { title: string; section: BinderSection | null } | null {
  const mentioned = new Set(keyWords(text));
  const lower = words(text).map((w) => w.toLocaleLowerCase('sv'));
  const names = (title: string, section: BinderSection | null = null) =>
    keyWords(title).some((w) => mentioned.has(w)) ||
    (section !== null && ALSO_CALLED[section].some((p) => lower.some((w) => w.startsWith(p))));
  const section = contents.sections.find((s) => names(s.title, s.section));
  if (section) return section;
  const attached = contents.attached.find((title) => names(title));
  return attached === undefined ? null : { title: attached, section: null };
}

/** Where the binder tells the new hire to look for a document. */
export type DocumentPlace =
  /** Attached: printed among Bilagor. */
  | { kind: 'attached' }
  /** In one of the binder's own sections ("Introduktionspärmen › Introduktionsplan"). */
  | { kind: 'section'; title: string; section: BinderSection | null }
  /** Said to be in the binder, but nothing there holds it. */
  | { kind: 'missing' }
  /** Somewhere else (the intranet); or nowhere said. */
  | { kind: 'elsewhere'; location: string };

export function documentPlace(doc: DocumentRef, attached: boolean, contents: BinderContents): DocumentPlace {
  if (attached) return { kind: 'attached' };
  const match = BINDER_WORD.exec(doc.location);
  if (!match) return { kind: 'elsewhere', location: doc.location.trim() };
  const rest = doc.location.slice(match.index + match[0].length);
  const section = rest.trim() ? named(rest, contents) : null;
  return section ? { kind: 'section', ...section } : { kind: 'missing' };
}

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Texts that promise the new hire something "i pärmen" that the binder will not hold: a document
 * placed in the binder without a file (and not in one of its sections), a sentence of the welcome
 * letter or the booklet that places something in the binder without naming anything it holds.
 * Warnings for the programme editor, never a reason to refuse a draft.
 */
export function checkBinderPromises(content: TemplateContent, knownAttachments: ReadonlySet<string>): TemplateProblem[] {
  const contents = binderContents(content, knownAttachments);
  const problems: TemplateProblem[] = [];
  content.binder.documents.forEach((doc, index) => {
    const attached = doc.attachmentId !== null && knownAttachments.has(doc.attachmentId);
    if (documentPlace(doc, attached, contents).kind === 'missing') {
      problems.push({
        path: `binder.documents.${index}.location`,
        key: 'program.promises.document',
        values: { title: doc.title, location: doc.location.trim() },
      });
    }
  });
  const promises = (text: string) => sentences(text).filter((s) => IN_BINDER.test(s) && !named(s.replace(IN_BINDER, ' '), contents));
  for (const sentence of promises(content.binder.welcomeLetter)) {
    problems.push({ path: 'binder.welcomeLetter', key: 'program.promises.letter', values: { sentence } });
  }
  content.binder.sections.forEach((section, index) => {
    for (const sentence of promises(section.text)) {
      problems.push({
        path: `binder.sections.${index}.text`,
        key: 'program.promises.section',
        values: { section: section.title, sentence },
      });
    }
  });
  return problems;
}
