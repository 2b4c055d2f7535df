import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hyphenateSync } from 'hyphen/sv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINDER_SECTIONS } from '../../electron/shared/rules/binder-promises';
import { seedBinderHire } from '../support/binder-fixtures';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';
import { allText, expectTextInsideMargins, flat } from '../support/pdf-checks';
import { readPdf, type OutlineEntry, type ReadPdf } from '../support/read-pdf';

/** Words that do not fit a narrow column: each may only break where Swedish hyphenation allows, with a hyphen. */
const LONG_WORDS = ['Försörjningsstöd', 'Socialsekreterare', 'Barnavårdsutredning'];

/** Every way `word` is printed in `text`: whole, or split over lines ("Försörj-\nningsstöd", or wrongly "Försörjningsst\nöd"). */
function printings(text: string, word: string): string[] {
  const pattern = [...word].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('-?\\n?');
  return [...text.matchAll(new RegExp(pattern, 'g'))].map((m) => m[0]);
}

/** Where Swedish hyphenation lets `word` break: the lengths of the allowed first parts. */
const breakPoints = (word: string) => {
  const parts = hyphenateSync(word, { hyphenChar: '|' }).split('|');
  return new Set(parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('').length));
};

const flatten = (entries: OutlineEntry[]): OutlineEntry[] => entries.flatMap((e) => [e, ...flatten(e.items)]);

describe('an honest binder (issue 14)', () => {
  let clock = '2026-09-30T09:00:00.000Z';
  const h = handlerHarness(() => clock);
  let pdf: ReadPdf;
  let hireId: number;

  beforeAll(async () => {
    ({ hireId } = await seedBinderHire(h));
    await h.must('settings:update-binder-settings', { municipality: 'Kiruna kommun', unit: 'Individ- och familjeomsorgen' });
    const plan = await h.must('hires:get-plan', { hireId });
    // A reason in the narrow status column, with the words that used to break anywhere.
    const item = plan.items.find((i) => i.status === 'todo')!;
    await h.must('plans:set-item-status', {
      itemId: item.id,
      status: 'notApplicable',
      reason: 'Socialsekreterare med Barnavårdsutredning, inte Försörjningsstöd',
    });
    clock = '2027-03-12T10:00:00.000Z';
    await h.must('hires:set-finished', { hireId, finished: true });
    clock = '2027-03-15T08:00:00.000Z';
    const file = path.join(tempDir(), 'avslutad.pdf');
    h.desktop.answerSave(file);
    await h.must('binder:export-pdf', { hireId, variant: 'full' });
    pdf = await readPdf(readFileSync(file));
  }, 60_000);
  afterAll(() => h.close());

  it('says on the cover of a finished plan that it was completed, and when', () => {
    const cover = pdf.pages[0]!.replace(/\s+/g, ' ');
    expect(cover).toMatch(/AVSLUTAD 12 mars 2027/);
    expect(cover).not.toMatch(/pågår/i);
  });

  it('has the sections the programme editor’s check knows of, in order', () => {
    expect(pdf.outline.map((e) => e.title)).toEqual([...BINDER_SECTIONS]);
  });

  it('opens every bookmark at its heading, not at the top of its page', () => {
    const entries = flatten(pdf.outline);
    expect(entries.length).toBeGreaterThan(20);
    for (const entry of entries) {
      const { height } = pdf.pageSizes[entry.page - 1]!;
      expect(entry.view.kind, entry.title).toBe('XYZ');
      const top = entry.view.top!;
      // The heading's first words as printed on that page (an attachment's bookmark reads "Bilaga 1: …", its heading "BILAGA 1 …").
      const words = entry.title.replace(/^Bilaga (\d+): /, '').slice(0, 12);
      const heading = pdf.runs[entry.page - 1]!.filter((r) => r.text.includes(words));
      expect(heading.length, entry.title).toBeGreaterThan(0);
      // The view's top edge sits just above the heading's baseline: within the heading's own height.
      const distance = Math.min(...heading.map((r) => top - r.y));
      expect(distance, entry.title).toBeGreaterThan(0);
      expect(distance, entry.title).toBeLessThan(30);
      expect(top, entry.title).toBeLessThan(height - 1);
    }
    // Two booklet sections on one page open at two different places.
    const booklet = pdf.outline.find((e) => e.title === 'Introduktionshäftet')!.items;
    const samePage = booklet.filter((e) => e.page === booklet[1]!.page);
    expect(new Set(samePage.map((e) => e.view.top)).size).toBe(samePage.length);
  });

  it('breaks long words in narrow columns only where Swedish hyphenation allows, and shows the hyphen', () => {
    const text = allText(pdf);
    for (const word of LONG_WORDS) {
      const found = printings(text, word);
      expect(found.length, word).toBeGreaterThan(0);
      const allowed = breakPoints(word);
      for (const printed of found) {
        if (printed === word) continue;
        // Broken (once or more): only at hyphenation points, each with the hyphen printed at the end of the line.
        expect(printed, word).toMatch(/^([^\n-]+-\n)+[^\n-]+$/);
        const lines = printed.split('-\n');
        const cuts = lines.slice(0, -1).map((_, i) => lines.slice(0, i + 1).join('').length);
        for (const cut of cuts) expect(allowed.has(cut), `${word} broken as ${JSON.stringify(printed)}`).toBe(true);
      }
    }
    // At least one of them really was broken, so the check above is not empty.
    expect(LONG_WORDS.some((w) => printings(text, w).some((p) => p !== w))).toBe(true);
    // Hyphenation never shows up inside a line or as stray characters.
    expect(text).not.toMatch(/\u00AD/);
    expect(flat(pdf)).toContain('Socialsekreterare');
    expectTextInsideMargins(pdf);
  });

  it('says for every document where it is: the attachment’s number and page, and no empty column', () => {
    const entry = pdf.outline.find((e) => e.title === 'Blanketter och dokument')!;
    const page = pdf.pages[entry.page - 1]!;
    expect(page).not.toMatch(/I PÄRMEN/);
    expect(page).toContain(`Bilaga 1, s. ${pdf.numPages}`);
    expect(page).toContain('Intranätet › Styrdokument');
    // The checklist is the plan itself: the binder says where, with the page.
    const plan = pdf.outline.find((e) => e.title === 'Din introduktionsplan')!;
    expect(page.replace(/\s+/g, ' ')).toContain(`Checklista för introduktionen I pärmen: Din introduktionsplan, s. ${plan.page}`);
    // The default programme places no document in the binder that is not there.
    expect(page).not.toMatch(/Finns inte i pärmen/);
  });
});

