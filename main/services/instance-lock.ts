import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { translator } from '../../shared/i18n/i18n-instance';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import { PRIVATE_FILE_MODE } from '../store/database-files';
import { classifySqliteFailure } from '../store/sqlite-failure';

/** Who holds a data folder, as the instance holding it wrote down. */
export type InstanceOwner = { pid: number; host: 'desktop app' | 'browser host'; startedAt: string; address: string | null };

export type InstanceLock = {
  /** Records where the holder can be reached (the browser host's address without its token). */
  setAddress: (address: string) => void;
  release: () => void;
};

export type LockOutcome = { ok: true; lock: InstanceLock } | { ok: false; holder: InstanceOwner | null };

const LOCK_FILE = 'instance.lock';
const OWNER_FILE = 'instance.json';

/**
 * One app per data folder: two instances on one database would overwrite each other's edits and
 * fail each other's restores. The lock is an exclusive SQLite lock on a small file in the folder,
 * held open for the life of the process, so the operating system releases it when the process
 * ends in any way (quit, crash, kill): no stale lock is ever left to clean up. Beside it the holder
 * writes who it is, for the second instance to say. A folder where no lock file can be made
 * (read-only) is not locked: nothing can write there anyway, and the app must still start.
 */
export function lockDataFolder(dataDir: string, host: InstanceOwner['host']): LockOutcome {
  const lockFile = path.join(dataDir, LOCK_FILE);
  const ownerFile = path.join(dataDir, OWNER_FILE);
  const unlocked: LockOutcome = { ok: true, lock: { setAddress: () => undefined, release: () => undefined } };
  try {
    if (!fs.existsSync(lockFile)) fs.closeSync(fs.openSync(lockFile, 'a', PRIVATE_FILE_MODE));
  } catch {
    return unlocked;
  }
  const db = waitForExclusiveLock(lockFile);
  if (db === 'unlockable') return unlocked;
  if (db === 'locked') return { ok: false, holder: awaitOwner(ownerFile) };
  const owner: InstanceOwner = { pid: process.pid, host, startedAt: new Date().toISOString(), address: null };
  const writeOwner = () => {
    try {
      fs.writeFileSync(ownerFile, `${JSON.stringify(owner)}\n`, { mode: PRIVATE_FILE_MODE });
    } catch {
      // Only a courtesy for a second instance's message; the lock itself holds.
    }
  };
  writeOwner();
  let held = true;
  return {
    ok: true,
    lock: {
      setAddress: (address) => {
        owner.address = address;
        writeOwner();
      },
      release: () => {
        if (!held) return;
        held = false;
        fs.rmSync(ownerFile, { force: true });
        db.close();
      },
    },
  };
}

/**
 * Two instances started in the same instant can each hold SQLite's shared lock while asking for the
 * exclusive one, and with no busy wait both are refused. A holder keeps its lock for life, so trying
 * again for a moment, at random intervals, lets exactly one of two such starters win.
 */
const CONTENTION_WINDOW_MS = 1500;

function waitForExclusiveLock(lockFile: string): Database.Database | 'locked' | 'unlockable' {
  const until = Date.now() + CONTENTION_WINDOW_MS;
  for (;;) {
    const attempt = takeExclusiveLock(lockFile);
    if (attempt !== 'locked' || Date.now() > until) return attempt;
    sleep(20 + Math.random() * 60);
  }
}

function takeExclusiveLock(lockFile: string): Database.Database | 'locked' | 'unlockable' {
  let db: Database.Database;
  try {
    db = new Database(lockFile, { timeout: 0 });
  } catch {
    return 'unlockable';
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held (at TEXT); DELETE FROM held; INSERT INTO held VALUES (datetime()); COMMIT');
    return db;
  } catch (error) {
    db.close();
    return classifySqliteFailure(error) === 'locked' ? 'locked' : 'unlockable';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const OwnerSchema = z.object({
  pid: z.number().int(),
  host: z.enum(['desktop app', 'browser host']),
  startedAt: z.string(),
  address: z.string().nullable(),
});

/** The holder writes who it is just after taking the lock; a second instance started in that instant waits a moment for it. */
function awaitOwner(file: string): InstanceOwner | null {
  const until = Date.now() + 1000;
  for (;;) {
    const owner = readOwner(file);
    if (owner || Date.now() > until) return owner;
    sleep(50);
  }
}

function readOwner(file: string): InstanceOwner | null {
  try {
    const parsed = OwnerSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The second instance's message, in `language`: which process holds the folder, and where to find it. */
export function describeHolder(dataDir: string, holder: InstanceOwner | null, language: Language = DEFAULT_LANGUAGE): string {
  const words = translator(language, 'apiRefusals');
  return words('desktop.alreadyRunning', { folder: dataDir, holder: holderWords(holder, words) });
}

function holderWords(holder: InstanceOwner | null, words: ReturnType<typeof translator<'apiRefusals'>>): string {
  if (!holder) return words('desktop.heldByAnother');
  const { pid, startedAt, address } = holder;
  const desktop = holder.host === 'desktop app';
  if (address) return words(desktop ? 'desktop.heldByDesktopAppAt' : 'desktop.heldByBrowserHostAt', { pid, startedAt, address });
  return words(desktop ? 'desktop.heldByDesktopApp' : 'desktop.heldByBrowserHost', { pid, startedAt });
}

/** The title of the box that says so. */
export function alreadyRunningTitle(language: Language): string {
  return translator(language, 'apiRefusals')('desktop.alreadyRunningTitle');
}
