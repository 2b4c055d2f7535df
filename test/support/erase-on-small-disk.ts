/**
 * Run by test/db/erase-honest.test.ts in a process whose files may not grow past a limit
 * (`ulimit -f`), as on a nearly full disk: erases one hire and prints the scrub state as JSON.
 */
import { DatabaseSession } from '../../electron/main/database-session';
import { noEvents } from '../../electron/main/ipc/events';
import { eraseHire } from '../../electron/main/services/erase';

// Writing past the limit then fails with an error instead of ending the process.
process.on('SIGXFSZ', () => undefined);
const [file, migrationsFolder, hireId, by] = process.argv.slice(2);
const now = () => '2026-11-23T10:00:00.000Z';
const session = new DatabaseSession(file!, migrationsFolder!, now);
const scrub = eraseHire({ db: session.db, now, events: noEvents }, session.file, session.sqlite, Number(hireId), Number(by));
process.stdout.write(JSON.stringify({ scrub }));
session.close();
