/**
 * Run by test/db/open-failures.test.ts, as `nobody` when the tests run as root (who may read and
 * write anything), else as the same user: opens a session on the file given and prints
 * what the app would show, as JSON.
 */
import { DatabaseSession } from '../../electron/main/database-session';

const [file, migrationsFolder] = process.argv.slice(2);
const session = new DatabaseSession(file!, migrationsFolder!, () => '2026-11-23T09:00:00.000Z');
process.stdout.write(JSON.stringify({ open: session.isOpen, kind: session.problem?.kind ?? null }));
session.close();
