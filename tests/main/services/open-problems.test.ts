import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../../main/api/dispatch';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import { fileStamp } from '../../../main/store/database-files';
import type { RecoveryStatus } from '../../../shared/api/recovery-contract';
import type { BackupInfo } from '../../../shared/model/backup';
import { addWorkshop, apiValue, fileSha256, noSchedule, recoveryStatus, workshopTitles } from '../../support/api-services';
import { damageDatabaseFile, fixedClock, steppingClock } from '../../support/store-fixtures';
import { useTempDir } from '../../support/temp-dir';

describe('a database that cannot be opened is not a damaged database', () => {
  const tempDir = useTempDir();
  const open = (dataDir: string, clock = fixedClock): AppServices =>
    openAppServices(dataDir, { clock, scheduler: noSchedule, log: () => undefined, busyTimeoutMs: 50 });
  const databaseFile = (dataDir: string) => path.join(dataDir, 'workshops.sqlite');

  async function storeWith(titlesToAdd: string[], withBackup = false): Promise<string> {
    const dataDir = tempDir();
    const services = open(dataDir);
    for (const title of titlesToAdd) await addWorkshop(services, title);
    if (withBackup) apiValue(await services.dispatch('backup.create', {}));
    await services.close();
    return dataDir;
  }

  it('waits for a lock, then says another program holds the file, leaves it untouched, and opens it on retry', async () => {
    const dataDir = await storeWith(['Order to cash']);
    const holder = new Database(databaseFile(dataDir));
    holder.pragma('journal_mode = WAL');
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    const before = fileSha256(databaseFile(dataDir));
    const listing = fs.readdirSync(dataDir).sort();

    const services = open(dataDir);
    const { problem } = await recoveryStatus(services);
    expect(problem).toMatchObject({ kind: 'locked', movedTo: null, detail: 'database is locked' });
    expect(problem?.message).toMatch(/Another program is holding the workshop database locked.* intact and was not changed/);
    expect(await services.dispatch('workshop.list', {})).toMatchObject({ ok: false, error: { code: 'store-unavailable' } });
    expect(fileSha256(databaseFile(dataDir))).toBe(before);
    expect(fs.readdirSync(dataDir).sort()).toEqual(listing);

    expect(apiValue<RecoveryStatus>(await services.dispatch('recovery.retry', {})).problem).toMatchObject({ kind: 'locked' });
    holder.exec('COMMIT');
    holder.close();
    expect(apiValue<RecoveryStatus>(await services.dispatch('recovery.retry', {})).problem).toBeNull();
    expect(await workshopTitles(services)).toEqual(['Order to cash']);
    await services.close();
  });

  it('reports a 0-byte database and offers the newest backup instead of silently starting empty', async () => {
    const dataDir = await storeWith(['Order to cash'], true);
    fs.writeFileSync(databaseFile(dataDir), '');
    for (const companion of ['-wal', '-shm']) fs.rmSync(`${databaseFile(dataDir)}${companion}`, { force: true });

    const services = open(dataDir);
    const { problem } = await recoveryStatus(services);
    expect(problem).toMatchObject({ kind: 'empty', offer: { kind: 'manual', workshopCount: 1 } });
    expect(problem?.message).toMatch(/empty \(0 bytes\)/);
    expect(await services.dispatch('workshop.list', {})).toMatchObject({ ok: false, error: { code: 'store-unavailable' } });
    const inGerman = await services.dispatch('recovery.status', {}, 'de');
    expect(inGerman).toMatchObject({ ok: true, value: { problem: { kind: 'empty', message: expect.stringMatching(/ist leer \(0 Byte\)/) } } });
    expect(await services.dispatch('workshop.list', {}, 'fr')).toMatchObject({
      ok: false,
      error: { code: 'store-unavailable', message: expect.stringMatching(/est vide \(0 octet\)/) },
    });
    expect(fs.statSync(databaseFile(dataDir)).size).toBe(0);

    apiValue(await services.dispatch('backup.restore', { name: problem!.offer!.name }));
    expect(await workshopTitles(services)).toEqual(['Order to cash']);
    await services.close();
  });

  it('starts empty on a 0-byte database only when the user chooses to', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(databaseFile(dataDir), '');
    const services = open(dataDir);
    expect((await recoveryStatus(services)).problem).toMatchObject({ kind: 'empty', offer: null });
    expect(apiValue<RecoveryStatus>(await services.dispatch('recovery.dismiss', {})).problem).toBeNull();
    await addWorkshop(services, 'A fresh start');
    expect(await workshopTitles(services)).toEqual(['A fresh start']);
    await services.close();
  });

  it('offers a sound database an older version moved aside as damaged as a backup to restore', async () => {
    const dataDir = await storeWith(['Order to cash', 'Claims handling']);
    const movedAt = new Date('2026-11-24T16:30:00.000Z');
    fs.renameSync(databaseFile(dataDir), path.join(dataDir, `workshops-damaged-${fileStamp(movedAt)}.sqlite`));
    const reallyDamaged = path.join(dataDir, 'workshops-damaged-2026-11-20T10-00-00-000Z.sqlite');
    fs.copyFileSync(path.join(dataDir, `workshops-damaged-${fileStamp(movedAt)}.sqlite`), reallyDamaged);
    damageDatabaseFile(reallyDamaged);

    const services = open(dataDir);
    expect(await workshopTitles(services)).toEqual([]);
    const backups = apiValue<BackupInfo[]>(await services.dispatch('backup.list', {})).filter((backup) => backup.kind !== 'quit');
    expect(backups).toEqual([expect.objectContaining({ kind: 'moved-aside', takenAt: movedAt.toISOString(), workshopCount: 2 })]);
    apiValue(await services.dispatch('backup.restore', { name: backups[0]!.name }));
    expect(await workshopTitles(services)).toEqual(['Claims handling', 'Order to cash']);
    await services.close();

    const again = open(dataDir);
    expect(apiValue<BackupInfo[]>(await again.dispatch('backup.list', {})).filter((backup) => backup.kind === 'moved-aside')).toHaveLength(1);
    await again.close();
  });

  it('never rotates away the backup the recovery screen is offering', async () => {
    const dataDir = await storeWith(['Order to cash'], true);
    damageDatabaseFile(databaseFile(dataDir));
    const services = open(dataDir, steppingClock());
    const { problem } = await recoveryStatus(services);
    expect(problem).toMatchObject({ kind: 'damaged', offer: { workshopCount: 1 } });
    for (let backup = 0; backup < 7; backup += 1) {
      await addWorkshop(services, `After the damage ${backup}`);
      apiValue(await services.dispatch('backup.create', {}));
    }
    const names = apiValue<BackupInfo[]>(await services.dispatch('backup.list', {})).map((backup) => backup.name);
    expect(names).toContain(problem!.offer!.name);
    expect(names).toHaveLength(6);
    apiValue(await services.dispatch('backup.restore', { name: problem!.offer!.name }));
    expect(await workshopTitles(services)).toEqual(['Order to cash']);
    await services.close();
  });

  it('removes backups and restores that a kill left half-written, and nothing else', async () => {
    const dataDir = await storeWith(['Order to cash'], true);
    const backups = path.join(dataDir, 'backups');
    const kept = fs.readdirSync(backups);
    const stale = [
      'workshops-2026-11-25T08-00-00-000Z-scheduled.sqlite.partial',
      'workshops-2026-11-25T08-00-00-000Z-scheduled.sqlite.partial-journal',
    ];
    for (const name of stale) fs.writeFileSync(path.join(backups, name), Buffer.alloc(64 * 1024, 7));
    fs.writeFileSync(path.join(dataDir, 'workshops.sqlite.restoring'), Buffer.alloc(64 * 1024, 7));
    fs.writeFileSync(path.join(backups, 'notes.txt'), 'mine');

    const services = open(dataDir);
    expect(await workshopTitles(services)).toEqual(['Order to cash']);
    expect(fs.readdirSync(backups).sort()).toEqual([...kept, 'notes.txt'].sort());
    expect(fs.existsSync(path.join(dataDir, 'workshops.sqlite.restoring'))).toBe(false);
    await services.close();
  });

  it('creates the data folder for its owner only, and the database and backups as owner-only files', async () => {
    const dataDir = path.join(tempDir(), 'fresh');
    const services = open(dataDir);
    await addWorkshop(services, 'Order to cash');
    const backup = apiValue<BackupInfo>(await services.dispatch('backup.create', {}));
    const mode = (file: string) => fs.statSync(file).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'backups'))).toBe(0o700);
    expect(mode(databaseFile(dataDir))).toBe(0o600);
    expect(mode(`${databaseFile(dataDir)}-wal`)).toBe(0o600);
    expect(mode(path.join(dataDir, 'backups', backup.name))).toBe(0o600);
    await services.close();
  });

  it('turns faults of the machine into words that say what to do, never an internal error', () => {
    const full = toApiError(new Database.SqliteError('database or disk is full', 'SQLITE_FULL'));
    expect(full).toMatchObject({ code: 'storage-fault', message: expect.stringMatching(/^The disk is full, .* Free some space/) });
    const noSpace = toApiError(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    expect(noSpace.code).toBe('storage-fault');
    const readOnly = toApiError(new Database.SqliteError('attempt to write a readonly database', 'SQLITE_READONLY'));
    expect(readOnly).toMatchObject({ code: 'read-only', message: expect.stringMatching(/can only be read here .* Make the data folder writable/) });
    const io = toApiError(new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE'));
    expect(io).toMatchObject({ code: 'storage-fault', message: expect.stringMatching(/input\/output error.*copy the backups folder/) });
    const locked = toApiError(new Database.SqliteError('database is locked', 'SQLITE_BUSY'));
    expect(locked).toMatchObject({ code: 'busy', message: expect.stringMatching(/Another program is using the workshop database/) });
  });
});
