import fs from 'node:fs';
import Database from 'better-sqlite3';
import { classifySqliteFailure } from './sqlite-failure';

/**
 * Opens a database file for reading only. A database in WAL mode needs its `-shm` file, which
 * SQLite cannot create in a folder it may not write; then the file is read into memory as a
 * snapshot instead (marked as a rollback-journal database, which an in-memory copy must be), so a
 * read-only folder can still be looked at. Such a snapshot misses edits left in a `-wal` file by a
 * crash, which only a writable folder lets SQLite replay.
 */
export function openReadOnly(file: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
  try {
    db.pragma('user_version', { simple: true });
    return db;
  } catch (error) {
    db.close();
    const failure = classifySqliteFailure(error);
    if (failure !== 'read-only' && failure !== 'no-access') throw error;
  }
  const bytes = fs.readFileSync(file);
  if (bytes.length > 19 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
  return new Database(bytes, { readonly: true });
}
