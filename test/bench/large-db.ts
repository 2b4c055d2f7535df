/**
 * Builds the benchmark's database: ten years (November 2016 – 23 November 2026) of a department
 * with 40 social workers, through the app's own code. About 30 hires a year on the default
 * programme (with three 20-page PDFs attached to its binder), their ticks, follow-ups, introducer
 * hours, reflection sessions and audit rows; older plans finished and some archived, ~60 active.
 *
 *   tsx test/bench/large-db.ts OUT.db     # prints what it made as JSON
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { shiftDays, type IsoDate } from '../../electron/shared/rules/days';
import { WorkingCalendar } from '../../electron/shared/rules/calendar';
import { handlerHarness } from '../support/handler-context';
import { tempDir } from '../support/paths';
import { pagedPdf } from '../support/pdf-fixture';
import { department, hireNames, seeded, TEAM_SHARE, type Team } from './large-db-people';
import { scheduleHire, type HireSpec, type World } from './large-db-hire';
import { Timeline } from './large-db-timeline';

export const BENCH_NOW = '2026-11-23T09:00:00.000Z';
export const HIRE_COUNT = 300;
const SETUP_AT = '2016-10-03T08:00:00.000Z';
const FIRST_START = '2016-11-21';
const SPAN_DAYS = 3670;
/** Binder documents that get a 20-page PDF each. */
export const ATTACHED_DOCUMENTS = ['Förbindelse om tystnadsplikt', 'Socialnämndens delegationsordning', 'Rutin vid hot och våld'];

type Harness = ReturnType<typeof handlerHarness>;

async function setUp(h: Harness) {
  const { managers, workers, others } = department();
  const ids = new Map<string, number>();
  for (const person of [...Object.values(managers), ...workers, ...others])
    ids.set(person.name, (await h.must('staff:create-person', person)).id);
  const manager = (team: Team | 'extra') => ids.get(managers[team].name)!;
  await h.must('session:set-current-user', { personId: manager('Barn och familj') });

  const attachments: string[] = [];
  const folder = tempDir('introplan-bench-pdf-');
  for (const title of ATTACHED_DOCUMENTS) {
    const file = path.join(folder, `${title}.pdf`);
    writeFileSync(file, pagedPdf(title, 20));
    h.desktop.answerOpen(file);
    attachments.push((await h.must('templates:attach-document', {}))!.id);
  }
  rmSync(folder, { recursive: true });
  const [template] = await h.must('templates:list-templates', {});
  const draft = await h.must('templates:get-draft', { templateId: template!.id });
  const content = structuredClone(draft.content);
  content.binder.documents = content.binder.documents.map((d) =>
    ATTACHED_DOCUMENTS.includes(d.title) ? { ...d, attachmentId: attachments[ATTACHED_DOCUMENTS.indexOf(d.title)]! } : d,
  );
  await h.must('templates:save-draft', { templateId: template!.id, content });
  const version = await h.must('templates:publish-draft', { templateId: template!.id });
  const introducers = new Map<string, number[]>();
  for (const w of workers)
    if (w.roles.includes('introducer')) introducers.set(w.team, [...(introducers.get(w.team) ?? []), ids.get(w.name)!]);
  return { manager, version: version.id, content, introducers };
}

function specs(random: World['random'], calendar: WorkingCalendar, manager: (team: Team | 'extra') => number): HireSpec[] {
  const names = hireNames(HIRE_COUNT);
  return names.map((name, k) => {
    let start: IsoDate = shiftDays(FIRST_START, Math.round((k * SPAN_DAYS) / HIRE_COUNT) + random.between(-5, 5));
    // Nobody starts in July.
    if (start.slice(5, 7) === '07') start = `${start.slice(0, 4)}-08-0${random.between(1, 9)}`;
    const roll = random.next();
    const team =
      TEAM_SHARE.find((_, i) => roll < TEAM_SHARE.slice(0, i + 1).reduce((s, [, share]) => s + share, 0))?.[0] ?? 'Barn och familj';
    return {
      name,
      team,
      startDate: calendar.onOrAfter(start),
      newlyGraduated: random.chance(0.6),
      managerId: team === 'Barn och familj' && random.chance(0.3) ? manager('extra') : manager(team),
      withIntroducer: random.chance(0.95),
      done: 0.85 + random.next() * 0.14,
      followUp: 0.5 + random.next() * 0.45,
      hours: 0.5 + random.next() * 0.6,
      ownItems: random.chance(0.4) ? random.between(1, 4) : 0,
      leavesAfterMonths: random.chance(0.08) ? random.between(3, 18) : null,
      straggler: random.chance(0.03),
    };
  });
}

export interface Generated {
  file: string;
  seconds: number;
  played: Timeline['played'];
}

/** Generates the database at `file` (which must not exist yet). */
export async function generateLargeDb(file: string, seed = 2026): Promise<Generated> {
  const started = performance.now();
  let clock = SETUP_AT;
  const h = handlerHarness(() => clock, file);
  try {
    const calendar = new WorkingCalendar();
    const setup = await setUp(h);
    const random = seeded(seed);
    const timeline = new Timeline();
    const load = new Map([...setup.introducers.values()].flat().map((id) => [id, 0]));
    const world: World = {
      h,
      timeline,
      random,
      calendar,
      load,
      versionId: setup.version,
      now: BENCH_NOW,
      introducers: setup.introducers,
      phaseIds: setup.content.phases.map((p) => p.id),
      optionalItemIds: setup.content.items.filter((i) => !i.required).map((i) => i.id),
    };
    // The municipality's own planning days, entered each December for the coming year.
    for (let year = 2017; year <= 2027; year++) {
      timeline.handler(`${year - 1}-12-01T10:00:00.000Z`, async () => {
        h.ctx.user.personId = setup.manager('Barn och familj');
        for (const day of [`${year}-01-09`, `${year}-08-14`])
          await h.must('settings:save-day-off', { date: calendar.onOrAfter(day), label: 'Planeringsdag' });
      });
    }
    for (const spec of specs(random, calendar, setup.manager)) scheduleHire(world, spec);
    await timeline.play(
      () => h.ctx.db,
      (at) => (clock = at),
      BENCH_NOW,
    );
    h.ctx.session.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { file, seconds: (performance.now() - started) / 1000, played: timeline.played };
  } finally {
    await h.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const out = process.argv[2];
  if (!out) throw new Error('usage: tsx test/bench/large-db.ts OUT.db');
  console.log(JSON.stringify(await generateLargeDb(path.resolve(out))));
}
