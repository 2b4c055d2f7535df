import dayjs from 'dayjs';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { listTemplates } from '../../../db/queries/templates';
import { svText } from '../../shared/i18n/translate';
import { AppError } from '../errors';
import { exportProgramme, serializeProgramme } from '../services/exchange';
import { safeFileName, writeFileAtomically } from '../services/files';
import { evaluationSummary } from '../services/phase-evaluations';
import { calendarFor } from '../services/calendar-export';
import { renderBinder } from '../services/binder/jobs';
import { swedishDate } from '../../shared/rules/swedish-time';
import { listHires } from '../../../db/queries/hires';
import { DEMO_PEOPLE } from './demo-people';
import { myWork } from '../services/my-work';
import { myWorkPdf } from '../services/my-work-export';
import { competencePlanPdf } from '../services/competence-export';
import { addDemoGroups } from './demo-groups';
import { addDemoHires } from './demo-hires';
import { demoDesk } from './demo-desk';

export interface DemoOptions {
  outDir: string;
  migrationsFolder: string;
  appVersion: string;
  now: string;
  /** Replace an earlier demo database in the same folder. */
  force?: boolean;
  /** Also write each hire's introduction binder as a PDF (the command line does; the app's example does not need them). */
  binders?: boolean;
}

/** Invented municipality-wide numbers (0980 is Kiruna's area code; no real line is meant), printed in every binder. */
const DEMO_NUMBERS = [
  { label: 'Växel', phone: '0980-700 00', email: '' },
  { label: 'Socialjour', phone: '0980-709 99', email: 'socialjouren@exempel.se' },
  { label: 'IT-support', phone: '0980-701 11', email: 'it-support@exempel.se' },
  { label: 'Företagshälsovården', phone: '0980-702 50', email: '' },
];

export const DEMO_DATABASE = 'introplan.db';
export const DEMO_PROGRAMME = 'program.json';
/** The introducer whose Mina uppgifter the demo prints. */
export const DEMO_INTRODUCER = 'Maria Nilsson';

/** Writes a database with the default programme, example staff and hires, the programme as a file, and a calendar and a binder (PDF) per hire. */
export async function createDemo({
  outDir,
  migrationsFolder,
  appVersion,
  now,
  force = false,
  binders = false,
}: DemoOptions): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const dbFile = path.join(outDir, DEMO_DATABASE);
  if (existsSync(dbFile)) {
    if (!force) throw new AppError('conflict', svText('demo.exists', { folder: outDir }));
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  }
  // The unit started using Introplan a few years back: the programme and the staff list came
  // first, before anyone could say who they are.
  const founded = dayjs(now).subtract(3, 'year').toISOString();
  const desk = demoDesk(dbFile, migrationsFolder, appVersion, founded);
  const database = desk.session;
  try {
    const people = new Map(DEMO_PEOPLE.map((person) => [person.name, desk.call('staff:create-person', person, founded, null).id]));
    addDemoHires(desk, people, now);
    addDemoGroups(desk, people, now);
    desk.call(
      'settings:update-binder-settings',
      { municipality: 'Exempelkommun', unit: 'Individ- och familjeomsorgen' },
      now,
      people.get('Anna Lindqvist')!,
    );
    desk.call('settings:update-common-numbers', { numbers: DEMO_NUMBERS }, now, people.get('Anna Lindqvist')!);
    const programme = listTemplates(database.db)[0];
    const version = programme?.versions[0];
    const file = version && exportProgramme(database.db, { versionId: version.id }, `Introplan ${appVersion}`, now);
    if (!file) throw new Error('the new database has no published programme');
    const programmeFile = path.join(outDir, DEMO_PROGRAMME);
    await writeFileAtomically(programmeFile, serializeProgramme(file));
    const calendars: string[] = [];
    for (const hire of [...listHires(database.db, false), ...listHires(database.db, true)]) {
      const ics = path.join(outDir, `${safeFileName(hire.name)}.ics`);
      await writeFileAtomically(ics, calendarFor(database.db, [hire], `Introduktion – ${hire.name}`, new Date(now)));
      calendars.push(ics);
      if (!binders) continue;
      const binder = path.join(outDir, `${safeFileName(hire.name)}-parm.pdf`);
      await writeFileAtomically(binder, await renderBinder(database.db, hire.id, 'full', swedishDate(now), now));
      // The one-page competence plan, as printed for the medarbetarsamtal.
      const competence = path.join(outDir, `${safeFileName(hire.name)}-kompetensplan.pdf`);
      await writeFileAtomically(competence, await competencePlanPdf(database.db, hire.id, now));
      calendars.push(binder, competence);
    }
    if (binders) {
      // The demo introducer's own list, as printed from Mina uppgifter.
      const introducer = people.get(DEMO_INTRODUCER)!;
      const list = path.join(outDir, `mina-uppgifter-${safeFileName(DEMO_INTRODUCER)}.pdf`);
      await writeFileAtomically(list, await myWorkPdf(myWork(database.db, introducer, swedishDate(now)), now));
      calendars.push(list);
    }
    // The programme's improvement view as the Utvärdering tab shows it.
    const evaluation = path.join(outDir, 'utvardering.json');
    await writeFileAtomically(evaluation, `${JSON.stringify(evaluationSummary(database.db, programme.id), null, 2)}\n`);
    return [dbFile, programmeFile, ...calendars, evaluation];
  } finally {
    database.close();
  }
}
