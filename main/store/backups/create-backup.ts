import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Clock } from '../clock';
import { BackupFailedError } from '../store-errors';
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE, removeDatabaseFiles } from '../database-files';
import { describeMachineFault } from '../machine-faults';
import { verifyDatabaseFile, type FileVerdict } from '../verify-database-file';
import { checkInWorker } from './check-in-worker';
import type { BackupKind } from '../../../shared/model/backup';
import { parseBackupName } from './backup-names';
import { unusedBackupPath, type BackupFile } from './backup-folder';
import { apiRefusalWords, inLanguage, refusalLanguage } from '../../../shared/i18n/refusals';

export type BackupOptions = { verify?: (file: string) => FileVerdict | Promise<FileVerdict> };

/**
 * Copies a live database through SQLite's online backup API, which reads a consistent snapshot
 * page by page while the app keeps working; a file copy of a database in WAL mode could catch
 * it half-written. The copy is written under a temporary name, switched to a single
 * self-contained file (no WAL beside it), checked with `integrity_check` (a large copy on a worker
 * thread, so other requests are answered meanwhile), and only then given its final name. A copy that fails the check is deleted and the failure is thrown.
 */
export async function createBackup(
  db: Database.Database,
  folder: string,
  kind: BackupKind,
  clock: Clock,
  { verify = checkCopy }: BackupOptions = {},
): Promise<BackupFile> {
  // Read before the first await: the request's language is in force only until then.
  const language = refusalLanguage();
  const words = apiRefusalWords();
  const file = unusedBackupPath(folder, clock(), kind);
  const name = path.basename(file);
  const partial = `${file}.partial`;
  try {
    fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    fs.closeSync(fs.openSync(partial, 'w', PRIVATE_FILE_MODE));
    await db.backup(partial);
    makeSelfContained(partial);
    const verdict = await verify(partial);
    if (!verdict.ok) throw new BackupFailedError(words('backup.failedCheck', { name, reason: verdict.reason }));
    fs.renameSync(partial, file);
  } catch (error) {
    discardPartial(partial);
    if (error instanceof BackupFailedError) throw error;
    const reason = inLanguage(language, () => describeMachineFault(error)?.message) ?? (error instanceof Error ? error.message : String(error));
    throw new BackupFailedError(words('backup.notWritten', { name, reason }));
  }
  return { ...parseBackupName(name)!, file, bytes: fs.statSync(file).size };
}

/**
 * Below this size SQLite checks a copy in a few tens of milliseconds, less than starting a worker
 * thread costs; above it the check runs on a worker, off the main thread.
 */
export const CHECK_IN_WORKER_FROM_BYTES = 16 * 1024 * 1024;

function checkCopy(file: string): FileVerdict | Promise<FileVerdict> {
  return fs.statSync(file).size < CHECK_IN_WORKER_FROM_BYTES ? verifyDatabaseFile(file, 'full') : checkInWorker(file);
}

/** Copies one database file to another path, also through the backup API (used to restore). */
export async function copyDatabaseFile(source: string, destination: string): Promise<void> {
  fs.closeSync(fs.openSync(destination, 'w', PRIVATE_FILE_MODE));
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
  makeSelfContained(destination);
}

function discardPartial(partial: string): void {
  try {
    removeDatabaseFiles(partial);
  } catch {
    // The folder itself is unusable, so nothing was written into it; the original error says why.
  }
}

function makeSelfContained(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
