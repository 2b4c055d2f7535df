import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { listPeople } from '../../db/queries/staff';
import { getHire, listHires } from '../../db/queries/hires';
import { competenceOfHire } from '../../electron/main/services/competence';
import { hoursOfHire } from '../../electron/main/services/hours';
import { checkInsOfHire } from '../../electron/main/services/check-ins';
import { evaluationSummary } from '../../electron/main/services/phase-evaluations';
import type { EvaluationSummary } from '../../electron/shared/schemas/phase-evaluations';
import { groupDetail, groupList, hireGroups } from '../../electron/main/services/groups';
import { summariesOf } from '../../electron/main/services/summaries';
import { readPdf } from '../support/read-pdf';
import { listTemplates } from '../../db/queries/templates';
import { exchangeFileSchema } from '../../electron/shared/schemas/exchange';
import { MIGRATIONS, REPO_ROOT, tempDir } from '../support/paths';
import { DEMO_INTRODUCER } from '../../electron/main/demo/create-demo';
import { myWork } from '../../electron/main/services/my-work';
import { WORK_GROUPS } from '../../electron/shared/rules/my-work';
import { swedishDate } from '../../electron/shared/rules/swedish-time';
import { addMonthsTo } from '../../electron/shared/rules/days';

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const SATURDAY = '2026-12-05T10:00:00.000Z';
const MONDAY = '2026-11-23T09:00:00.000Z';
const runDemo = (...args: string[]) =>
  spawnSync(TSX, ['electron/main/demo/cli.ts', '--now', MONDAY, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

describe('npm run demo', () => {
  it(
    'writes a database with the default programme, staff and hires, and the programme as an exchange file',
    { timeout: 60_000 },
    async () => {
      const out = path.join(tempDir(), 'demo');
      // A Saturday: the demo's "this week" must hold on a weekend too (it once lost its substitute there).
      execFileSync(TSX, ['electron/main/demo/cli.ts', '--out', out, '--now', SATURDAY], { cwd: REPO_ROOT });

      const opened = openDatabase(path.join(out, 'introplan.db'), MIGRATIONS);
      try {
        const [programme] = listTemplates(opened.db);
        expect(programme).toMatchObject({ name: 'Introduktion och inskolning – IFO', unpublishedChanges: false });
        expect(listPeople(opened.db).length).toBeGreaterThanOrEqual(5);
        const active = listHires(opened.db, false);
        expect(active).toHaveLength(5);
        expect(listHires(opened.db, true)).toHaveLength(1);
        // Different stages: from the first week to nearly two years in.
        const starts = active.map((h) => h.startDate).sort();
        expect(starts[0]! < starts.at(-1)!).toBe(true);
        const done = opened.sqlite
          .prepare("SELECT count(*) FROM plan_items WHERE status IN ('done', 'followedUp')")
          .pluck()
          .get() as number;
        expect(done).toBeGreaterThan(100);
        // Written through the handlers: Historik tells what happened, tick by tick, as for real work.
        const actions = new Map(
          (
            opened.sqlite.prepare('SELECT action, count(*) AS n FROM audit_log GROUP BY action').all() as { action: string; n: number }[]
          ).map((r) => [r.action, r.n]),
        );
        expect(actions.get('item.done')).toBe(done);
        expect(actions.get('item.followedUp')).toBeGreaterThan(100);
        expect(actions.get('hours.logged')).toBe(opened.sqlite.prepare('SELECT count(*) FROM introducer_hours').pluck().get());
        expect(actions.get('reflection.held')).toBeGreaterThan(20);
        expect(actions.get('person.created')).toBe(listPeople(opened.db).length);
        // Two groups: the new hires' reflection group and yrkeshandledning, with meetings held and attendance.
        const groupsToday = swedishDate(
          opened.sqlite.prepare("SELECT at FROM audit_log WHERE action = 'binder-settings.updated'").pluck().get() as string,
        );
        const unitGroups = groupList(opened.db, groupsToday);
        expect(unitGroups.map((g) => [g.name, g.kind])).toEqual([
          ['Reflektionsgrupp nyanställda', 'reflection'],
          ['Yrkeshandledning IFO', 'supervision'],
        ]);
        const [reflection, supervision] = unitGroups.map((g) => groupDetail(opened.db, g.id, groupsToday));
        expect(reflection!.leader?.name).toBe('Sara Eriksson');
        expect(reflection!.place).toBe('Stadshuset, rum Kebne');
        const within12 = active.filter((h) => h.startDate > addMonthsTo(groupsToday, -12)).map((h) => h.name);
        expect(reflection!.members.map((m) => m.name)).toEqual(expect.arrayContaining(within12));
        expect(supervision!.leaderName).not.toBe('');
        expect(supervision!.members.length).toBeGreaterThanOrEqual(6);
        expect(supervision!.members.length).toBeLessThanOrEqual(8);
        expect(supervision!.members.some((m) => m.hire) && supervision!.members.some((m) => m.person)).toBe(true);
        for (const group of [reflection!, supervision!]) {
          const held = group.sessions.filter((s) => s.status === 'held');
          expect(held.length).toBeGreaterThan(3);
          expect(group.sessions.some((s) => s.status === 'planned' && s.date >= groupsToday)).toBe(true);
          expect(held.every((s) => s.attendance.length > 0)).toBe(true);
          expect(held.some((s) => s.attendance.some((a) => !a.present))).toBe(true);
        }
        // A hire in the reflection group has slots met by the group.
        const inGroup = active.find((h) => h.name === 'Ahmed Hassan')!;
        expect(hireGroups(opened.db, inGroup.id, groupsToday).cadence.some((s) => s.met === 'group')).toBe(true);
        const file = exchangeFileSchema.parse(JSON.parse(readFileSync(path.join(out, 'program.json'), 'utf8')));
        expect(file.content.items.length).toBe(programme!.itemCount);
        expect(file.template.version).toBe(1);
        // One introduction binder per hire, archived ones included.
        expect(
          readdirSync(out)
            .filter((f) => f.endsWith('-parm.pdf'))
            .sort(),
        ).toEqual([...active, ...listHires(opened.db, true)].map((h) => `${h.name}-parm.pdf`).sort());
        expect(
          readFileSync(path.join(out, `${active[0]!.name}-parm.pdf`))
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
        // The demo introducer has something in every group of Mina uppgifter, and it is printed.
        // The demo's "today": when its settings were made, the last thing it does.
        const today = swedishDate(
          opened.sqlite.prepare("SELECT at FROM audit_log WHERE action = 'binder-settings.updated'").pluck().get() as string,
        );
        const maria = listPeople(opened.db).find((p) => p.name === DEMO_INTRODUCER)!;
        const groups = new Set(myWork(opened.db, maria.id, today).tasks.map((t) => t.group));
        expect([...groups].sort()).toEqual([...WORK_GROUPS].sort());
        expect(
          readFileSync(path.join(out, `mina-uppgifter-${DEMO_INTRODUCER}.pdf`))
            .subarray(0, 5)
            .toString(),
        ).toBe('%PDF-');
        // Every hire has a mapped competence plan with a level history; one is at Nivå 1 with a
        // co-handler, one was moved to Nivå 2; each plan is printed on its own page.
        const hires = [...active, ...listHires(opened.db, true)];
        const plans = hires.map((h) => competenceOfHire(opened.db, getHire(opened.db, h.id)!));
        for (const plan of plans) {
          expect(plan.mappings.length).toBeGreaterThan(0);
          expect(plan.history.length).toBeGreaterThan(0);
        }
        expect(plans.some((p) => p.level === 1 && p.coHandler !== null)).toBe(true);
        expect(plans.some((p) => p.level === 2 && p.history.some((d) => d.level === 1))).toBe(true);
        for (const hire of hires) {
          const pdf = await readPdf(readFileSync(path.join(out, `${hire.name}-kompetensplan.pdf`)));
          expect(pdf.numPages).toBe(1);
          expect(pdf.pages[0]).toContain(`Kompetensutvecklingsplan – ${hire.name}`);
        }
        // Two samordnare: one named for the Vuxen hires, the unit's for the rest; one of them owns an
        // item in Mina uppgifter; one hire has a substitute introducer today who logged time.
        const views = summariesOf(opened.db, hires, today);
        expect(new Set(views.map((v) => `${v.coordinator?.name} ${v.coordinator?.forUnit}`))).toEqual(
          new Set(['Henrik Sarri false', 'Ulrika Lantto true']),
        );
        const ulrika = listPeople(opened.db).find((p) => p.name === 'Ulrika Lantto')!;
        expect(myWork(opened.db, ulrika.id, today).tasks.map((t) => t.title)).toContain('Avstämning med samordnaren om ärendemängden');
        const covered = views.filter((v) => v.substitute);
        expect(covered.map((v) => v.substitute!.person.name)).toEqual(['Johan Pettersson']);
        const standIn = hoursOfHire(opened.db, getHire(opened.db, covered[0]!.id)!, today);
        expect(standIn.entries.some((e) => e.person?.name === 'Johan Pettersson')).toBe(true);
        // Every check-in whose day has passed was held; where it was hard, the actions are in the plan.
        for (const hire of hires) {
          const talks = checkInsOfHire(opened.db, getHire(opened.db, hire.id)!, today);
          expect(talks.filter((c) => c.dueDate < today).every((c) => c.status === 'held')).toBe(true);
        }
        const ahmed = hires.find((h) => h.name === 'Ahmed Hassan')!;
        expect(
          checkInsOfHire(opened.db, getHire(opened.db, ahmed.id)!, today).find((c) => c.record?.actions.length)?.record?.workload,
        ).toBe(5);
        // Phase evaluations: utvardering.json is the improvement view — the first two phases with
        // enough answers to show (the middle one's workload below 3), the last with too few.
        const evaluation = JSON.parse(readFileSync(path.join(out, 'utvardering.json'), 'utf8')) as EvaluationSummary;
        expect(evaluation).toEqual(evaluationSummary(opened.db, programme!.id));
        const phases = evaluation.versions[0]!.phases;
        expect(phases.map((p) => [p.answers >= 3, p.tooFew])).toEqual([
          [true, false],
          [true, false],
          [false, true],
        ]);
        expect(phases[1]!.questions.find((q) => q.question === 'workload')!.average).toBeLessThan(3);
        expect(JSON.stringify(evaluation)).not.toContain(ahmed.name);
      } finally {
        opened.close();
      }
    },
  );

  it('will not overwrite an earlier demo database unless told to', { timeout: 120_000 }, () => {
    const out = tempDir();
    expect(runDemo('--out', out).status).toBe(0);
    const again = runDemo('--out', out);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/Det finns redan en databas/);
    expect(runDemo('--out', out, '--force').status).toBe(0);
    expect(runDemo().stderr).toMatch(/Ange en mapp/);
  });
});
