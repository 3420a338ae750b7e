import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataFolder } from '../../../main/services/instance-lock';
import { useTempDir } from '../../support/temp-dir';

/** Another process reading the lock file holds SQLite's shared lock, as a second starter does for an instant. */
function holdSharedLock(lockFile: string, forMs: number): Promise<() => Promise<void>> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(lockFile)});
    db.exec('BEGIN');
    db.prepare('SELECT * FROM held').all();
    console.log('holding');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${forMs});
  `;
  const child = spawn(process.execPath, ['-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve(() => exited)));
}

describe('the data folder lock', () => {
  const tempDir = useTempDir();

  it('waits out a starter that only reads the lock for a moment, instead of refusing both', async () => {
    const dataDir = tempDir();
    const first = lockDataFolder(dataDir, 'browser host');
    if (!first.ok) throw new Error('the first lock was refused');
    first.lock.release();
    const done = await holdSharedLock(path.join(dataDir, 'instance.lock'), 300);
    const second = lockDataFolder(dataDir, 'browser host');
    expect(second.ok).toBe(true);
    if (second.ok) second.lock.release();
    await done();
  });

  it('refuses a second holder while the first holds, and names the first', () => {
    const dataDir = tempDir();
    const first = lockDataFolder(dataDir, 'desktop app');
    const second = lockDataFolder(dataDir, 'browser host');
    expect(second).toEqual({ ok: false, holder: expect.objectContaining({ pid: process.pid, host: 'desktop app' }) });
    if (first.ok) first.lock.release();
    const third = lockDataFolder(dataDir, 'browser host');
    expect(third.ok).toBe(true);
    if (third.ok) third.lock.release();
  });
});
