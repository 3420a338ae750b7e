import fs from 'node:fs';
import path from 'node:path';
import { removeDatabaseFiles } from '../database-files';
import type { BackupKind } from '../../../shared/model/backup';
import { formatBackupName, parseBackupName, type BackupName } from './backup-names';
import { backupsToDelete, DEFAULT_ROTATION, type RotationPolicy } from './backup-rotation';

/** Backups live in a `backups` folder beside the database they copy. */
export const BACKUP_FOLDER_NAME = 'backups';

export type BackupFile = BackupName & { file: string; bytes: number };

export function backupFolderOf(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), BACKUP_FOLDER_NAME);
}

/**
 * Every finished backup in the folder, newest first; half-written and unrelated files are ignored.
 * A folder that cannot be read lists nothing, so the app can still start and say what it found.
 */
export function listBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .map(parseBackupName)
    .filter((parsed): parsed is BackupName => parsed !== null)
    .map((parsed) => {
      const file = path.join(folder, parsed.name);
      return { ...parsed, file, bytes: fs.statSync(file).size };
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** Deletes the backups the rotation policy no longer keeps (never a pinned one); returns their names. */
export function pruneBackups(
  folder: string,
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
  pinned: ReadonlySet<string> = new Set(),
): string[] {
  const doomed = backupsToDelete(listBackups(folder), now, policy, pinned);
  for (const backup of doomed) removeDatabaseFiles(backup.file);
  return doomed.map((backup) => backup.name);
}

export function findBackup(folder: string, name: string): BackupFile | null {
  return listBackups(folder).find((backup) => backup.name === name) ?? null;
}

/**
 * Backups killed half-way (the app was killed while one was written) leave `….partial` files,
 * as large as the database, that nothing would ever remove. Only one app runs on a data folder,
 * so at start every such file is stale.
 */
export function removeStalePartials(folder: string): string[] {
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return [];
  const stale = fs.readdirSync(folder).filter((name) => /\.partial(-wal|-shm|-journal)?$/.test(name));
  for (const name of stale) fs.rmSync(path.join(folder, name), { force: true });
  return stale;
}

/** A path for a new backup of this time and kind that no existing backup has. */
export function unusedBackupPath(folder: string, takenAt: Date, kind: BackupKind): string {
  for (let attempt = 0; ; attempt += 1) {
    const file = path.join(folder, formatBackupName(takenAt, kind, attempt));
    if (!fs.existsSync(file)) return file;
  }
}
