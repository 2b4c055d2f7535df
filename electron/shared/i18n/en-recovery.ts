import type { Texts } from './texts';
import type { svRecovery } from './sv-recovery';

export const enRecovery: Texts<typeof svRecovery> = {
  unavailable: 'The database is not open. Restore a backup or open another database file first.',
  notNeeded: 'Your database opens fine; restore under Settings → Backups instead.',
  sameFile: 'That is the damaged file. Choose another file.',
  chooseBackup: 'Choose a backup to restore',
  chooseOther: 'Open another Introplan database',
  title: 'The database cannot be opened',
  kind: {
    damaged: 'The database file is damaged. Introplan has not changed it or tried to repair it, so nothing more is lost.',
    foreign: 'The file is not an Introplan database. Introplan has not changed it.',
    structure: 'The database file lacks tables or columns it should have, so the app would fail on it. Introplan has not changed it.',
    empty:
      'The database file is empty (0 bytes), but there are backups. Introplan has not started over with an empty database, so nothing in the backups is hidden.',
    'not-found': 'The database file is missing, but there are backups. Introplan has not started over with an empty database.',
    busy: 'Another program is using the database right now (for example one that reads or backs up the file). The file is not damaged. Close the other program and try again.',
    'in-use':
      'The database is already open in another Introplan (on this computer, perhaps under another login). Two programs must not write to the same file. Close the other Introplan and try again.',
    'read-only':
      'The database file or its folder is read-only, so Introplan cannot save anything. The file is not damaged. Remove the write protection (or ask whoever looks after the computer) and try again.',
    'no-permission':
      'Your account on this computer may not read the database file. The file is not damaged. Ask whoever looks after the computer for access and try again.',
    'is-folder':
      "There is a folder with the database file's name where the file should be. Introplan has not changed it. Rename or move the folder and try again.",
    'disk-full': 'The disk is full, so the database cannot be opened for saving. The file is not damaged. Free some space and try again.',
    unreadable:
      'The database file could not be read (the disk or network did not answer as expected). It has not been checked or changed. Try again; if that does not help, contact whoever looks after the computer.',
    'wrong-wal':
      'Next to the database file there is a log file (-wal) that belongs to another database. Introplan has not used or changed either. Your own file is whole: move the log file aside and it opens.',
  },
  retry: 'Try again',
  damageFound:
    'A check in the background found errors in the database file. What you see may be incomplete, and what you change now may be lost. Go to recovery and take the latest whole backup into use.',
  showRecovery: 'Go to recovery',
  stillUnavailable: 'The database still could not be opened.',
  setAsideWal: 'Move the log file aside and open',
  setAsideDone: 'The log file is kept as {{name}}.',
  startEmpty: 'Start with an empty database…',
  startEmptyTitle: 'Start with an empty database?',
  startEmptyText:
    'Introplan creates a new, empty database. The backups stay and can be restored later under Settings → Backups. The empty file is kept under a new name.',
  otherConnection:
    "Another program has the database open right now. Replacing the file would remove that program's changes. Close the other program and try again. Nothing has been changed.",
  fileLabel: 'File',
  technical: 'Technical details (for whoever helps you)',
  restoreTitle: 'Restore a backup',
  restoreText:
    'Choose the newest backup that is intact. The file that cannot be used is moved aside under a new name in the same folder – it is not deleted.',
  folderLabel: 'Backups in',
  noBackups: 'There are no backups in the default folder. If you chose another folder (a network drive, say), pick the file there.',
  restore: 'Restore…',
  restoreFromFile: 'Choose a backup from another place…',
  confirmTitle: 'Restore the backup?',
  confirmText:
    'Introplan takes the backup from {{when}} into use. Changes made after it are not included. The damaged file is kept under a new name.',
  confirmFileText: 'Introplan checks the file you choose and takes it into use if it is intact. The damaged file is kept under a new name.',
  confirm: 'Restore',
  restored: 'The backup is restored. The damaged file is kept as {{name}}.',
  otherTitle: 'Open another database file',
  otherText: 'If you have a copy of the database elsewhere you can work in it. Your own file is left untouched.',
  openOther: 'Open another file…',
  quit: 'Quit Introplan',
  chosenBanner: 'Your own database could not be opened. You are working in another file: {{file}}.',
  backToRecovery: 'Back to recovery',
};
