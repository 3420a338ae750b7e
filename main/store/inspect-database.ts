import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from './clock';
import { fileStamp, moveDatabaseFiles } from './database-files';
import { NewerDatabaseError } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { verifyDatabaseFile } from './verify-database-file';

export type DatabaseInspection =
  | { state: 'missing' }
  | { state: 'sound'; schemaVersion: number }
  | { state: 'newer'; error: NewerDatabaseError }
  | { state: 'damaged'; reason: string };

/** What the app finds at start: SQLite's `quick_check` on the file, and whether a newer app wrote it. */
export function inspectDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): DatabaseInspection {
  if (!fs.existsSync(file)) return { state: 'missing' };
  const verdict = verifyDatabaseFile(file, 'quick');
  if (!verdict.ok) return { state: 'damaged', reason: verdict.reason };
  if (verdict.schemaVersion > migrations.length) {
    return { state: 'newer', error: new NewerDatabaseError(verdict.schemaVersion, migrations.length) };
  }
  return { state: 'sound', schemaVersion: verdict.schemaVersion };
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
