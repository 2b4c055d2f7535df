import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { openDatabase } from '../../db/open';
import { auditLog } from '../../db/schema';
import { createPerson } from '../../db/queries/staff';
import { defaultBackupFolder } from '../../electron/main/services/backup/folder';
import { writeVerifiedCopy } from '../../electron/main/services/backup/write';
import { backupName } from '../../electron/shared/rules/backup-names';
import { MIGRATIONS, tempDbPath } from '../support/paths';
import { launchApp, type LaunchedApp } from './harness';

const person = (name: string) => ({ name, title: '', team: '', phone: '', email: '', roles: [] });

/** A closed database with one person in it. */
function databaseWith(name: string): string {
  const dbPath = tempDbPath();
  const opened = openDatabase(dbPath, MIGRATIONS);
  createPerson(opened.db, person(name), '2026-11-20T14:00:00.000Z');
  opened.close();
  return dbPath;
}

/** A database with one person in a backup and a second added after it; then pages 3–6 are overwritten. */
function damagedDatabaseWithBackup(): string {
  const dbPath = tempDbPath();
  const opened = openDatabase(dbPath, MIGRATIONS);
  createPerson(opened.db, person('Åsa Backupsson'), '2026-11-20T14:00:00.000Z');
  const backup = path.join(defaultBackupFolder(path.dirname(dbPath)), backupName(new Date(2026, 10, 20, 15, 0, 0), 'auto'));
  mkdirSync(path.dirname(backup), { recursive: true });
  writeVerifiedCopy(opened.sqlite, backup, MIGRATIONS);
  createPerson(opened.db, person('Efter Kopian'), '2026-11-21T09:00:00.000Z');
  opened.close();
  const fd = openSync(dbPath, 'r+');
  writeSync(fd, Buffer.alloc(4 * 4096, 0xa5), 0, 4 * 4096, 2 * 4096);
  closeSync(fd);
  return dbPath;
}

async function notNow(page: Page) {
  const who = page.getByRole('dialog', { name: 'Vem är du?' });
  await who.getByRole('button', { name: 'Inte nu' }).click();
  await who.waitFor({ state: 'hidden' });
}

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('a damaged database offers its backups; restoring one brings the app back and keeps the damaged file', async () => {
  const dbPath = damagedDatabaseWithBackup();
  app = await launchApp({ dbPath });
  const { page } = app;
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Databasfilen är skadad');
  await page.getByRole('button', { name: 'Återställ… fredag 20 november 2026 kl. 15.00' }).waitFor();
  await app.screenshot('aterstallning-skadad-databas');

  await page.getByRole('button', { name: 'Återställ… fredag 20 november 2026 kl. 15.00' }).click();
  const dialog = page.getByRole('dialog', { name: 'Återställ säkerhetskopian?' });
  await expect.poll(() => dialog.textContent()).toContain('Den skadade filen behålls');
  await dialog.getByRole('button', { name: 'Återställ' }).click();

  // The restored staff list may differ from before, so the app asks who is working again.
  await notNow(page);
  await page.getByRole('link', { name: 'Personal' }).click();
  await page.getByRole('row', { name: /Åsa Backupsson/ }).waitFor();
  expect(await page.getByRole('row', { name: /Efter Kopian/ }).count()).toBe(0);
  // The damaged file (with its -wal/-shm, when SQLite left them) is renamed, never deleted.
  const kept = readdirSync(path.dirname(dbPath)).filter((name) => /^introplan\.db\.skadad-[\d-]+$/.test(name));
  expect(kept).toHaveLength(1);
  expect(app.errors).toEqual([]);
  await app.close();
  app = undefined;

  const reopened = openDatabase(dbPath, MIGRATIONS);
  const events = reopened.db
    .select()
    .from(auditLog)
    .all()
    .map((row) => row.action);
  reopened.close();
  expect(events).toContain('database.recovered');
});

