import type { Database } from 'better-sqlite3';
import { apiRefusalWords } from '../../shared/i18n/refusals';
import type { Migration } from './migrations/migration';

export class NewerDatabaseError extends Error {
  override name = 'NewerDatabaseError';
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(apiRefusalWords()('database.newerVersion', { found, supported }));
  }
}

export function assertIncreasingVersions(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

export function readSchemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertNotNewer(db: Database, migrations: readonly Migration[]): void {
  const found = readSchemaVersion(db);
  if (found > migrations.length) throw new NewerDatabaseError(found, migrations.length);
}

/**
 * Brings the schema up to the newest version. Each migration and its `user_version` write
 * share one transaction, so a crash leaves the database at the previous version, never between.
 * The version is read again inside each (immediate, so write-locked) transaction: another process
 * opening the same new file at the same moment may have run the migration meanwhile, and running
 * it twice would fail halfway ("table already exists") and leave this start unusable.
 * A database from a newer app is refused before anything is written.
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  assertIncreasingVersions(migrations);
  assertNotNewer(db, migrations);
  const from = readSchemaVersion(db);
  for (const migration of migrations.slice(from)) {
    db.transaction(() => {
      const current = readSchemaVersion(db);
      if (current > migrations.length) throw new NewerDatabaseError(current, migrations.length);
      if (current >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return { from, to: migrations.length };
}
