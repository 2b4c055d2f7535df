import path from 'node:path';
import { contract, type Input, type Output, type ParsedInput } from '../../shared/contract';
import { DatabaseSession } from '../database-session';
import { checkInHandlers } from '../handlers/checkins';
import { competenceHandlers } from '../handlers/competence';
import { evaluationHandlers } from '../handlers/evaluations';
import { groupHandlers } from '../handlers/groups';
import { hireHandlers } from '../handlers/hires';
import { hoursHandlers } from '../handlers/hours';
import { planHandlers } from '../handlers/plans';
import { reflectionHandlers } from '../handlers/reflection';
import { sessionHandlers } from '../handlers/session';
import { settingsHandlers } from '../handlers/settings';
import { staffHandlers } from '../handlers/staff';
import { createHandlerContext, type Desktop } from '../ipc/context';
import { noEvents } from '../ipc/events';
import { binderHere } from '../services/binder/jobs';

/** The domains the demo writes through: the same handlers, rules and audit rows as a user's clicks. */
const table = {
  ...staffHandlers,
  ...sessionHandlers,
  ...settingsHandlers,
  ...hireHandlers,
  ...planHandlers,
  ...hoursHandlers,
  ...reflectionHandlers,
  ...competenceHandlers,
  ...checkInHandlers,
  ...evaluationHandlers,
  ...groupHandlers,
};
type DemoChannel = keyof typeof table;

const noDialogs: Desktop = {
  chooseSaveFile: () => Promise.reject(new Error('the demo asks for no files')),
  chooseOpenFile: () => Promise.reject(new Error('the demo asks for no files')),
  chooseFolder: () => Promise.reject(new Error('the demo asks for no folders')),
  openFile: () => Promise.reject(new Error('the demo opens no files')),
  quit: () => undefined,
  accountName: () => 'demo',
  notify: () => undefined,
  openAtLogin: () => false,
  setOpenAtLogin: () => undefined,
};

/**
 * A desk for writing the example database as people would have: each change is made by a named
 * person at a set moment, through the real handlers, so Historik tells what happened.
 */
export function demoDesk(file: string, migrationsFolder: string, version: string, createdAt: string) {
  let clock = createdAt;
  const session = new DatabaseSession(file, migrationsFolder, () => clock);
  const ctx = createHandlerContext({
    session,
    user: { personId: null },
    now: () => clock,
    version,
    dataDirectory: path.dirname(file),
    desktop: noDialogs,
    events: noEvents,
    binders: binderHere,
    migrationsFolder,
  });
  return {
    session,
    /** Runs one call as `personId` (null: before anyone is chosen) at the instant `at`. */
    call<C extends DemoChannel>(channel: C, input: Input<C>, at: string, personId: number | null): Output<C> {
      clock = at;
      ctx.user.personId = personId;
      const parsed = contract[channel].input.parse(input) as ParsedInput<C>;
      const result = (table[channel] as (input: ParsedInput<C>, context: typeof ctx) => Output<C> | Promise<Output<C>>)(parsed, ctx);
      if (result instanceof Promise) throw new Error(`${channel} is not a synchronous change`);
      return result;
    },
  };
}

export type DemoDesk = ReturnType<typeof demoDesk>;