describe('the binder’s contact list (issue 14)', () => {
  const h = handlerHarness(() => '2026-09-30T09:00:00.000Z');
  let page: string;
  let documentsPage: string;
  let numbersSaved: Awaited<ReturnType<typeof h.call<'settings:update-common-numbers'>>>;

  beforeAll(async () => {
    const seeded = await seedBinderHire(h);
    const { hire: first } = await h.must('hires:get-plan', { hireId: seeded.hireId });
    await h.must('staff:create-person', {
      name: 'Eva Strand',
      title: 'Systemförvaltare',
      team: '',
      phone: '0980-700 55',
      email: 'eva.strand@exempel.se',
      roles: [],
    });
    numbersSaved = await h.call('settings:update-common-numbers', {
      numbers: [
        { label: 'Växel', phone: '0980-700 00', email: '' },
        { label: 'Socialjour', phone: '0980-709 99', email: 'socialjouren@exempel.se' },
        { label: 'Företagshälsovården', phone: '0980-702 50', email: '' },
      ],
    });
    // The programme names a person from the staff directory, without a number.
    const [template] = await h.must('templates:list-templates', {});
    const content = structuredClone((await h.must('templates:get-draft', { templateId: template!.id })).content);
    content.binder.contacts.push({
      id: 'eva-strand',
      name: 'Eva Strand',
      role: 'Behörigheter i verksamhetssystemet',
      phone: '',
      email: '',
    });
    // And places a document in the binder without attaching it (the programme editor warns).
    content.binder.documents.push({
      id: 'organisationsskiss',
      title: 'Organisationsskiss',
      location: 'Introduktionspärmen › Organisationsskiss',
      attachmentId: null,
    });
    await h.must('templates:save-draft', { templateId: template!.id, content });
    const version = await h.must('templates:publish-draft', { templateId: template!.id });
    const hire = await h.must('hires:create-hire', {
      hire: {
        name: 'Karin Ek',
        title: 'Socialsekreterare',
        team: 'Vuxen',
        startDate: '2026-10-05',
        managerId: first.manager!.id,
        introducerId: first.introducer!.id,
        newlyGraduated: false,
        templateVersionId: version.id,
      },
      leaveOut: [],
      ownItems: [],
    });
    const file = path.join(tempDir(), 'kontakter.pdf');
    h.desktop.answerSave(file);
    await h.must('binder:export-pdf', { hireId: hire.id, variant: 'dayOne' });
    const pdf = await readPdf(readFileSync(file));
    page = pdf.pages[pdf.outline.find((e) => e.title === 'Kontakter och telefonlista')!.page - 1]!;
    documentsPage = pdf.pages[pdf.outline.find((e) => e.title === 'Blanketter och dokument')!.page - 1]!;
  }, 60_000);
  afterAll(() => h.close());

  it('prints the municipality’s numbers from Inställningar first among the important contacts', () => {
    expect(numbersSaved).toMatchObject({ ok: true });
    const important = page.slice(page.indexOf('Viktiga kontakter'));
    expect(important).toMatch(/Växel\s+0980-700 00/);
    expect(important).toMatch(/Socialjour\s+0980-709 99\s+socialjouren@exempel\.se/);
    expect(important.indexOf('Växel')).toBeLessThan(important.indexOf('Skyddsombud'));
    // The programme's "Företagshälsovården" is the same as the municipality's: one row, with the number and what it is for.
    expect(important.match(/Företagshälsovården/g)).toHaveLength(1);
    expect(important).toMatch(/Företagshälsovården\s+Stöd vid ohälsa och efter hot eller våld\s+0980-702 50/);
  });

  it('does not repeat the roles of "Dina kontaktpersoner", and fills numbers from the staff directory', () => {
    const important = page.slice(page.indexOf('Viktiga kontakter'));
    // The programme's "Enhetschef IFO", "Introduktör" and "Administratör IFO" stand for people the table above names.
    for (const placeholder of ['Enhetschef IFO', 'Introduktör', 'Administratör IFO']) expect(important).not.toContain(placeholder);
    expect(page.match(/Introduktör/g)).toHaveLength(1);
    // Nobody holds the HR role here, so the programme's HR contact stays.
    expect(important).toContain('HR-konsult');
    expect(important).toMatch(/Eva Strand\s+Behörigheter i verksamhetssystemet\s+0980-700 55\s+eva\.strand@exempel\.se/);
  });

  it('says that a document the programme places in the binder without a file is not there', () => {
    expect(documentsPage.replace(/\s+/g, ' ')).toContain('Organisationsskiss Finns inte i pärmen – fråga din chef');
    expect(documentsPage).not.toContain('Introduktionspärmen › Organisationsskiss');
  });
});
