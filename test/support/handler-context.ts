import { DatabaseSession } from '../../electron/main/database-session';
import { createHandlerContext, type HandlerContext } from '../../electron/main/ipc/context';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { handlers } from '../../electron/main/ipc/handlers';
import type { Channel, Input, Output } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';
import { MIGRATIONS, tempDbPath, tempDir } from './paths';
import { ScriptedDesktop } from './scripted-desktop';

/** The real handler table on a fresh database (or on `dbFile`), called the way registerIpc calls it. */
export function handlerHarness(now = () => '2026-11-23T09:00:00.000Z', dbFile = tempDbPath()) {
  const session = new DatabaseSession(dbFile, MIGRATIONS);
  const desktop = new ScriptedDesktop();
  const ctx: HandlerContext = createHandlerContext({ session, user: { personId: null }, now, version: 't', dataDirectory: tempDir(), desktop, migrationsFolder: MIGRATIONS });
  const call = <C extends Channel>(channel: C, input: Input<C>) => dispatch(handlers, channel, input, ctx) as Promise<Result<Output<C>>>;
  /** Like call, but throws on a failed result so set-up stays short. */
  const must = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
    return result.value;
  };
  return { ctx, desktop, call, must, close: () => session.close() };
}
