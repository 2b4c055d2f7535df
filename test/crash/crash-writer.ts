/**
 * The child process of the crash test (crash-run.ts kills it with SIGKILL at a random moment).
 * It opens the database the way the app does and makes real user changes through the real
 * handler table as fast as it can. Each change is announced before the call and acknowledged
 * after the handler returned ok, i.e. after its transaction committed, so the parent knows which
 * changes must survive and which single one may or may not have landed.
 *
 * Loading the app's code takes most of a second, so the parent starts the next writer while the
 * current one runs: it says `loaded`, then waits for its WriterArgs as one JSON line on stdin.
 */
import { writeSync } from 'node:fs';
import type { HandlerContext } from '../../electron/main/ipc/context';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { handlers } from '../../electron/main/ipc/handlers';
import type { Channel, Input, Output } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';
import type { StaffRole } from '../../electron/shared/schemas/staff';
import { testContext } from '../support/test-context';
import { binderHere } from '../../electron/main/services/binder/jobs';
import {
  changeFor,
  CRASH_NOW,
  CRASH_START,
  INTRODUCER,
  MAIN_HIRE,
  MANAGER,
  type Change,
  type Line,
  type WriterArgs,
} from './crash-protocol';

// Synchronous writes: once the line is written, the parent will read it even if we die next.
const say = (line: Line) => writeSync(1, `${JSON.stringify(line)}\n`);

function contextFor({ file, migrationsFolder }: WriterArgs): HandlerContext {
  const { ctx, session } = testContext({ dbFile: file, migrationsFolder, binders: binderHere, now: () => CRASH_NOW, version: 'crash' });
  if (session.problem) {
    say({ t: 'error', message: `database unusable: ${session.problem.kind} ${session.problem.detail}` });
    process.exit(3);
  }
  return ctx;
}

let ctx: HandlerContext;

async function must<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const result = (await dispatch(handlers, channel, input, ctx)) as Result<Output<C>>;
  if (result.ok) return result.value;
  say({ t: 'error', message: `${channel}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}` });
  process.exit(2);
}

/** Set-up is idempotent: a run killed half-way through it is finished by the next one. */
async function personNamed(name: string, role: StaffRole) {
  const existing = (await must('staff:list-people', {})).find((p) => p.name === name);
  return existing ?? must('staff:create-person', { name, title: '', team: 'Krocktest', phone: '', email: '', roles: [role] });
}

async function setUp(knownHireId: number | null) {
  const manager = await personNamed(MANAGER, 'manager');
  const introducer = await personNamed(INTRODUCER, 'introducer');
  await must('session:set-current-user', { personId: manager.id });
  const [programme] = await must('templates:list-published', {});
  const hire = (fields: { name: string }) => ({
    hire: {
      ...fields,
      title: 'Socialsekreterare',
      team: 'Krocktest',
      startDate: CRASH_START,
      managerId: manager.id,
      introducerId: introducer.id,
      newlyGraduated: true,
      templateVersionId: programme!.id,
    },
    leaveOut: [],
    ownItems: [],
  });
  const mainId =
    knownHireId ??
    (
      (await must('hires:list-hires', { archived: false })).find((h) => h.name === MAIN_HIRE) ??
      (await must('hires:create-hire', hire({ name: MAIN_HIRE })))
    ).id;
  const plan = await must('hires:get-plan', { hireId: mainId });
  // Ticking and unticking: only items that are open or done take part, read back from the file.
  const items = plan.items
    .filter((i) => i.status === 'todo' || i.status === 'done')
    .map((i) => ({ id: i.id, status: i.status as 'todo' | 'done' }));
  return { hireId: mainId, introducerId: introducer.id, items, hire };
}

async function apply(change: Change, s: Awaited<ReturnType<typeof setUp>>) {
  switch (change.kind) {
    case 'person':
      return must('staff:create-person', { name: change.name, title: '', team: 'Krocktest', phone: '', email: '', roles: [] });
    case 'hours':
      return must('hours:log-hours', {
        hireId: s.hireId,
        date: change.date,
        minutes: 1,
        purpose: change.purpose,
        personId: s.introducerId,
      });
    case 'session':
      return must('reflection:add-session', { hireId: s.hireId, date: change.date, time: change.time, durationMinutes: 60 });
    case 'hire':
      return must('hires:create-hire', s.hire({ name: change.name }));
    case 'status':
      return must('plans:set-item-status', { itemId: change.itemId, status: change.status });
  }
}

function readArgs(): Promise<WriterArgs> {
  return new Promise((resolve) => {
    let input = '';
    process.stdin.setEncoding('utf8').on('data', (chunk: string) => {
      input += chunk;
      if (input.includes('\n')) resolve(JSON.parse(input.slice(0, input.indexOf('\n'))) as WriterArgs);
    });
  });
}

/** Makes changes until killed; the bundle is CommonJS, so no top-level await. */
async function run() {
  say({ t: 'loaded' });
  const args = await readArgs();
  ctx = contextFor(args);
  const state = await setUp(args.hireId);
  say({ t: 'ready', hireId: state.hireId });
  for (let seq = args.firstSeq; ; seq++) {
    const change = changeFor(seq, () => {
      // A multiplicative hash spreads the ticks over all items whatever their number.
      const item = state.items[(Math.imul(seq, 2654435761) >>> 0) % state.items.length]!;
      item.status = item.status === 'todo' ? 'done' : 'todo';
      return { itemId: item.id, status: item.status };
    });
    say({ t: 'begin', change });
    await apply(change, state);
    say({ t: 'ack', change });
  }
}

run().catch((error: unknown) => {
  say({ t: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
