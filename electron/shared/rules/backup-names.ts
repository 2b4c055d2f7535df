/**
 * Backup file names: `introplan-YYYYMMDD-HHMMSS-<kind>.db`, with `-2`, `-3` … when two backups of
 * the same kind are taken in the same second. The time is the computer's wall clock, the same one
 * the file explorer shows next to the file, so the name and the list in the app agree.
 */
export const BACKUP_KINDS = ['auto', 'manuell', 'fore-aterstallning', 'fore-uppgradering'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** The only names the app lists, rotates or restores by; anything else in the folder is left alone. */
export const BACKUP_NAME =
  /^introplan-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(auto|manuell|fore-aterstallning|fore-uppgradering)(?:-([2-9]|[1-9]\d{1,2}))?\.db$/;

export interface BackupName {
  name: string;
  kind: BackupKind;
  /** Local wall-clock time without zone, "2026-11-23T14:05:00". */
  takenAt: string;
  /** 1 for the plain name, n for the `-n` suffix. */
  seq: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-11-23T14:05:00" for the computer's local time of `date`. */
export const localStamp = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;

export function backupName(date: Date, kind: BackupKind, seq = 1): string {
  const stamp = localStamp(date).replace(/[-:]/g, '').replace('T', '-');
  return `introplan-${stamp}-${kind}${seq > 1 ? `-${seq}` : ''}.db`;
}

export function parseBackupName(name: string): BackupName | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, kind, seq] = match as unknown as string[];
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  // Rejects 20261331 and 256161: a name that is not a real time was not written by the app.
  if (date.getMonth() !== Number(mo) - 1 || date.getDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return null;
  }
  return { name, kind: kind as BackupKind, takenAt: `${y}-${mo}-${d}T${h}:${mi}:${s}`, seq: seq ? Number(seq) : 1 };
}

/** Oldest first; same second by suffix. */
export const byTime = (a: BackupName, b: BackupName) => a.takenAt.localeCompare(b.takenAt) || a.seq - b.seq;
