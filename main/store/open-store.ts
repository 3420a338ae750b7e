import fs from 'node:fs';
import Database from 'better-sqlite3';
import { backupFolderOf, type BackupFile } from './backups/backup-folder';
import { createBackup } from './backups/create-backup';
import type { Clock } from './clock';
import { readSchemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { openDatabase, type OpenDatabaseOptions } from './open-database';

/**
 * The app's way into its database: when the schema is about to change, a verified backup of the
 * database as it was is taken first (through the backup API, into the backups folder). If that
 * backup fails, the migration does not run and the error is thrown, so an upgrade never touches
 * the only copy of a facilitator's work.
 */
export async function openStore(
  file: string,
  clock: Clock,
  migrations: readonly Migration[] = MIGRATIONS,
  options: OpenDatabaseOptions = {},
): Promise<{ db: Database.Database; migrationBackup: BackupFile | null }> {
  const migrationBackup = options.readOnly ? null : await backUpIfMigrationDue(file, clock, migrations);
  return { db: openDatabase(file, migrations, options), migrationBackup };
}

async function backUpIfMigrationDue(file: string, clock: Clock, migrations: readonly Migration[]): Promise<BackupFile | null> {
  if (!fs.existsSync(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const version = readSchemaVersion(db);
    if (version === 0 || version >= migrations.length) return null;
    return await createBackup(db, backupFolderOf(file), 'before-migration', clock);
  } finally {
    db.close();
  }
}
