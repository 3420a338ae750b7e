import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../main/store/backups/backup-folder';
import { MIGRATIONS } from '../../../main/store/migrations';
import type { Migration } from '../../../main/store/migrations/migration';
import { openDatabase } from '../../../main/store/open-database';
import { openStore } from '../../../main/store/open-store';
import { listWorkshops } from '../../../main/store/workshop-repository';
import { fixedClock, seedWorkshop } from '../../support/store-fixtures';
import { useTempDir } from '../../support/temp-dir';

const addColour: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'test-add-colour',
  up: (db) => db.exec("ALTER TABLE workshops ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue'"),
};
const upgraded = [...MIGRATIONS, addColour];

describe('a backup before every migration', () => {
  const tempDir = useTempDir();

  function storeAtCurrentSchema(): string {
    const file = path.join(tempDir(), 'workshops.sqlite');
    const db = openDatabase(file);
    seedWorkshop(db, 'Order to cash');
    db.close();
    return file;
  }

  it('backs up the database as it was, then migrates it', async () => {
    const file = storeAtCurrentSchema();
    const { db, migrationBackup } = await openStore(file, fixedClock, upgraded);
    expect(db.pragma('user_version', { simple: true })).toBe(upgraded.length);
    expect(migrationBackup).toMatchObject({ kind: 'before-migration' });
    const copy = new Database(migrationBackup!.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(listWorkshops(copy).map((workshop) => workshop.title)).toEqual(['Order to cash']);
    expect(copy.prepare("SELECT count(*) AS n FROM pragma_table_info('workshops') WHERE name = 'colour'").get()).toEqual({ n: 0 });
    copy.close();
    db.close();
  });

  it('takes no backup when there is nothing to migrate or nothing yet to back up', async () => {
    const file = storeAtCurrentSchema();
    const opened = await openStore(file, fixedClock);
    expect(opened.migrationBackup).toBeNull();
    opened.db.close();
    const fresh = await openStore(path.join(tempDir(), 'workshops.sqlite'), fixedClock, upgraded);
    expect(fresh.migrationBackup).toBeNull();
    fresh.db.close();
    expect(listBackups(path.join(path.dirname(file), 'backups'))).toEqual([]);
  });

  it('does not migrate when the backup cannot be taken', async () => {
    const file = storeAtCurrentSchema();
    fs.writeFileSync(path.join(path.dirname(file), 'backups'), 'in the way');
    await expect(openStore(file, fixedClock, upgraded)).rejects.toThrow(/could not be written/);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });
});
