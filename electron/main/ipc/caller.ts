import { AsyncLocalStorage } from 'node:async_hooks';

/** Who made the call being handled: a window's id, or another harness client in tests. */
export type CallerId = number;

const current = new AsyncLocalStorage<CallerId>();

/**
 * Runs a handler as `caller`, across its awaits (a save dialog, a worker), so what it publishes can
 * tell each window whether its own call caused the change. Work outside any call (automatic
 * backups, the shared folder) has no caller.
 */
export const runAsCaller = <T>(caller: CallerId | undefined, run: () => T): T => (caller === undefined ? run() : current.run(caller, run));

export const currentCaller = (): CallerId | undefined => current.getStore();