test('another file can be opened while the own one is damaged, and the way back leads to recovery again', async () => {
  const dbPath = damagedDatabaseWithBackup();
  const other = databaseWith('Annan Fil');

  app = await launchApp({ dbPath });
  const { page } = app;
  app.desktop.answerOpen(other);
  await page.getByRole('button', { name: 'Öppna annan fil…' }).click();
  await notNow(page);
  await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Du arbetar nu i en annan fil');
  await page.getByRole('link', { name: 'Personal' }).click();
  await page.getByRole('row', { name: /Annan Fil/ }).waitFor();

  await page.getByRole('button', { name: 'Tillbaka till återställningen' }).click();
  await page.getByRole('heading', { name: 'Databasen kan inte öppnas' }).waitFor();
  expect(existsSync(dbPath)).toBe(true);
  expect(app.errors).toEqual([]);
});

test('a file another program holds is not called damaged: no restore is offered, and trying again opens it once it is free', async () => {
  const dbPath = databaseWith('Åsa Upptagen');
  const other = new Database(dbPath);
  other.pragma('locking_mode = EXCLUSIVE');
  other.exec("UPDATE people SET phone = ''"); // holds the lock from here on

  app = await launchApp({ dbPath });
  const { page } = app;
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('används av ett annat program');
  expect(await page.getByRole('button', { name: /^Återställ/ }).count()).toBe(0);
  await app.screenshot('aterstallning-upptagen');
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await page.getByText('Databasen kunde fortfarande inte öppnas.').waitFor();

  other.close();
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await notNow(page);
  await page.getByRole('link', { name: 'Personal' }).click();
  await page.getByRole('row', { name: /Åsa Upptagen/ }).waitFor();
  expect(app.errors).toEqual([]);
});

test('another database’s -wal beside the file is refused, and moving it aside opens the own data', async () => {
  const dbPath = databaseWith('Min Egen');
  const theirsPath = tempDbPath();
  const theirs = openDatabase(theirsPath, MIGRATIONS);
  createPerson(theirs.db, person('Någon Annans'), '2026-11-20T14:00:00.000Z');
  copyFileSync(`${theirsPath}-wal`, `${dbPath}-wal`); // mid-session: the person is only in the -wal
  theirs.close();

  app = await launchApp({ dbPath });
  const { page } = app;
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('hör till en annan databas');
  await app.screenshot('aterstallning-fel-logg');
  await page.getByRole('button', { name: 'Flytta undan loggfilen och öppna' }).click();
  await notNow(page);
  await page.getByRole('link', { name: 'Personal' }).click();
  await page.getByRole('row', { name: /Min Egen/ }).waitFor();
  expect(await page.getByRole('row', { name: /Någon Annans/ }).count()).toBe(0);
  expect(readdirSync(path.dirname(dbPath)).some((n) => n.startsWith('introplan.db-wal.fran-annan-databas-'))).toBe(true);
});

test('an empty database file beside backups shows recovery, and starting afresh is a choice', async () => {
  const dbPath = damagedDatabaseWithBackup();
  writeFileSync(dbPath, '');
  for (const suffix of ['-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });

  app = await launchApp({ dbPath });
  const { page } = app;
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Databasfilen är tom (0 byte)');
  await page.getByRole('button', { name: 'Återställ… fredag 20 november 2026 kl. 15.00' }).waitFor();
  await app.screenshot('aterstallning-tom-fil');
  await page.getByRole('button', { name: 'Börja med en tom databas…' }).click();
  await page.getByRole('dialog', { name: 'Börja med en tom databas?' }).getByRole('button', { name: 'Börja med en tom databas' }).click();
  await page.getByRole('link', { name: 'Personal' }).waitFor();
  await app.screenshot('aterstallning-tom-fil-ny-start');
  expect(readdirSync(path.dirname(dbPath)).some((n) => n.startsWith('introplan.db.tom-'))).toBe(true);
  expect(app.errors).toEqual([]);
});
