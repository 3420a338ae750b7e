import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { unusedBackupPath, type BackupFile } from './backups/backup-folder';
import { parseBackupName } from './backups/backup-names';
import type { Clock } from './clock';
import { PRIVATE_FOLDER_MODE, removeDatabaseFiles } from './database-files';

/**
 * A restore writes the chosen backup beside the live file under this suffix and renames it over
 * the live file only when it is whole, so a kill during the copy leaves the live file as it was.
 */
export const RESTORING_SUFFIX = '.restoring';

/** A half-written restore left by a kill; the live file beside it was never touched. */
export function removeStaleRestore(file: string): void {
  removeDatabaseFiles(`${file}${RESTORING_SUFFIX}`);
}

/**
 * Closes the live database as one self-contained file and keeps that file as a before-restore
 * backup, so the restore can be undone. The backup is a hard link to the file (no copy, and the
 * live path keeps the database until the restored one is renamed over it); where the disk has no
 * hard links it is a copy, which is safe because the database is closed.
 */
export function keepCurrentAsBackup(db: Database | null, file: string, folder: string, clock: Clock): BackupFile | null {
  if (db) {
    db.pragma('journal_mode = DELETE');
    db.close();
  }
  if (!fs.existsSync(file)) return null;
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  const target = unusedBackupPath(folder, clock(), 'before-restore');
  try {
    fs.linkSync(file, target);
  } catch {
    fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL);
  }
  return { ...parseBackupName(path.basename(target))!, file: target, bytes: fs.statSync(target).size };
}

/** Puts the restored file in place in one rename; no WAL of the old database may stay beside it. */
export function replaceDatabaseFile(incoming: string, file: string): void {
  for (const companion of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${companion}`, { force: true });
  fs.renameSync(incoming, file);
  syncFolder(path.dirname(file));
}

/** Makes the rename itself durable, where the platform lets a folder be synced. */
function syncFolder(folder: string): void {
  let handle: number | null = null;
  try {
    handle = fs.openSync(folder, 'r');
    fs.fsyncSync(handle);
  } catch {
    // Windows cannot open a folder for syncing; NTFS journals the rename itself.
  } finally {
    if (handle !== null) fs.closeSync(handle);
  }
}
