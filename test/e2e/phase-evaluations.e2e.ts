import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { closeAppAfterEach, valueOf } from '../support/app-per-test';
import { TEST_RESULTS, tempDir } from '../support/paths';
import { NOW, openHire, settle, windowShot } from '../support/plan-page';
import { readPdf } from '../support/read-pdf';
import { SEED_PEOPLE, seedHire } from '../support/seed-hire';
import { launchApp, type LaunchedApp } from './harness';
import { openDefaultProgramme } from './program-helpers';

/**
 * Phase evaluations through the UI (issue 19, part 2): the manager fills one in with the hire and
 * prints the paper form; the improvement view shows "för få svar" until three have answered; the
 * new hire answers their own in Min introduktion. Monday 23 November 2026; the hires started
 * Monday 5 October, so the first phase ended Friday 30 October.
 */

let app: LaunchedApp | undefined;
closeAppAfterEach(
  () => app,
  () => (app = undefined),
);

const answers = (scores: number[], good: string, improve: string) => ({
  answeredOn: '2026-10-30',
  source: 'app' as const,
  scores: { clarity: scores[0]!, support: scores[1]!, workload: scores[2]!, reflection: scores[3]!, overall: scores[4]! },
  good,
  improve,
});

test(
  'the manager fills in the first phase’s evaluation with the hire, prints the paper form, and the programme shows the answers once three have answered',
  { timeout: 150_000 },
  async () => {
    const seeding = await launchApp({ now: NOW });
    const hire = await seedHire(seeding.api);
    const others = [await seedHire(seeding.api, { name: 'Omar Haddad' }), await seedHire(seeding.api, { name: 'Lisa Kumpula' })];
    await seeding.close();
    app = await launchApp({ dbPath: seeding.dbPath, now: NOW, userName: SEED_PEOPLE.manager });
    const { page, api } = app;
    await openHire(page, hire.id);
    await page.getByRole('tab', { name: 'Uppföljning' }).click();
    const table = page.getByRole('table', { name: 'Fasutvärderingar för Sofia Berg' });
    const row = (phase: string) => table.getByRole('row').filter({ hasText: phase });
    await row('Vecka 1–4').getByText('Inte besvarad').waitFor();
    await row('5 månader – 2 år').getByText('Senare').waitFor();
    // The last phase has not begun: nothing to fill in yet, only the paper form.
    expect(
      await row('5 månader – 2 år')
        .getByRole('button', { name: /Fyll i/ })
        .count(),
    ).toBe(0);

    // The paper form, through the save dialog.
    const file = path.join(tempDir(), 'form.pdf');
    app.desktop.answerSave(file);
    await row('Vecka 1–4').getByRole('button', { name: 'Skriv ut formuläret för Vecka 1–4' }).click();
    await page.getByText('Formuläret är sparat som ”form.pdf”.').waitFor();
    expect(app.desktop.asked.at(-1)).toMatchObject({ kind: 'save', defaultName: 'Utvärdering Vecka 1–4 – Sofia Berg.pdf' });
    const pdf = await readPdf(readFileSync(file));
    expect(pdf.numPages).toBe(1);
    expect(pdf.pages[0]).toContain('Utvärdering av Vecka 1–4');
    expect(pdf.pages[0]).toContain('Jag fick det stöd jag behövde av min introduktör.');

    await row('Vecka 1–4').getByRole('button', { name: 'Fyll i utvärderingen av Vecka 1–4' }).click();
    const dialog = page.getByRole('dialog', { name: 'Utvärdering av Vecka 1–4 – Sofia Berg' });
    // The last day of the phase is offered; nothing answered is refused next to each statement.
    expect(await dialog.getByLabel('Besvarad den').inputValue()).toBe('30 oktober 2026');
    await dialog.getByRole('button', { name: 'Spara utvärderingen' }).click();
    expect(await dialog.getByText('Välj ett värde från 1 till 5.').count()).toBe(5);
    for (const [statement, value] of [
      ['Tydliga förväntningar', 4],
      ['Stöd från introduktören', 2],
      ['Rimlig belastning', 2],
      ['Reflektion och handledning', 5],
      ['Fasen som helhet', 4],
    ] as const)
      await dialog.getByRole('radio', { name: `${statement}: ${value}` }).check();
    await dialog.getByText('På utskrivet formulär (förs in av chefen)').click();
    await dialog.getByLabel('Vad var bra i fasen?').fill('Mottagandet första dagen');
    await dialog.getByLabel('Vad kan bli bättre?').fill('Mer tid med introduktören');
    await windowShot(page, 'phase-evaluation-form');
    await dialog.getByRole('button', { name: 'Spara utvärderingen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Utvärderingen är sparad.').waitFor();
    await row('Vecka 1–4').getByText('Besvarad', { exact: true }).waitFor();
    await row('Vecka 1–4').getByText('fre 30 okt 2026 (på papper)').waitFor();
    await settle(page);
    await page
      .getByRole('region', { name: 'Fasutvärderingar' })
      .screenshot({ path: path.join(TEST_RESULTS, 'screenshots', 'phase-evaluations.png') });
    const [first] = await valueOf(api.evaluations.getPhaseEvaluations({ hireId: hire.id }));
    expect(first!.record).toMatchObject({
      source: 'paper',
      scores: { clarity: 4, support: 2, workload: 2, reflection: 5, overall: 4 },
      enteredBy: { name: SEED_PEOPLE.manager },
    });

    // One answer: the programme's improvement view shows none of it.
    await openDefaultProgramme(page);
    await page.getByRole('tab', { name: 'Utvärdering' }).click();
    const phase1 = page.getByRole('region', { name: 'Vecka 1–4' });
    await phase1.getByText('För få svar för att visa').waitFor();
    expect(await page.getByText('Mottagandet första dagen').count()).toBe(0);

    // Two more hires answer: now the averages, the distribution and the texts without names.
    await valueOf(
      api.evaluations.savePhaseEvaluation({
        hireId: others[0]!.id,
        phaseId: first!.phaseId,
        ...answers([5, 3, 2, 4, 4], 'Bra schema', ''),
      }),
    );
    await valueOf(
      api.evaluations.savePhaseEvaluation({
        hireId: others[1]!.id,
        phaseId: first!.phaseId,
        ...answers([3, 2, 3, 5, 3], '', 'Färre ärenden'),
      }),
    );
    await page.getByRole('tab', { name: 'Versioner' }).click();
    await page.getByRole('tab', { name: 'Utvärdering' }).click();
    const statement = phase1.getByRole('row').filter({ hasText: 'Jag fick det stöd jag behövde av min introduktör.' });
    await statement.getByText('2,3').waitFor();
    await phase1.getByText('3 svar').waitFor();
    await statement.getByRole('img', { name: '1: 0, 2: 2, 3: 1, 4: 0, 5: 0' }).waitFor();
    expect(await phase1.getByRole('listitem').allTextContents()).toEqual([
      'Bra schema',
      'Mottagandet första dagen',
      'Färre ärenden',
      'Mer tid med introduktören',
    ]);
    expect(await page.getByRole('main').textContent()).not.toMatch(/Sofia|Omar|Lisa/);
    await settle(page);
    await windowShot(page, 'programme-evaluation');
  },
);

test('the new hire answers their own phase evaluation in Min introduktion', { timeout: 120_000 }, async () => {
  const seeding = await launchApp({ now: NOW });
  const hire = await seedHire(seeding.api);
  await seeding.close();
  app = await launchApp({ dbPath: seeding.dbPath, now: NOW });
  const { page, api } = app;
  await valueOf(api.session.setCurrentHire({ hireId: hire.id }));
  await page.reload();
  await page.getByRole('heading', { name: 'Min introduktion – Sofia Berg', level: 1 }).waitFor();
  const forms = page.getByRole('region', { name: 'Uppföljningar och utvärderingar' });
  await forms.getByText(/Uppföljning efter vecka 1: mån 12 okt 2026/).waitFor();
  await forms.getByRole('button', { name: 'Fyll i utvärderingen av Vecka 1–4' }).click();
  const dialog = page.getByRole('dialog', { name: 'Utvärdering av Vecka 1–4' });
  // Their own answer is answered here: no question of paper.
  expect(await dialog.getByText('Hur besvarades den?').count()).toBe(0);
  for (const statement of [
    'Tydliga förväntningar',
    'Stöd från introduktören',
    'Rimlig belastning',
    'Reflektion och handledning',
    'Fasen som helhet',
  ])
    await dialog.getByRole('radio', { name: `${statement}: 4` }).check();
  await dialog.getByLabel('Vad kan bli bättre?').fill('Fler tillfällen att gå bredvid');
  await dialog.getByRole('button', { name: 'Spara utvärderingen' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await forms.getByRole('button', { name: 'Ändra utvärderingen av Vecka 1–4' }).waitFor();
  await forms.getByText('Besvarad', { exact: true }).waitFor();
  await settle(page);
  await forms.scrollIntoViewIfNeeded();
  await windowShot(page, 'own-phase-evaluation');
  const own = await valueOf(api.tasks.getIntroduction());
  expect(own.evaluations[0]!.record).toMatchObject({ source: 'app', enteredBy: null, improve: 'Fler tillfällen att gå bredvid' });
});
