import { openDatabase, type OpenedDatabase } from '../../db/open';

/**
 * The database the app is working on: the user's own file, or for a while an example database
 * they chose to try. Switching opens the new file before closing the old, so a failure leaves
 * the current one in use.
 */
export class DatabaseSession {
  private opened: OpenedDatabase;

  constructor(
    readonly ownFile: string,
    private readonly migrationsFolder: string,
  ) {
    this.opened = openDatabase(ownFile, migrationsFolder);
  }

  get db() {
    return this.opened.db;
  }
  get sqlite() {
    return this.opened.sqlite;
  }
  get file() {
    return this.opened.file;
  }
  get usingExample() {
    return this.opened.file !== this.ownFile;
  }

  switchTo(file: string): void {
    if (file === this.opened.file) return;
    const next = openDatabase(file, this.migrationsFolder);
    this.opened.close();
    this.opened = next;
  }

  close(): void {
    this.opened.close();
  }
}
