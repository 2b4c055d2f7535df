import { openDatabase, type OpenedDatabase } from '../../db/open';
import { ensureDefaultProgramme } from '../../db/seed';

/**
 * The app's database: the file opened, checked and migrated (db/open), then given the default
 * programme when it has none. Composed here, not in openDatabase, so db/ stays free of the app's
 * clock and content decisions.
 */
export function openAppDatabase(file: string, migrationsFolder: string, now: () => string): OpenedDatabase {
  const opened = openDatabase(file, migrationsFolder);
  try {
    ensureDefaultProgramme(opened.db, now());
  } catch (error) {
    opened.close();
    throw error;
  }
  return opened;
}
