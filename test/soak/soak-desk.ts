/**
 * One desk of the sharing soak (soak-run.ts starts several, kills them with SIGKILL at random and
 * starts them again). It opens its own database the way the app does, shares through its own view
 * of the shared folder (which the simulated sync service fills), makes real changes through the
 * real handler table and looks at the folder every `pollMs`. Every change is announced before the
 * call and acknowledged after the handler returned ok.
 */
import { existsSync, readdirSync, writeSync } from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { handlers } from '../../electron/main/ipc/handlers';
import { binderHere } from '../../electron/main/services/binder/jobs';
import type { Channel, Input, Output } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';
import type { ScriptedDesktop } from '../support/scripted-desktop';
import { testContext } from '../support/test-context';
import { seededRandom } from '../support/seeded-random';
import type { SoakChange, SoakDeskArgs, SoakLine } from './soak-protocol';

const args = JSON.parse(process.argv[2] ?? '{}') as SoakDeskArgs;
const say = (line: SoakLine) => writeSync(1, `${JSON.stringify(line)}\n`);
const random = seededRandom(args.seed);
const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];

// A pinned day that moves on with the run, so nothing depends on the day the soak runs.
const started = performance.now();
const now = () => new Date(Date.parse('2026-11-23T09:00:00.000Z') + (performance.now() - started)).toISOString();
const { ctx, session } = testContext({
  dbFile: args.file,
  migrationsFolder: args.migrationsFolder,
  binders: binderHere,
  now,
  version: 'soak',
});
if (session.problem) {
  say({ t: 'error', desk: args.desk, message: `database unusable: ${session.problem.kind}` });
  process.exit(3);
}

/** A handler's answer; a refusal is reported as an error unless it is one the rules may give (`mayRefuse`). */
async function call<C extends Channel>(channel: C, input: Input<C>, mayRefuse = false): Promise<Output<C> | null> {
  const result = (await dispatch(handlers, channel, input, ctx)) as Result<Output<C>>;
  if (result.ok) return result.value;
  if (mayRefuse && result.error.code === 'invalid-input') return null;
  say({ t: 'error', desk: args.desk, message: `${channel}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}` });
  return null;
}

const sql = session.sqlite;
const globalIdOf = (table: 'hires' | 'plan_items' | 'introducer_hours', id: number) =>
  sql.prepare(`SELECT global_id FROM ${table} WHERE id = ?`).pluck().get(id) as string;

async function personNamed(name: string, role: 'manager' | 'introducer') {
  const existing = (await call('staff:list-people', {}))?.find((p) => p.name === name);
  return existing ?? call('staff:create-person', { name, title: '', team: 'Soak', phone: '', email: '', roles: [role] });
}

/** Joins (or creates) the shared folder once; later starts find the setting in the file. */
async function setUp(): Promise<void> {
  if ((await call('sharing:get-status', {}))?.state === 'ok') return;
  if (args.desk === 0) {
    await personNamed('Anna Lindqvist', 'manager');
    await personNamed('Maria Nilsson', 'introducer');
    (ctx.desktop as ScriptedDesktop).answerFolder(args.view);
    await call('sharing:create-folder', {});
    return;
  }
  // The others wait until the sync service has brought the first desk's files.
  while (!existsSync(args.view) || readdirSync(args.view).length === 0) await new Promise((r) => setTimeout(r, 100));
  (ctx.desktop as ScriptedDesktop).answerFolder(args.view);
  await call('sharing:join-folder', { mode: 'folder' });
}

async function workAsSomeone(): Promise<void> {
  const people = (await call('staff:list-people', {})) ?? [];
  const person = people.find((p) => p.name === (args.desk === 0 ? 'Anna Lindqvist' : 'Maria Nilsson')) ?? people[0];
  if (person) await call('session:set-current-user', { personId: person.id });
}

