import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolderOf, listBackups, pruneBackups } from '../../../../main/store/backups/backup-folder';
import { copyDatabaseFile, createBackup } from '../../../../main/store/backups/create-backup';
import { BackupFailedError } from '../../../../main/store/store-errors';
import { listWorkshops } from '../../../../main/store/workshop-repository';
import { openDatabase } from '../../../../main/store/open-database';
import { verifyDatabaseFile } from '../../../../main/store/verify-database-file';
import { useTempDir } from '../../../support/temp-dir';
import { dumpDatabase, fixedClock, seedWorkshop } from '../../../support/store-fixtures';
import { MIGRATIONS } from '../../../../main/store/migrations';

describe('backups through the SQLite backup API', () => {
  const tempDir = useTempDir();

  function liveStore() {
    const file = path.join(tempDir(), 'workshops.sqlite');
    const db = openDatabase(file);
    seedWorkshop(db, 'Order to cash');
    return { db, file, folder: backupFolderOf(file) };
  }

  it('writes a verified, self-contained copy of the live database into the backups folder', async () => {
    const { db, file, folder } = liveStore();
    const backup = await createBackup(db, folder, 'manual', fixedClock);
    expect(backup).toMatchObject({ kind: 'manual', name: 'workshops-2026-11-25T09-00-00-000Z-manual.sqlite' });
    expect(path.dirname(backup.file)).toBe(path.join(path.dirname(file), 'backups'));
    expect(fs.readdirSync(folder)).toEqual([backup.name]);
    expect(verifyDatabaseFile(backup.file, 'full')).toEqual({ ok: true, schemaVersion: MIGRATIONS.length });
    const copy = new Database(backup.file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(dumpDatabase(copy)).toEqual(dumpDatabase(db));
    copy.close();
  });

  it('copies edits still in the WAL, which a file copy of the main file would miss', async () => {
    const { db, folder, file } = liveStore();
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const backup = await createBackup(db, folder, 'scheduled', fixedClock);
    const copy = new Database(backup.file, { readonly: true });
    expect(listWorkshops(copy).map((workshop) => workshop.title)).toEqual(['Order to cash']);
    copy.close();
  });

  it('gives two backups taken in the same millisecond different names', async () => {
    const { db, folder } = liveStore();
    const first = await createBackup(db, folder, 'manual', fixedClock);
    const second = await createBackup(db, folder, 'manual', fixedClock);
    expect(second.name).not.toBe(first.name);
    expect(listBackups(folder)).toHaveLength(2);
  });

  it('deletes a backup that fails its check and reports why', async () => {
    const { db, folder } = liveStore();
    const failing = createBackup(db, folder, 'scheduled', fixedClock, {
      verify: () => ({ ok: false, reason: 'row 7 missing from index', failure: 'damaged' }),
    });
    await expect(failing).rejects.toThrow(BackupFailedError);
    await expect(
      createBackup(db, folder, 'scheduled', fixedClock, { verify: () => ({ ok: false, reason: 'row 7 missing from index', failure: 'damaged' }) }),
    ).rejects.toThrow(/failed its check and was deleted: row 7 missing from index/);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('reports a backup that cannot be written', async () => {
    const { db, folder } = liveStore();
    fs.writeFileSync(folder, 'a file where the backups folder should be');
    await expect(createBackup(db, folder, 'manual', fixedClock)).rejects.toThrow(/could not be written/);
    expect(fs.readFileSync(folder, 'utf8')).toBe('a file where the backups folder should be');
  });

  it('lists backups newest first and prunes by the rotation policy', async () => {
    const { db, folder } = liveStore();
    const hours = [8, 9, 10, 11, 12, 13, 14];
    for (const hour of hours) await createBackup(db, folder, 'scheduled', () => new Date(2026, 10, 25, hour));
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'not a backup');
    expect(listBackups(folder).map((backup) => backup.takenAt.getHours())).toEqual([...hours].reverse());
    const deleted = pruneBackups(folder, new Date(2026, 10, 25, 15));
    expect(deleted).toHaveLength(2);
    expect(listBackups(folder).map((backup) => backup.takenAt.getHours())).toEqual([14, 13, 12, 11, 10]);
    expect(fs.existsSync(path.join(folder, 'notes.txt'))).toBe(true);
  });

  it('copies a backup file to a new place through the backup API', async () => {
    const { db, folder, file } = liveStore();
    const backup = await createBackup(db, folder, 'manual', fixedClock);
    const target = path.join(path.dirname(file), 'restored.sqlite');
    await copyDatabaseFile(backup.file, target);
    const restored = new Database(target, { readonly: true });
    expect(dumpDatabase(restored)).toEqual(dumpDatabase(db));
    restored.close();
  });
});
