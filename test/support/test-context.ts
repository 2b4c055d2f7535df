import path from 'node:path';
import { DatabaseSession } from '../../electron/main/database-session';
import { createHandlerContext, type HandlerContext } from '../../electron/main/ipc/context';
import { noEvents, type EventBus } from '../../electron/main/ipc/events';
import { hasBackups } from '../../electron/main/services/backup/list';
import type { BinderMaker } from '../../electron/main/services/binder/jobs';
import { ScriptedDesktop } from './scripted-desktop';

/** The instant every test's clock stands still at, unless it sets its own: Monday 23 November 2026. */
export const TEST_NOW = '2026-11-23T09:00:00.000Z';

export interface TestContextOptions {
  dbFile: string;
  /** test/support/paths' MIGRATIONS; passed in, since the crash writer runs bundled without import.meta. */
  migrationsFolder: string;
  now?: () => string;
  events?: EventBus;
  /** Binder maker: test/support/binder-worker's testBinders() for the real worker. */
  binders: BinderMaker;
  version?: string;
}

/** A handler context as the app composes it, on a real database file, with scripted dialogs and a pinned clock. */
export function testContext({
  dbFile,
  migrationsFolder,
  binders,
  now = () => TEST_NOW,
  events = noEvents,
  version = 'test',
}: TestContextOptions) {
  const session = new DatabaseSession(dbFile, migrationsFolder, now, () => hasBackups(path.dirname(dbFile)));
  const desktop = new ScriptedDesktop();
  const ctx: HandlerContext = createHandlerContext({
    session,
    user: { personId: null },
    now,
    version,
    dataDirectory: path.dirname(dbFile),
    desktop,
    events,
    binders,
    migrationsFolder,
  });
  const close = async () => {
    session.close();
    await binders.close();
  };
  return { ctx, session, desktop, dbFile, close };
}
