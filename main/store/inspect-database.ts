import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from './clock';
import { fileStamp, moveDatabaseFiles } from './database-files';
import { NewerDatabaseError } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { DEFAULT_BUSY_TIMEOUT_MS, verifyDatabaseFile } from './verify-database-file';

export type DatabaseInspection =
  | { state: 'missing' }
  | { state: 'empty' }
  | { state: 'sound'; schemaVersion: number; writable: boolean }
  | { state: 'newer'; error: NewerDatabaseError }
  | { state: 'damaged'; reason: string }
  | { state: 'locked'; reason: string }
  | { state: 'unreadable'; reason: string };

/**
 * What the app finds at start. A file is called damaged only when SQLite says so (corruption, not
 * a database, a failing `quick_check`); a file another program holds locked (after waiting
 * `busyTimeoutMs`), one that cannot be read, and a 0-byte file are each told apart, because
 * each needs a different answer and none of them may be moved aside as damaged.
 */
export function inspectDatabase(
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
  busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS,
): DatabaseInspection {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return { state: 'missing' };
  if (stat.size === 0) return { state: 'empty' };
  const verdict = verifyDatabaseFile(file, 'quick', busyTimeoutMs);
  if (!verdict.ok) {
    if (verdict.failure === 'damaged') return { state: 'damaged', reason: verdict.reason };
    if (verdict.failure === 'locked') return { state: 'locked', reason: verdict.reason };
    return { state: 'unreadable', reason: verdict.reason };
  }
  if (verdict.schemaVersion > migrations.length) {
    return { state: 'newer', error: new NewerDatabaseError(verdict.schemaVersion, migrations.length) };
  }
  return { state: 'sound', schemaVersion: verdict.schemaVersion, writable: canWrite(file) };
}

/** The file and its folder (where SQLite keeps the WAL beside it) must both be writable. */
export function canWrite(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves a damaged database (with its WAL) aside under a dated name in the same folder, so the
 * app can start on a fresh one. Never deleted: a specialist may still rescue it.
 */
export function moveDamagedAside(file: string, clock: Clock): string {
  const { dir, name, ext } = path.parse(file);
  const aside = path.join(dir, `${name}-damaged-${fileStamp(clock())}${ext}`);
  moveDatabaseFiles(file, aside);
  return aside;
}
