import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openAppServices, type AppServices } from '../../../main/services/app-services';
import { MIGRATIONS } from '../../../main/store/migrations';
import type { RestoreOutcome } from '../../../shared/api/backup-contract';
import type { BackupInfo } from '../../../shared/model/backup';
import { addWorkshop, apiValue, fileSha256, noSchedule, recoveryStatus, workshopTitles } from '../../support/api-services';
import { damageDatabaseFile, fixedClock, steppingClock } from '../../support/store-fixtures';
import { useTempDir } from '../../support/temp-dir';

describe('recovery: damaged and newer databases, backups and restores through the API', () => {
  const tempDir = useTempDir();
  const open = (dataDir: string): AppServices => openAppServices(dataDir, { clock: fixedClock, scheduler: noSchedule, log: () => undefined });
  const databaseFile = (dataDir: string) => path.join(dataDir, 'workshops.sqlite');

  /** A data folder whose database holds `title` in a backup, and then one more workshop after it. */
  async function storeWithBackup(): Promise<{ dataDir: string; backup: BackupInfo }> {
    const dataDir = tempDir();
    const services = open(dataDir);
    await addWorkshop(services, 'Order to cash');
    const backup = apiValue<BackupInfo>(await services.dispatch('backup.create', {}));
    await addWorkshop(services, 'Claims handling');
    await services.close();
    return { dataDir, backup };
  }

  it('starts on a sound database with no problem to report', async () => {
    const services = open(tempDir());
    expect(await services.started).toMatchObject({ problem: null, lastBackup: null, backupProblem: null });
    expect(await workshopTitles(services)).toEqual([]);
    await services.close();
  });

  it('moves a damaged database aside, starts empty, and offers the newest good backup', async () => {
    const { dataDir, backup } = await storeWithBackup();
    damageDatabaseFile(databaseFile(dataDir));
    const damagedHash = fileSha256(databaseFile(dataDir));

    const services = open(dataDir);
    const { problem } = await recoveryStatus(services);
    expect(problem).toMatchObject({ kind: 'damaged', offer: { name: backup.name, workshopCount: 1 } });
    expect(problem?.message).toMatch(/damaged .* moved it aside \(it was not deleted\)/);
    expect(problem?.movedTo).toBe(path.join(dataDir, 'workshops-damaged-2026-11-25T09-00-00-000Z.sqlite'));
    expect(fileSha256(problem!.movedTo!)).toBe(damagedHash);
    expect(await workshopTitles(services)).toEqual([]);

    const outcome = apiValue<RestoreOutcome>(await services.dispatch('backup.restore', { name: backup.name }));
    expect(outcome.restored.name).toBe(backup.name);
    expect(await workshopTitles(services)).toEqual(['Order to cash']);
    expect((await recoveryStatus(services)).problem).toBeNull();
    expect(fs.existsSync(problem!.movedTo!)).toBe(true);
    await services.close();
  });

  it('moves aside a file that is not a database at all, and says when there is no backup to offer', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(databaseFile(dataDir), 'These are not the workshops you are looking for. '.repeat(200));
    const services = open(dataDir);
    const { problem } = await recoveryStatus(services);
    expect(problem).toMatchObject({ kind: 'damaged', offer: null, detail: 'the file is not a SQLite database' });
    expect(fs.readFileSync(problem!.movedTo!, 'utf8')).toMatch(/^These are not the workshops/);
    await addWorkshop(services, 'A fresh start');
    expect(await workshopTitles(services)).toEqual(['A fresh start']);
    apiValue(await services.dispatch('recovery.dismiss', {}));
    expect((await recoveryStatus(services)).problem).toBeNull();
    await services.close();
  });

  it('keeps the database in use before a restore as a backup, so restoring it undoes the restore', async () => {
    const { dataDir, backup } = await storeWithBackup();
    const services = open(dataDir);
    expect(await workshopTitles(services)).toEqual(['Claims handling', 'Order to cash']);
    const outcome = apiValue<RestoreOutcome>(await services.dispatch('backup.restore', { name: backup.name }));
    expect(await workshopTitles(services)).toEqual(['Order to cash']);
    expect(outcome.previous).toMatchObject({ kind: 'before-restore', workshopCount: 2 });
    const listed = apiValue<BackupInfo[]>(await services.dispatch('backup.list', {}));
    expect(listed.map((entry) => entry.name)).toContain(outcome.previous!.name);

    apiValue(await services.dispatch('backup.restore', { name: outcome.previous!.name }));
    expect(await workshopTitles(services)).toEqual(['Claims handling', 'Order to cash']);
    await addWorkshop(services, 'After the undo');
    await services.close();
    const reopened = open(dataDir);
    expect(await workshopTitles(reopened)).toEqual(['After the undo', 'Claims handling', 'Order to cash']);
    await reopened.close();
  });

  it('lets calls made during a restore wait for it, then see the restored database', async () => {
    const { dataDir, backup } = await storeWithBackup();
    const services = open(dataDir);
    await services.started;
    const restoring = services.dispatch('backup.restore', { name: backup.name });
    const listing = workshopTitles(services);
    expect(await restoring).toMatchObject({ ok: true });
    expect(await listing).toEqual(['Order to cash']);
    await services.close();
  });

  it('refuses to restore a damaged backup and leaves the database in use untouched', async () => {
    const { dataDir, backup } = await storeWithBackup();
    damageDatabaseFile(path.join(dataDir, 'backups', backup.name));
    const services = open(dataDir);
    const result = await services.dispatch('backup.restore', { name: backup.name });
    expect(result).toMatchObject({ ok: false, error: { code: 'backup-failed' } });
    expect(await workshopTitles(services)).toEqual(['Claims handling', 'Order to cash']);
    expect(await services.dispatch('backup.restore', { name: 'workshops-2020-01-01T00-00-00-000Z-manual.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await services.close();
  });

  it('refuses a database from a newer version clearly, and never alters it', async () => {
    const { dataDir } = await storeWithBackup();
    const file = databaseFile(dataDir);
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${MIGRATIONS.length + 3}`);
    raw.close();
    const before = fileSha256(file);

    const services = open(dataDir);
    const { problem } = await recoveryStatus(services);
    expect(problem).toMatchObject({ kind: 'newer-version', offer: null });
    expect(problem?.message).toMatch(/written by a newer version of Value Stream Workshop .* the file was not changed/);
    const refused = await services.dispatch('workshop.list', {});
    expect(refused).toEqual({ ok: false, error: { code: 'store-unavailable', message: problem!.message } });
    const backups = apiValue<BackupInfo[]>(await services.dispatch('backup.list', {}));
    expect(await services.dispatch('backup.restore', { name: backups[0]!.name })).toMatchObject({
      ok: false,
      error: { code: 'store-unavailable' },
    });
    expect(await services.dispatch('backup.create', {})).toMatchObject({ ok: false, error: { code: 'store-unavailable' } });
    await services.close();
    expect(fileSha256(file)).toBe(before);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['backups', 'workshops.sqlite']);
  });

  it('backs up on schedule only while edits happen, and at quit when something changed', async () => {
    const dataDir = tempDir();
    let tick = () => undefined as void;
    const clock = steppingClock();
    const services = openAppServices(dataDir, {
      clock,
      log: () => undefined,
      scheduler: (run) => {
        tick = run;
        return () => undefined;
      },
    });
    const backups = async () => apiValue<BackupInfo[]>(await services.dispatch('backup.list', {}));
    await services.started;
    tick();
    expect(await backups()).toEqual([]);
    await addWorkshop(services, 'Order to cash');
    tick();
    await expect.poll(async () => (await backups()).map((backup) => backup.kind)).toEqual(['scheduled']);
    tick();
    await services.dispatch('backup.create', {});
    expect((await backups()).map((backup) => backup.kind)).toEqual(['manual', 'scheduled']);
    await addWorkshop(services, 'Claims handling');
    await services.close();
    const reopened = openAppServices(dataDir, { clock, scheduler: noSchedule });
    expect((await reopened.started).lastBackup).toMatchObject({ kind: 'quit', workshopCount: 2 });
    await reopened.close();
    expect(apiValue<BackupInfo[]>(await open(dataDir).dispatch('backup.list', {}))).toHaveLength(3);
  });

  it('reports a failed automatic backup, and clears the report when the next one succeeds', async () => {
    const dataDir = tempDir();
    let tick = () => undefined as void;
    const services = openAppServices(dataDir, {
      clock: fixedClock,
      log: () => undefined,
      scheduler: (run) => {
        tick = run;
        return () => undefined;
      },
    });
    await addWorkshop(services, 'Order to cash');
    fs.writeFileSync(path.join(dataDir, 'backups'), 'in the way');
    tick();
    await expect.poll(async () => (await recoveryStatus(services)).backupProblem).toMatch(/could not be written/);
    fs.rmSync(path.join(dataDir, 'backups'));
    tick();
    await expect.poll(async () => (await recoveryStatus(services)).backupProblem).toBeNull();
    expect((await recoveryStatus(services)).lastBackup).toMatchObject({ kind: 'scheduled' });
    await services.close();
  });
});
