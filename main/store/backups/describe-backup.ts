import Database from 'better-sqlite3';
import type { BackupInfo } from '../../../shared/model/backup';
import type { BackupFile } from './backup-folder';

/** A backup as the user sees it in a list: when, why, how big, and how many workshops it holds. */
export function describeBackup(backup: BackupFile): BackupInfo {
  return {
    name: backup.name,
    kind: backup.kind,
    takenAt: backup.takenAt.toISOString(),
    bytes: backup.bytes,
    workshopCount: countWorkshops(backup.file),
  };
}

function countWorkshops(file: string): number | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return db.prepare<[], { count: number }>('SELECT count(*) AS count FROM workshops').get()!.count;
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
