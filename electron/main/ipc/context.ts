import type { Db } from '../../../db/open';

/** What a handler may use. Electron-specific services are injected so tests can run handlers in Node. */
export interface HandlerContext {
  db: Db;
  /** ISO timestamp of "now"; injected so tests control time. */
  now: () => string;
  appInfo: { version: string; dataDirectory: string; databaseFile: string };
}
