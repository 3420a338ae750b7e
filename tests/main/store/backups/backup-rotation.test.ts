import { describe, expect, it } from 'vitest';
import { formatBackupName, parseBackupName, type BackupName } from '../../../../main/store/backups/backup-names';
import { backupsToDelete, DEFAULT_ROTATION } from '../../../../main/store/backups/backup-rotation';
import type { BackupKind } from '../../../../shared/model/backup';

/** Local times, so "today" and "yesterday" mean what they mean to the user whatever the time zone. */
function at(day: number, hour: number, minute = 0): Date {
  return new Date(2026, 10, day, hour, minute);
}

function backup(takenAt: Date, kind: BackupKind = 'scheduled'): BackupName {
  return { name: formatBackupName(takenAt, kind), takenAt, kind };
}

const names = (list: readonly BackupName[]) => list.map((entry) => entry.name).sort();

describe('the backup rotation policy', () => {
  const now = at(25, 17);

  it('keeps the newest five of today and deletes older ones of today', () => {
    const today = [9, 10, 11, 12, 13, 14, 15, 16].map((hour) => backup(at(25, hour)));
    const doomed = backupsToDelete(today, now);
    expect(names(doomed)).toEqual(names(today.slice(0, 3)));
  });

  it('keeps one backup per day, the newest of that day, for two weeks', () => {
    const older = [24, 23, 20, 12].flatMap((day) => [backup(at(day, 9)), backup(at(day, 18))]);
    const doomed = backupsToDelete(older, now);
    const kept = older.filter((entry) => !doomed.includes(entry));
    expect(kept.map((entry) => [entry.takenAt.getDate(), entry.takenAt.getHours()])).toEqual([
      [24, 18],
      [23, 18],
      [20, 18],
      [12, 18],
    ]);
    const tooOld = [backup(at(11, 18)), backup(at(1, 12))];
    expect(names(backupsToDelete([...older, ...tooOld], now))).toEqual(names([...doomed, ...tooOld]));
  });

  it('counts days back from today: day 13 is kept, day 14 is not', () => {
    const day13 = backup(at(12, 8));
    const day14 = backup(at(11, 23, 59));
    expect(backupsToDelete([day13, day14], now)).toEqual([day14]);
  });

  it('always keeps the newest backup taken before a migration and before a restore', () => {
    const migration = backup(at(1, 10), 'before-migration');
    const olderMigration = backup(at(1, 9), 'before-migration');
    const restore = backup(at(2, 10), 'before-restore');
    const doomed = backupsToDelete([migration, olderMigration, restore], now);
    expect(doomed).toEqual([olderMigration]);
  });

  it('keeps a backup dated in the future instead of guessing', () => {
    expect(backupsToDelete([backup(at(27, 9))], now)).toEqual([]);
  });

  it('deletes nothing when there is little to delete', () => {
    expect(backupsToDelete([], now)).toEqual([]);
    expect(backupsToDelete([backup(at(25, 9))], now)).toEqual([]);
  });

  it('follows a policy given to it', () => {
    const today = [9, 10, 11].map((hour) => backup(at(25, hour)));
    expect(backupsToDelete(today, now, { ...DEFAULT_ROTATION, recentToday: 1 })).toEqual([today[1], today[0]]);
  });
});

describe('backup file names', () => {
  it('round-trip the time and the reason', () => {
    const takenAt = new Date('2026-11-25T09:40:12.345Z');
    const name = formatBackupName(takenAt, 'before-restore');
    expect(name).toBe('workshops-2026-11-25T09-40-12-345Z-before-restore.sqlite');
    expect(parseBackupName(name)).toEqual({ name, takenAt, kind: 'before-restore' });
    expect(parseBackupName(formatBackupName(takenAt, 'quit', 2))).toMatchObject({ kind: 'quit', takenAt });
  });

  it('recognise nothing else as a backup', () => {
    for (const name of [
      'workshops.sqlite',
      'workshops-2026-11-25T09-40-12-345Z-scheduled.sqlite.partial',
      'workshops-2026-11-25T09-40-12-345Z-unknown.sqlite',
      'workshops-2026-13-45T09-40-12-345Z-scheduled.sqlite',
      '../workshops-2026-11-25T09-40-12-345Z-scheduled.sqlite',
    ]) {
      expect(parseBackupName(name)).toBeNull();
    }
  });
});
