import { describe, expect, it } from 'vitest';
import { backupName, parseBackupName, type BackupKind, type BackupName } from '../../electron/shared/rules/backup-names';
import { backupsToDelete, DEFAULT_ROTATION, type RotationPolicy } from '../../electron/shared/rules/backup-rotation';

/** "2026-11-23 14:05" → a parsed backup name of that kind. */
function backup(stamp: string, kind: BackupKind = 'auto', seq = 1): BackupName {
  const [day, time = '12:00'] = stamp.split(' ');
  const [y, m, d] = day!.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return parseBackupName(backupName(new Date(y!, m! - 1, d, h, mi), kind, seq))!;
}

/** One automatic backup at noon on each of `count` days counting back from `last`. */
function dailyRun(last: string, count: number): BackupName[] {
  const end = new Date(`${last}T12:00:00`);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(end);
    day.setDate(end.getDate() - i);
    return parseBackupName(backupName(day, 'auto'))!;
  });
}

const names = (list: BackupName[]) => list.map((b) => b.name);
const small: RotationPolicy = { keepDaily: 3, keepMonthly: 2, keepBeforeRestore: 2, keepBeforeUpgrade: 1 };

describe('backupsToDelete', () => {
  it.each<[string, BackupName[], RotationPolicy, BackupName[]]>([
    ['nothing to rotate', [], small, []],
    ['one backup is kept', [backup('2026-11-23')], small, []],
    [
      'several on one day: only the newest of the day stays',
      [backup('2026-11-23 08:00'), backup('2026-11-23 17:30'), backup('2026-11-23 17:30', 'auto', 2)],
      small,
      [backup('2026-11-23 08:00'), backup('2026-11-23 17:30')],
    ],
    [
      'four days with keepDaily 3: the oldest day goes unless it is the newest of its month',
      [backup('2026-11-20'), backup('2026-11-21'), backup('2026-11-22'), backup('2026-11-23')],
      small,
      [backup('2026-11-20')],
    ],
    [
      'a month boundary: the last of October stays as October’s monthly copy',
      [backup('2026-10-30'), backup('2026-10-31'), backup('2026-11-21'), backup('2026-11-22'), backup('2026-11-23')],
      small,
      [backup('2026-10-30')],
    ],
    [
      'only keepMonthly months are kept beyond the daily ones',
      [backup('2026-08-31'), backup('2026-09-30'), backup('2026-10-31'), backup('2026-11-23')],
      { ...small, keepDaily: 1 },
      [backup('2026-08-31'), backup('2026-09-30')],
    ],
    [
      'days count only when they have a backup: weeks away do not empty the list',
      [backup('2026-06-01'), backup('2026-06-02'), backup('2026-06-03'), backup('2026-11-23')],
      { ...small, keepMonthly: 0 },
      [backup('2026-06-01')],
    ],
    [
      'manual backups are never rotated',
      [backup('2025-01-01', 'manuell'), backup('2026-11-01', 'manuell'), backup('2026-11-01', 'manuell', 2), backup('2026-11-23')],
      small,
      [],
    ],
    [
      'before-restore copies: the newest keepBeforeRestore stay',
      [backup('2026-11-01', 'fore-aterstallning'), backup('2026-11-02', 'fore-aterstallning'), backup('2026-11-03', 'fore-aterstallning')],
      small,
      [backup('2026-11-01', 'fore-aterstallning')],
    ],
    [
      'before-upgrade copies: the newest keepBeforeUpgrade stay, so an erased person does not live on in them',
      [backup('2025-03-01', 'fore-uppgradering'), backup('2026-11-02', 'fore-uppgradering')],
      small,
      [backup('2025-03-01', 'fore-uppgradering')],
    ],
    [
      'before-restore copies do not take a day’s place from an automatic one',
      [backup('2026-11-23 08:00'), backup('2026-11-23 18:00', 'fore-aterstallning')],
      small,
      [],
    ],
  ])('%s', (_title, backups, policy, deleted) => {
    expect(backupsToDelete(backups, policy).sort()).toEqual(names(deleted).sort());
  });

  it('with the defaults a year of daily backups keeps 14 days and 12 months', () => {
    const year = dailyRun('2026-11-23', 400);
    const kept = names(year).filter((n) => !backupsToDelete(year, DEFAULT_ROTATION).includes(n));
    // 14 days (1–23 Nov is in them) plus the last day of each of the 11 months before November.
    expect(kept).toHaveLength(14 + 11);
    expect(kept).toContain(backup('2026-10-31').name);
    expect(kept).toContain(backup('2025-12-31').name);
    expect(kept).not.toContain(backup('2025-11-30').name);
    expect(kept).not.toContain(backup('2026-11-09').name);
  });
});

describe('backup names', () => {
  it('round-trips a name and reads the suffix', () => {
    const name = backupName(new Date(2026, 10, 23, 14, 5, 9), 'fore-aterstallning', 3);
    expect(name).toBe('introplan-20261123-140509-fore-aterstallning-3.db');
    expect(parseBackupName(name)).toEqual({ name, kind: 'fore-aterstallning', takenAt: '2026-11-23T14:05:09', seq: 3 });
  });

  it.each([
    'introplan-20261123-140509-auto.db.1234.tmp',
    'introplan-20261331-140509-auto.db',
    'introplan-20261123-250509-auto.db',
    'introplan-20261123-140509-other.db',
    'introplan-20261123-140509-auto-1.db',
    '../introplan-20261123-140509-auto.db',
    'introplan.db',
  ])('refuses %s', (name) => {
    expect(parseBackupName(name)).toBeNull();
  });
});