let made = 0;
async function change(): Promise<void> {
  const person = ctx.user.personId;
  if (person === null) return workAsSomeone();
  const hires = sql.prepare('SELECT id, name, global_id AS globalId FROM hires WHERE archived_at IS NULL').all() as {
    id: number;
    name: string;
    globalId: string;
  }[];
  const roll = random();
  const hire = pick(hires);
  const run = async (announce: SoakChange, act: () => Promise<SoakChange | null>) => {
    say({ t: 'begin', desk: args.desk, change: announce });
    const done = await act();
    if (done) say({ t: 'ack', desk: args.desk, change: done });
  };
  if (roll < 0.1 || !hire) {
    const [programme] = (await call('templates:list-templates', {})) ?? [];
    const people = (await call('staff:list-people', {})) ?? [];
    if (!programme || people.length < 2) return;
    const name = `Soak ${args.desk}-${++made}-${Math.floor(random() * 1e9).toString(36)}`;
    return run({ kind: 'create', hire: '', name }, async () => {
      const created = await call('hires:create-hire', {
        hire: {
          name,
          title: 'Socialsekreterare',
          team: 'Soak',
          startDate: '2026-11-02',
          managerId: people.find((p) => p.roles.includes('manager'))?.id ?? people[0]!.id,
          introducerId: people.find((p) => p.roles.includes('introducer'))?.id ?? null,
          newlyGraduated: random() < 0.5,
          templateVersionId: programme.versions[0]!.id,
        },
        leaveOut: [],
        ownItems: [],
      });
      return created ? { kind: 'create', hire: globalIdOf('hires', created.id), name } : null;
    });
  }
  if (roll < 0.65) {
    const status = roll < 0.5 ? 'todo' : 'done';
    const items = sql.prepare('SELECT id, global_id AS globalId FROM plan_items WHERE hire_id = ? AND status = ?').all(hire.id, status) as {
      id: number;
      globalId: string;
    }[];
    const item = pick(items);
    if (!item) return;
    const kind = status === 'todo' ? 'tick' : 'followUp';
    return run({ kind, hire: hire.globalId, item: item.globalId }, async () =>
      (await call('plans:set-item-status', { itemId: item.id, status: status === 'todo' ? 'done' : 'followedUp' }))
        ? { kind, hire: hire.globalId, item: item.globalId }
        : null,
    );
  }
  if (roll < 0.8) {
    return run({ kind: 'hours', hire: hire.globalId, entry: '' }, async () => {
      const before = sql.prepare('SELECT max(id) FROM introducer_hours').pluck().get() as number | null;
      const logged = await call(
        'hours:log-hours',
        {
          hireId: hire.id,
          // Spread over the weeks so the rule of at most 12 hours a day rarely says no.
          date: `2026-11-${String(2 + Math.floor(random() * 19)).padStart(2, '0')}`,
          minutes: 30 + Math.floor(random() * 3) * 30,
          purpose: 'Genomgång',
          personId: person,
        },
        // At most 12 hours a day for one person: a busy day says no.
        true,
      );
      const entry = sql
        .prepare('SELECT id FROM introducer_hours WHERE hire_id = ? AND id > ? ORDER BY id DESC')
        .pluck()
        .get(hire.id, before ?? 0) as number | undefined;
      return logged && entry ? { kind: 'hours', hire: hire.globalId, entry: globalIdOf('introducer_hours', entry) } : null;
    });
  }
  if (roll < 0.97) {
    const date = pick(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'])!;
    return run({ kind: 'move', hire: hire.globalId, date }, async () =>
      (await call('hires:change-start-date', { hireId: hire.id, startDate: date })) ? { kind: 'move', hire: hire.globalId, date } : null,
    );
  }
  if (hires.length < 3) return;
  return run({ kind: 'erase', hire: hire.globalId, name: hire.name }, async () =>
    (await call('privacy:erase-hire', { hireId: hire.id, confirmName: hire.name }))
      ? { kind: 'erase', hire: hire.globalId, name: hire.name }
      : null,
  );
}

let reported: unknown = null;
/** A look at the folder, reported once per pass (a look asked for while one runs is the next pass). */
async function look(): Promise<void> {
  const status = await ctx.sharing.pass();
  const last = ctx.sharing.lastPass;
  if (!last || last === reported) return;
  reported = last;
  say({
    t: 'pass',
    desk: args.desk,
    started: last.startedAt,
    ended: last.endedAt,
    reached: last.reached,
    received: last.received,
    written: last.written,
    setAside: last.setAside.map((s) => s.file),
    taken: last.taken.map(({ file, at }) => ({ file: path.relative(args.view, file), at })),
    conflicts: status.conflicts,
  });
}

async function main(): Promise<void> {
  // The app folds a desk's files after 10 minutes; a soak of minutes does it after seconds.
  ctx.sharing.compaction = { atLeast: 10, graceMs: 5_000 };
  await setUp();
  await workAsSomeone();
  say({ t: 'ready', desk: args.desk });
  setInterval(() => void look(), args.pollMs);
  if (args.mode !== 'work') return;
  for (;;) {
    await change();
    await new Promise((r) => setTimeout(r, 150 + random() * 250));
  }
}

void main();
