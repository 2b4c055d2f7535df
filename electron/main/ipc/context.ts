import { swedishDate } from '../../shared/rules/swedish-time';
import type { Db } from '../../../db/client';
import type { DatabaseSession } from '../database-session';
import type { BinderMaker } from '../services/binder/jobs';
import type { EventBus } from './events';
import { Sharing } from '../sync/sharing';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * The operating system's file dialogs, behind an interface: Electron's dialog module in the app,
 * scripted answers in tests. Paths come from here only, never from the renderer.
 */
export interface Desktop {
  chooseSaveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  chooseFolder(options: { title: string }): Promise<string | null>;
  /** Opens a file the app wrote with the system's default program. */
  openFile(file: string): Promise<void>;
  /** Ends the app (the recovery screen's "Avsluta"). */
  quit(): void;
  /** The operating-system account's user name: who is working is remembered per account. */
  accountName(): string;
  /** Shows a desktop notification; `onClick` runs when the person clicks it. */
  notify(note: { title: string; body: string }, onClick: () => void): void;
  /** Whether the app starts (minimised to the tray) when this operating-system account logs in. */
  openAtLogin(): boolean;
  setOpenAtLogin(on: boolean): void;
}

/** What a handler may use. Electron-specific services are injected so tests can run handlers in Node. */
export interface HandlerContext {
  /** The database in use now (see DatabaseSession); read it per call, never keep it. */
  readonly db: Db;
  session: DatabaseSession;
  /** Who is working: a person of the staff, or a new hire (`hireId`, their own view only); recorded with every change. */
  user: { personId: number | null; hireId?: number | null };
  /** ISO timestamp of "now"; injected so tests control time. */
  now: () => string;
  version: string;
  dataDirectory: string;
  desktop: Desktop;
  /** Tells the windows what changed (see electron/shared/events.ts). */
  events: EventBus;
  /** Makes binder PDFs off the main thread. */
  binders: BinderMaker;
  /** Folder holding the drizzle migrations, for databases the app creates (demo). */
  migrationsFolder: string;
  /** Sharing the data with other computers through a folder (issue 17). */
  readonly sharing: Sharing;
}

export function createHandlerContext(parts: Omit<HandlerContext, 'db' | 'sharing'>): HandlerContext {
  const ctx = {
    ...parts,
    get db() {
      return parts.session.db;
    },
  };
  return Object.assign(ctx, { sharing: new Sharing(ctx) });
}

/** Today's date in Sweden by the context's clock: what "late" and "this week" are measured from. */
export const today = (ctx: Pick<HandlerContext, 'now'>) => swedishDate(ctx.now());
