import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINDER_SECTIONS } from '../../electron/shared/rules/binder-promises';
import { ATTACHED_TITLE, seedBinderHire } from '../support/binder-fixtures';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';
import { allText, expectTextInsideMargins, flat, titles } from '../support/pdf-checks';
import { readPdf, type ReadPdf } from '../support/read-pdf';

const STATUS_WORDS = /\b(Att göra|Uppföljd|Ej aktuell)\b/;

describe('the introduction binder (PDF)', () => {
  let h: ReturnType<typeof handlerHarness>;
  let hireId: number;
  let full: ReadPdf;
  let dayOne: ReadPdf;
  let fullFile: string;
  let items: Awaited<ReturnType<typeof h.must<'hires:get-plan'>>>;

  beforeAll(async () => {
    h = handlerHarness(() => '2026-09-30T09:00:00.000Z');
    ({ hireId } = await seedBinderHire(h));
    await h.must('settings:update-binder-settings', { municipality: 'Exempelkommun', unit: 'Individ- och familjeomsorgen' });
    items = await h.must('hires:get-plan', { hireId });
    const [first, second, third] = items.items.filter((i) => i.status === 'todo');
    await h.must('plans:set-item-status', { itemId: first!.id, status: 'done' });
    await h.must('plans:set-item-status', { itemId: second!.id, status: 'done' });
    await h.must('plans:set-item-status', { itemId: second!.id, status: 'followedUp' });
    await h.must('plans:set-item-status', { itemId: third!.id, status: 'notApplicable', reason: 'Har gjort det på förra arbetsplatsen' });
    const introducer = (await h.must('staff:list-people', {})).find((p) => p.name === 'Maria Nilsson')!;
    await h.must('competence:set-co-handler', { hireId, personId: introducer.id });
    await h.must('competence:add-mapping', { hireId, course: 'Socionomexamen', year: 2026, place: 'Umeå universitet', evidence: true });
    await h.must('competence:save-goals', { hireId, shortGoals: 'Utreda barnärenden med stöd', longGoals: '' });
    await h.must('competence:add-recommended', { hireId });
    // The unit's samordnare: the hire has none of their own, so the directory's first is printed.
    await h.must('staff:create-person', {
      name: 'Karin Samordnare',
      title: 'Specialistsocionom',
      team: '',
      phone: '0980-700 09',
      email: '',
      roles: ['coordinator'],
    });
    items = await h.must('hires:get-plan', { hireId });
    const folder = tempDir();
    fullFile = path.join(folder, 'full.pdf');
    const dayOneFile = path.join(folder, 'dag1.pdf');
    h.desktop.answerSave(fullFile).answerSave(dayOneFile);
    expect(await h.must('binder:export-pdf', { hireId, variant: 'full' })).toEqual({ saved: true, fileName: 'full.pdf' });
    expect(await h.must('binder:export-pdf', { hireId, variant: 'dayOne' })).toEqual({ saved: true, fileName: 'dag1.pdf' });
    [full, dayOne] = await Promise.all([readPdf(readFileSync(fullFile)), readPdf(readFileSync(dayOneFile))]);
  }, 60_000);
  afterAll(() => h.close());

  it('asks where to save under a Swedish default name, and a cancelled dialog writes nothing', async () => {
    expect(h.desktop.asked.filter((a) => a.kind === 'save').map((a) => a.defaultName)).toEqual([
      'Sofia Berg – introduktionspärm.pdf',
      'Sofia Berg – pärm dag 1.pdf',
    ]);
    expect(await h.must('binder:export-pdf', { hireId, variant: 'full' })).toEqual({ saved: false });
    expect(await h.call('binder:export-pdf', { hireId: 9999, variant: 'full' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await h.call('binder:export-pdf', { hireId, variant: 'halv' as never })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('has a cover with the person, the dates and who is responsible, and the metadata', () => {
    expect(full.numPages).toBeGreaterThan(15);
    expect(full.pageSizes.every((s) => Math.round(s.width) === 595 && Math.round(s.height) === 842)).toBe(true);
    const cover = full.pages[0]!;
    for (const text of [
      'Exempelkommun',
      'Individ- och familjeomsorgen',
      'Sofia Berg',
      'måndag 17 augusti 2026',
      'v. 34',
      'Anna Lindqvist',
      'Maria Nilsson',
      'Samordnare',
      'Karin Samordnare',
      '30 september 2026',
    ]) {
      expect(cover).toContain(text);
    }
    expect(full.info).toMatchObject({
      Title: 'Introduktionspärm – Sofia Berg',
      Author: 'Exempelkommun',
      Language: 'sv',
      Creator: 'Introplan',
    });
  });

  it('numbers every page and names the employee in every footer', () => {
    for (const pdf of [full, dayOne]) {
      pdf.pages.forEach((text, i) => {
        expect(text).toContain(`Sida ${i + 1} av ${pdf.numPages}`);
        expect(text).toContain('Introduktionspärm – Sofia Berg');
      });
    }
  });

  it('lists the sections with page numbers and bookmarks them, attachments included', () => {
    // The list the programme editor checks the binder's promises against (rules/binder-promises).
    expect(full.outline.map((e) => e.title)).toEqual([...BINDER_SECTIONS]);
    expect(titles(full.outline)).toEqual(
      expect.arrayContaining(['Vecka 1–4', 'Vecka 2–18 (månad 1–4)', '5 månader – 2 år', `Bilaga 1: ${ATTACHED_TITLE}`]),
    );
    const toc = full.pages[1]!;
    for (const entry of full.outline) {
      expect(toc).toMatch(new RegExp(`${entry.title}\\s*\\n?\\s*${entry.page}\\b`));
      expect(full.pages[entry.page - 1]).toContain(entry.title);
    }
  });

  it('holds the competence plan the booklet refers to: the level, the co-handler, the mapping, goals and trainings', () => {
    const entry = full.outline.find((e) => e.title === 'Kompetensutveckling')!;
    const text = full.pages.slice(entry.page - 1, entry.page + 1).join('\n');
    for (const expected of [
      'Nivå 1: nyanställd 0–2 år',
      'Ingen bedömning är gjord ännu',
      'medhandläggare: Maria Nilsson',
      'Socionomexamen',
      'Umeå universitet',
      'Utreda barnärenden med stöd',
      'Inte skrivet ännu.',
      'Signs of Safety',
      'Planerad',
    ])
      expect(text).toContain(expected);
    expect(allText(full)).toContain('den finns i pärmen under Kompetensutveckling');
  });

  it('holds the welcome letter, the booklet and the contact list with phone numbers', () => {
    const text = allText(full);
    expect(text).toContain('Välkommen till Individ- och familjeomsorgen!');
    const letter = full.pages[full.outline.find((e) => e.title === 'Välkommen')!.page - 1]!;
    expect(letter).toMatch(/Anna Lindqvist\s*\n\s*Enhetschef, Individ- och familjeomsorgen/);
    expect(letter).not.toContain('{chef}');
    expect(text).toContain('Sekretess och tystnadsplikt');
    const contacts = full.pages[full.outline.find((e) => e.title === 'Kontakter och telefonlista')!.page - 1]!;
    for (const t of [
      'Anna Lindqvist',
      '0980-700 01',
      'anna.lindqvist@exempel.se',
      'Maria Nilsson',
      '0980-700 02',
      'Lena Karlsson',
      'Karin Samordnare',
      '0980-700 09',
      'IT-support',
      'Företagshälsovården',
    ])
      expect(contacts).toContain(t);
  });

  it('describes every phase and lists the plan items by phase with dates, time and responsible person', () => {
    const text = allText(full);
    for (const phase of ['Vecka 1–4', 'Vecka 2–18 (månad 1–4)', '5 månader – 2 år']) expect(text).toContain(phase);
    expect(text).toContain('17 augusti – 11 september 2026');
    for (const item of items.items.slice(0, 40)) expect(text).toContain(item.title.slice(0, 18));
    expect(text).toContain('SIGNATUR /');
    expect(text).toContain('1 h 30 min');
  });

  it('shows statuses in the full binder only; the day-one binder leaves out what does not apply', () => {
    expect(allText(full)).toMatch(/Att göra/);
    expect(allText(full)).toMatch(/Uppföljd/);
    expect(allText(full)).toContain('Ej aktuell');
    expect(flat(full)).toContain('Har gjort det på förra arbetsplatsen');
    expect(allText(dayOne)).not.toMatch(STATUS_WORDS);
    expect(allText(dayOne)).toContain('SIGNATUR /');
    expect(allText(dayOne)).toContain('punkter i programmet gäller inte dig');
    const notApplicable = items.items.find((i) => i.status === 'notApplicable' && i.notApplicableReason?.startsWith('Har gjort'))!;
    expect(allText(dayOne)).not.toContain(notApplicable.title);
  });

  it('has the week overview, the reflection sessions with dates and the introducer arrangement', () => {
    const text = allText(full);
    expect(text).toContain('Vecka för vecka');
    expect(text).toMatch(/v\. 34/);
    expect(text).toContain('onsdag 19 augusti 2026');
    expect(text).toContain('13:00–14:30');
    expect(text).toContain('Från 17 augusti 2027 ingår du i de ordinarie reflektionsgrupperna.');
    const introducer = full.pages[full.outline.find((e) => e.title === 'Introduktören')!.page - 1]!;
    expect(introducer).toContain('Maria Nilsson');
    expect(introducer).toContain('4 h i veckan');
    expect(introducer).toContain('2 h i veckan');
    expect(introducer).toContain('17 augusti 2026 – 16 augusti 2027');
  });

  it('lists the documents and merges the attached PDF at the end, on its own bookmarked page', () => {
    const bookmark = full.outline.find((e) => e.title === 'Bilagor')!.items[0]!;
    expect(bookmark.title).toBe(`Bilaga 1: ${ATTACHED_TITLE}`);
    expect(bookmark.page).toBe(full.numPages);
    expect(full.pages[full.numPages - 1]).toContain('Blankett');
    expect(full.pages[full.numPages - 1]).toMatch(/BIL\s?AGA 1\s+Förbindelse om tystnadsplikt/);
    expect(full.pages.slice(0, -1).join('')).not.toContain('Blankett\n');
    const documents = full.pages[full.outline.find((e) => e.title === 'Blanketter och dokument')!.page - 1]!;
    expect(documents).toContain(`Bilaga 1, s. ${full.numPages}`);
    expect(documents).toContain('Intranätet › Styrdokument');
    expect(dayOne.pages[dayOne.numPages - 1]).toContain('Blankett');
  });

  it('keeps all text inside the margins', () => {
    expectTextInsideMargins(full);
    expectTextInsideMargins(dayOne);
  });

  it('opens the last exported binder without the renderer naming a path, and says so when it is gone', async () => {
    await h.must('binder:open-exported', {});
    expect(h.desktop.opened.at(-1)).toMatch(/dag1\.pdf$/);
    rmSync(path.join(path.dirname(fullFile), 'dag1.pdf'));
    expect(await h.call('binder:open-exported', {})).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/finns inte längre/) },
    });
    const fresh = handlerHarness();
    expect(await fresh.call('binder:open-exported', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await fresh.close();
  });
});
