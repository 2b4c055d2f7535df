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
  },
  fileLabel: 'File',
  technical: 'Technical details (for whoever helps you)',
  restoreTitle: 'Restore a backup',
  restoreText:
    'Choose the newest backup that is intact. The damaged file is moved aside under a new name in the same folder – it is not deleted.',
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
