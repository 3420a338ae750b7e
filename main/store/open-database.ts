import { apiRefusalWords } from '../../shared/i18n/refusals';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { PRIVATE_FILE_MODE } from './database-files';
import { openReadOnly } from './open-read-only';
import { assertNotNewer, migrate, readSchemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { StoreUnavailableError } from './store-errors';
import { DEFAULT_BUSY_TIMEOUT_MS } from './verify-database-file';

export const DATABASE_FILE_NAME = 'workshops.sqlite';

export type OpenDatabaseOptions = { readOnly?: boolean; busyTimeoutMs?: number };

/**
 * Opens (creating if needed) the workshop database and brings its schema up to date.
 *
 * WAL lets a reader (a second window) run beside the writer; `synchronous = FULL` makes every
 * committed edit durable across power loss, which costs little at our write rates and is what a
 * facilitator expects of "saved". A new file is created owner-only before SQLite opens it, and
 * SQLite gives its WAL the same permissions. `readOnly` opens an existing file without writing
 * anything to it (a read-only disk or folder); SQLite then refuses every write. The app opens
 * through `openStore`, which backs up first when a migration is due.
 */
export function openDatabase(
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
  { readOnly = false, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS }: OpenDatabaseOptions = {},
): Database.Database {
  if (!readOnly) createPrivately(file);
  const db = readOnly ? openReadOnly(file, busyTimeoutMs) : new Database(file, { timeout: busyTimeoutMs });
  try {
    assertNotNewer(db, migrations);
    if (readOnly) {
      if (readSchemaVersion(db) < migrations.length) {
        throw new StoreUnavailableError(apiRefusalWords()('database.needsUpdateReadOnly'));
      }
      db.pragma('foreign_keys = ON');
      return db;
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function createPrivately(file: string): void {
  try {
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  }
}
