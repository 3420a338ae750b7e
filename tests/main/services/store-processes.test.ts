import { spawn, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAppServices } from '../../../main/services/app-services';
import { MIGRATIONS } from '../../../main/store/migrations';
import { verifyDatabaseFile } from '../../../main/store/verify-database-file';
import type { ApiResult } from '../../../shared/api/result';
import type { RecoveryStatus } from '../../../shared/api/recovery-contract';
import type { BackupInfo } from '../../../shared/model/backup';
import { buildTestEntry } from '../../support/build-test-entry';
import { apiValue, fileSha256 } from '../../support/api-services';
import { useTempDir } from '../../support/temp-dir';

type ChildRun = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** Root may write any file, so read-only cases run the child as the unprivileged `nobody` when the tests run as root. */
const asOtherUser: SpawnOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function runChild(entry: string, args: string[], options: SpawnOptions = {}, killWhen?: (stdout: string) => boolean): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (killWhen?.(stdout)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('the store across processes: read-only files, two starts at once, a kill during a restore', () => {
  const tempDir = useTempDir();
  let child = '';

  beforeAll(async () => {
    child = await buildTestEntry('tests/support/store-child.ts', 'store-child');
    fs.chmodSync(path.dirname(child), 0o755);
  }, 60_000);

  /** A data folder with one workshop, readable by the other user. */
  async function sharedStore(title: string): Promise<string> {
    const dataDir = tempDir();
    const services = openAppServices(dataDir, { log: () => undefined });
    apiValue(await services.dispatch('workshop.create', { title, date: '2026-11-25', facilitator: '' }));
    await services.close();
    return dataDir;
  }

  it('opens a database it may not write read-only, says so, and refuses every write with a clear error', async () => {
    const dataDir = await sharedStore('Order to cash');
    const file = path.join(dataDir, 'workshops.sqlite');
    const backups = path.join(dataDir, 'backups');
    for (const name of fs.readdirSync(backups)) fs.chmodSync(path.join(backups, name), 0o444);
    fs.chmodSync(backups, 0o555);
    fs.chmodSync(file, 0o444);
    fs.chmodSync(dataDir, 0o555);
    const before = fileSha256(file);

    const run = await runChild(child, ['status', dataDir], asOtherUser);
    expect(run.stderr).toBe('');
    const answer = JSON.parse(run.stdout) as { status: RecoveryStatus; list: ApiResult<{ title: string }[]>; create: ApiResult<unknown> };
    expect(answer.status.problem, JSON.stringify(answer.status.problem)).toBeNull();
    expect(answer.status.readOnly).toMatch(/can only be read here .* nothing can be changed/);
    expect(answer.list).toMatchObject({ ok: true, value: [{ title: 'Order to cash' }] });
    expect(answer.create).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/can only be read here/) } });
    expect(fileSha256(file)).toBe(before);
    expect(fs.readdirSync(dataDir).sort()).toEqual(['backups', 'workshops.sqlite']);
    fs.chmodSync(dataDir, 0o700);
    fs.chmodSync(backups, 0o700);
  });

  it('starts in a read-only data folder with no database and says why nothing can be created', async () => {
    const dataDir = tempDir();
    fs.chmodSync(dataDir, 0o555);
    const run = await runChild(child, ['status', dataDir], asOtherUser);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout) as { status: RecoveryStatus; create: ApiResult<unknown> };
    expect(answer.status.problem).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/data folder cannot be written/) });
    expect(answer.create).toMatchObject({ ok: false, error: { code: 'store-unavailable' } });
    expect(fs.readdirSync(dataDir)).toEqual([]);
    fs.chmodSync(dataDir, 0o700);
  });

  it('lets two processes open and migrate one new database at the same moment, every time', async () => {
    for (let round = 0; round < 15; round += 1) {
      const file = path.join(tempDir(), 'workshops.sqlite');
      const runs = await Promise.all([0, 1, 2].map(() => runChild(child, ['open', file])));
      for (const run of runs)
        expect({ code: run.code, stdout: run.stdout.trim(), stderr: run.stderr }, `round ${round}`).toEqual({
          code: 0,
          stdout: 'opened',
          stderr: '',
        });
      expect(verifyDatabaseFile(file, 'full')).toEqual({ ok: true, schemaVersion: MIGRATIONS.length });
    }
  }, 120_000);

  it('leaves the old database or the restored one, whole, whenever a restore is killed', async () => {
    const dataDir = tempDir();
    const services = openAppServices(dataDir, { log: () => undefined });
    const titlesOf = (count: number) => Array.from({ length: count }, (_, index) => `Workshop ${index + 1} ${'of many words '.repeat(12)}`);
    for (const title of titlesOf(150)) apiValue(await services.dispatch('workshop.create', { title, date: '2026-11-25', facilitator: '' }));
    const big = apiValue<BackupInfo>(await services.dispatch('backup.create', {}));
    await services.close();
    const small = path.join(dataDir, 'small');
    const smallServices = openAppServices(small, { log: () => undefined });
    apiValue(await smallServices.dispatch('workshop.create', { title: 'Only one', date: '2026-11-25', facilitator: '' }));
    const one = apiValue<BackupInfo>(await smallServices.dispatch('backup.create', {}));
    await smallServices.close();
    fs.copyFileSync(path.join(small, 'backups', one.name), path.join(dataDir, 'backups', one.name));
    fs.rmSync(small, { recursive: true });

    const file = path.join(dataDir, 'workshops.sqlite');
    for (let kill = 0; kill < 12; kill += 1) {
      const delay = Math.random() * 400;
      const started = Date.now();
      const run = await runChild(
        child,
        ['restore', dataDir, one.name, big.name],
        {},
        (stdout) => stdout.includes('restored') && Date.now() - started > delay,
      );
      expect(run.signal, run.stderr).toBe('SIGKILL');
      // Opened for writing, as the app's next start opens it: a restore killed mid-write leaves a
      // journal to roll back, which a read-only connection refuses to do.
      const db = new Database(file);
      const check = db.pragma('integrity_check', { simple: true });
      const count = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM workshops').get()!.count;
      db.close();
      expect({ check, whole: count === 1 || count === 150 }, `after kill ${kill + 1} (${count} workshops)`).toEqual({ check: 'ok', whole: true });
    }
  }, 120_000);
});
