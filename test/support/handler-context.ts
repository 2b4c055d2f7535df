import { dispatch } from '../../electron/main/ipc/dispatch';
import { handlers } from '../../electron/main/ipc/handlers';
import type { EventBus } from '../../electron/main/ipc/events';
import type { Channel, Input, Output } from '../../electron/shared/contract';
import type { Result } from '../../electron/shared/result';
import { MIGRATIONS, tempDbPath } from './paths';
import { testBinders } from './binder-worker';
import { TEST_NOW, testContext } from './test-context';

/** The real handler table on a fresh database (or on `dbFile`), called the way registerIpc calls it. */
export function handlerHarness(now = () => TEST_NOW, dbFile = tempDbPath(), events?: EventBus, migrationsFolder = MIGRATIONS) {
  const { ctx, desktop, close } = testContext({ dbFile, migrationsFolder, binders: testBinders(), now, events });
  const call = <C extends Channel>(channel: C, input: Input<C>) => dispatch(handlers, channel, input, ctx) as Promise<Result<Output<C>>>;
  /** Like call, but throws on a failed result so set-up stays short. */
  const must = async <C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
    return result.value;
  };
  return { ctx, desktop, call, must, close };
}
