import type { BackupKind } from '../../../shared/model/backup';
import type { BackupName } from './backup-names';

/**
 * Which backups to keep: the newest few of today (an hour's work is never more than one backup
 * away), the newest of each of the last two weeks (yesterday's workshop survives a bad morning),
 * and always the newest backup taken before a migration and before a restore, so that an upgrade
 * and a restore can each be undone. Days are the computer's local calendar days, as the user
 * counts them. Backups dated in the future (a clock that was wrong) are kept rather than guessed at.
 */
export type RotationPolicy = { recentToday: number; dailyForDays: number; alwaysKeepNewest: readonly BackupKind[] };

export const DEFAULT_ROTATION: RotationPolicy = {
  recentToday: 5,
  dailyForDays: 14,
  alwaysKeepNewest: ['before-migration', 'before-restore', 'moved-aside'],
};

/** `pinned`: names never deleted whatever their age, such as the backup a recovery screen is offering. */
export function backupsToDelete<B extends BackupName>(
  backups: readonly B[],
  now: Date,
  policy = DEFAULT_ROTATION,
  pinned: ReadonlySet<string> = new Set(),
): B[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const keep = new Set<B>(newestFirst.filter((backup) => pinned.has(backup.name)));
  const today = localDayNumber(now);

  newestFirst
    .filter((backup) => localDayNumber(backup.takenAt) === today)
    .slice(0, policy.recentToday)
    .forEach((b) => keep.add(b));

  const seenDays = new Set<number>();
  for (const backup of newestFirst) {
    const day = localDayNumber(backup.takenAt);
    const age = today - day;
    if (age < 0) keep.add(backup);
    else if (age < policy.dailyForDays && !seenDays.has(day)) keep.add(backup);
    seenDays.add(day);
  }

  for (const kind of policy.alwaysKeepNewest) {
    const newest = newestFirst.find((backup) => backup.kind === kind);
    if (newest) keep.add(newest);
  }
  return newestFirst.filter((backup) => !keep.has(backup));
}

/** Days since the epoch of the local calendar day a moment falls on; immune to DST's 23/25-hour days. */
function localDayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
}
