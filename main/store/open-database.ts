import Database from 'better-sqlite3';
import { assertNotNewer, migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export const DATABASE_FILE_NAME = 'workshops.sqlite';

/**
 * Opens (creating if needed) the workshop database and brings its schema up to date.
 *
 * WAL lets a reader (a second window) run beside the writer; `synchronous = FULL` makes every
 * committed edit durable across power loss, which costs little at our write rates and is what a
 * facilitator expects of "saved". The app opens through `openStore`, which backs up first when a
 * migration is due.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): Database.Database {
  const db = new Database(file);
  try {
    assertNotNewer(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
