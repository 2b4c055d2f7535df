import { byTime, type BackupName } from './backup-names';

export interface RotationPolicy {
  /** Days with an automatic backup whose newest one is kept. */
  keepDaily: number;
  /** Months with an automatic backup whose newest one is kept. */
  keepMonthly: number;
  /** The newest copies taken just before a restore that are kept. */
  keepBeforeRestore: number;
  /** The newest copies taken just before an upgrade of the database that are kept. */
  keepBeforeUpgrade: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { keepDaily: 14, keepMonthly: 12, keepBeforeRestore: 5, keepBeforeUpgrade: 2 };

/** Keeps the newest backup of each of the `count` most recent periods (days, months) that have one. */
function newestPerPeriod(newestFirst: BackupName[], period: (b: BackupName) => string, count: number): BackupName[] {
  const seen = new Set<string>();
  const kept: BackupName[] = [];
  for (const backup of newestFirst) {
    const key = period(backup);
    if (seen.has(key)) continue;
    if (seen.size >= count) break;
    seen.add(key);
    kept.push(backup);
  }
  return kept;
}

/**
 * Which backups rotation deletes. Days and months count only those that have an automatic
 * backup, not the calendar: after four weeks away the backups from before are still there.
 * Manual backups are never deleted; before-restore and before-upgrade copies beyond the newest few are.
 */
export function backupsToDelete(backups: readonly BackupName[], policy: RotationPolicy): string[] {
  const newestFirst = (kind: BackupName['kind']) =>
    backups
      .filter((b) => b.kind === kind)
      .sort(byTime)
      .reverse();
  const auto = newestFirst('auto');
  const beforeRestore = newestFirst('fore-aterstallning');
  const beforeUpgrade = newestFirst('fore-uppgradering');
  const kept = new Set([
    ...newestPerPeriod(auto, (b) => b.takenAt.slice(0, 10), policy.keepDaily),
    ...newestPerPeriod(auto, (b) => b.takenAt.slice(0, 7), policy.keepMonthly),
    ...beforeRestore.slice(0, policy.keepBeforeRestore),
    ...beforeUpgrade.slice(0, policy.keepBeforeUpgrade),
  ]);
  return [...auto, ...beforeRestore, ...beforeUpgrade].filter((b) => !kept.has(b)).map((b) => b.name);
}
