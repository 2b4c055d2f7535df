import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBinderHire } from '../support/binder-fixtures';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';
import { png } from '../support/png-fixture';
import { readPdf } from '../support/read-pdf';

describe('binder settings', () => {
  let h: ReturnType<typeof handlerHarness>;
  let hireId: number;
  beforeAll(async () => {
    h = handlerHarness(() => '2026-08-10T09:00:00.000Z');
    ({ hireId } = await seedBinderHire(h, { withIntroducer: false }));
  }, 30_000);
  afterAll(() => h.close());

  it('stores municipality and unit without disturbing the other preferences', async () => {
    await h.must('settings:update-preferences', { language: 'en' });
    expect(await h.must('settings:get-binder-settings', {})).toEqual({ municipality: '', unit: '', logo: null, numbers: [] });
    expect(await h.must('settings:update-binder-settings', { municipality: ' Kiruna kommun ', unit: 'IFO' })).toEqual({
      municipality: 'Kiruna kommun',
      unit: 'IFO',
      logo: null,
      numbers: [],
    });
    expect((await h.must('settings:get-preferences', {})).language).toBe('en');
    expect(await h.call('settings:update-binder-settings', { municipality: 'x'.repeat(101), unit: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('keeps the municipality’s numbers in order, checked, beside the cover details', async () => {
    const numbers = [
      { label: ' Växel ', phone: '0980-700 00', email: '' },
      { label: 'Socialjour', phone: '+46 980 709 99', email: 'socialjouren@kiruna.se' },
    ];
    const saved = await h.must('settings:update-common-numbers', { numbers });
    expect(saved.numbers).toEqual([
      { label: 'Växel', phone: '0980-700 00', email: '' },
      { label: 'Socialjour', phone: '+46 980 709 99', email: 'socialjouren@kiruna.se' },
    ]);
    expect(saved.municipality).toBe('Kiruna kommun');
    expect((await h.must('settings:get-binder-settings', {})).numbers).toEqual(saved.numbers);
    // Saving the cover details leaves the numbers alone.
    expect((await h.must('settings:update-binder-settings', { municipality: 'Kiruna kommun', unit: 'IFO' })).numbers).toHaveLength(2);

    const refused = async (input: unknown) =>
      (await h.call('settings:update-common-numbers', input as never)) as { ok: boolean; error?: { fields?: object } };
    expect((await refused({ numbers: [{ label: 'Växel', phone: 'ring växeln', email: '' }] })).error?.fields).toEqual({
      'numbers.0.phone': expect.stringMatching(/telefonnummer/),
    });
    expect((await refused({ numbers: [{ label: '', phone: '0980-700 00', email: '' }] })).error?.fields).toHaveProperty('numbers.0.label');
    expect((await refused({ numbers: [{ label: 'Växel', phone: '', email: '' }] })).error?.fields).toHaveProperty('numbers.0.phone');
    expect((await refused({ numbers: [{ label: 'Växel', phone: '0980-700 00', email: 'inte en adress' }] })).error?.fields).toHaveProperty(
      'numbers.0.email',
    );
    const twice = [
      { label: 'Växel', phone: '0980-700 00', email: '' },
      { label: 'växel', phone: '0980-700 01', email: '' },
    ];
    expect((await refused({ numbers: twice })).error?.fields).toEqual({ 'numbers.1.label': 'Samma benämning finns redan i listan.' });
    const many = Array.from({ length: 13 }, (_, i) => ({ label: `Nummer ${i}`, phone: '0980-700 00', email: '' }));
    expect(await refused({ numbers: many })).toMatchObject({ ok: false });
    expect(await refused({ numbers: [{ label: 'Växel', phone: '0980-700 00', email: '', extra: 1 }] })).toMatchObject({ ok: false });
    expect((await h.must('settings:get-binder-settings', {})).numbers).toEqual(saved.numbers);

    expect((await h.must('settings:update-common-numbers', { numbers: [] })).numbers).toEqual([]);
  });

  it('takes a PNG logo from the dialog by its content, refuses other files, and removes it', async () => {
    const folder = tempDir();
    const logo = path.join(folder, 'logga.png');
    writeFileSync(logo, png());
    const fake = path.join(folder, 'logga2.png');
    writeFileSync(fake, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const huge = path.join(folder, 'stor.png');
    writeFileSync(huge, Buffer.concat([png(), Buffer.alloc(2 * 1024 * 1024)]));
    expect((await h.must('settings:choose-logo', {})).logo).toBeNull();
    h.desktop.answerOpen(fake).answerOpen(huge).answerOpen(logo);
    expect(await h.call('settings:choose-logo', {})).toMatchObject({
      ok: false,
      error: { message: 'Filen är inte en PNG- eller JPEG-bild.' },
    });
    expect(await h.call('settings:choose-logo', {})).toMatchObject({ ok: false, error: { message: 'Logotypen får vara högst 2 MB.' } });
    expect((await h.must('settings:choose-logo', {})).logo).toEqual({ fileName: 'logga.png', mediaType: 'image/png', size: png().length });

    const file = path.join(folder, 'med-logga.pdf');
    h.desktop.answerSave(file);
    await h.must('binder:export-pdf', { hireId, variant: 'dayOne' });
    const bytes = readFileSync(file);
    expect(bytes.includes('/Subtype /Image')).toBe(true);
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]).toContain('Kiruna kommun');
    expect(pdf.pages[0]).toMatch(/INTRODUKTÖR\s+saknas/);
    expect(pdf.info.Author).toBe('Kiruna kommun');

    expect((await h.must('settings:remove-logo', {})).logo).toBeNull();
    expect(existsSync(file)).toBe(true);
  });

  it('still prints the binder when a stored logo cannot be decoded', async () => {
    const folder = tempDir();
    const broken = path.join(folder, 'trasig.png');
    writeFileSync(broken, Buffer.concat([png().subarray(0, 8), Buffer.from('inte en riktig bild')]));
    h.desktop.answerOpen(broken);
    await h.must('settings:choose-logo', {});
    const file = path.join(folder, 'utan-logga.pdf');
    h.desktop.answerSave(file);
    expect(await h.must('binder:export-pdf', { hireId, variant: 'full' })).toMatchObject({ saved: true });
    expect((await readPdf(readFileSync(file))).pages[0]).toContain('Sofia Berg');
  });
});
