import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { RestoreOutcome } from '../../shared/api/backup-contract';
import type { RecoveryStatus, StoreProblem } from '../../shared/api/recovery-contract';
import type { BackupInfo } from '../../shared/model/backup';
import { apiRefusalWords } from '../../shared/i18n/refusals';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { backupFolderOf, findBackup, listBackups, pruneBackups, removeStalePartials } from '../store/backups/backup-folder';
import { copyDatabaseFile, createBackup } from '../store/backups/create-backup';
import { adoptMovedAsideFiles } from '../store/backups/moved-aside-files';
import { describeBackup } from '../store/backups/describe-backup';
import type { Clock } from '../store/clock';
import { canWrite, inspectDatabase, moveDamagedAside } from '../store/inspect-database';
import { describeMachineFault } from '../store/machine-faults';
import { NewerDatabaseError } from '../store/migrate';
import { MIGRATIONS } from '../store/migrations';
import { DATABASE_FILE_NAME } from '../store/open-database';
import { openStore } from '../store/open-store';
import { keepCurrentAsBackup, removeStaleRestore, replaceDatabaseFile, RESTORING_SUFFIX } from '../store/restore-files';
import { classifySqliteFailure } from '../store/sqlite-failure';
import { BackupFailedError, NotFoundError, StoreUnavailableError } from '../store/store-errors';
import { DEFAULT_BUSY_TIMEOUT_MS, verifyDatabaseFile } from '../store/verify-database-file';
import { BACKUP_CHECK_MS, BACKUP_INTERVAL_MS, intervalScheduler, type Scheduler } from './backup-schedule';

export type StoreSessionOptions = {
  clock: Clock;
  /** The least time between two automatic backups. */
  backupIntervalMs?: number;
  /** How often to look for unsaved work; the first backup of a run comes this soon after the first edit. */
  backupCheckMs?: number;
  scheduler?: Scheduler;
  /** How long to wait for another program's lock on the database before saying it is locked. */
  busyTimeoutMs?: number;
  log?: (message: string) => void;
};

/**
 * A problem as found at start, its words said when asked: the start runs before any window has
 * a language, and each window reads it in its own.
 */
type FoundProblem = Omit<StoreProblem, 'message'> & { say: () => string };

const words = () => apiRefusalWords();

export type StoreSession = {
  /** Settles once the start-up check is done and the database is open, or the problem is known. */
  started: Promise<void>;
  /** Resolves when no start or restore is under way. */
  settled: () => Promise<void>;
  /** The open database; throws StoreUnavailableError when there is none. */
  database: () => Database;
  status: () => RecoveryStatus;
  dismissProblem: () => Promise<RecoveryStatus>;
  /** Opens the database again after a problem another program or the machine caused (a lock, say). */
  retry: () => Promise<RecoveryStatus>;
  listBackups: () => BackupInfo[];
  backUp: (kind: 'manual' | 'scheduled') => Promise<BackupInfo>;
  restore: (name: string) => Promise<RestoreOutcome>;
  /** Takes a last backup if anything changed since the previous one, then closes the database. */
  close: () => Promise<void>;
};

/**
 * Owns the workshop database for the life of the app. At start it tells apart what it finds: a
 * file SQLite reports damaged is moved aside and the newest good backup offered; a newer app's
 * file is refused untouched; a file another program holds locked is left alone and can be
 * retried; a file that can only be read is opened read-only; a 0-byte file is reported. It takes
 * backups while edits happen (the first soon after the first edit of the run) and at quit, never
 * deleting the backup a problem is offering, and restores a backup by copying it under a
 * temporary name and renaming it over the live file, so a kill at any moment leaves either the
 * old database or the restored one, whole. Backups, restores and closing run one at a time;
 * API calls wait while a start or restore runs.
 */
export function openStoreSession(dataDir: string, options: StoreSessionOptions): StoreSession {
  const { clock, log = (message) => console.error(`[store] ${message}`), busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS } = options;
  const backupIntervalMs = options.backupIntervalMs ?? BACKUP_INTERVAL_MS;
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const folder = backupFolderOf(file);
  let db: Database | null = null;
  let readOnly = false;
  let problem: FoundProblem | null = null;
  let backupProblem: string | null = null;
  let changesAtLastBackup = 0;
  let lastBackupAt: number | null = null;
  let closed = false;
  let gate: Promise<void> = Promise.resolve();
  let queue: Promise<unknown> = Promise.resolve();

  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  function behindGate<T>(task: () => Promise<T>): Promise<T> {
    const run = exclusive(task);
    gate = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  function database(): Database {
    if (db) return db;
    throw new StoreUnavailableError(closed ? words()('database.closed') : (problem?.say() ?? words()('database.notOpen')));
  }

  async function openOrExplain(damage: Pick<StoreProblem, 'detail' | 'movedTo'> | null, mode: 'write' | 'read' = 'write'): Promise<void> {
    try {
      db = (await openStore(file, clock, MIGRATIONS, { readOnly: mode === 'read', busyTimeoutMs })).db;
      readOnly = mode === 'read';
      changesAtLastBackup = totalChanges(db);
      problem = damage && { kind: 'damaged', say: () => words()('database.damaged'), ...damage, offer: newestGoodBackup() };
    } catch (error) {
      if (mode === 'write' && classifySqliteFailure(error) === 'read-only' && fs.existsSync(file)) return openOrExplain(damage, 'read');
      problem = describeOpenFailure(error, damage, newestGoodBackup());
    }
  }

  function tidyUp(): void {
    try {
      removeStalePartials(folder);
      removeStaleRestore(file);
    } catch (error) {
      log(`Could not remove files left by a killed backup or restore: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function start(): Promise<void> {
    if (canWrite(dataDir)) {
      tidyUp();
      await adoptMovedAsideFiles(dataDir, folder, log);
    }
    const inspection = inspectDatabase(file, MIGRATIONS, busyTimeoutMs);
    switch (inspection.state) {
      case 'newer':
        problem = describeOpenFailure(inspection.error, null, null);
        return;
      case 'damaged': {
        let movedTo: string;
        try {
          movedTo = moveDamagedAside(file, clock);
        } catch (error) {
          problem = {
            ...describeOpenFailure(error, null, newestGoodBackup()),
            detail: `${inspection.reason}; it could not be moved aside: ${errorText(error)}`,
          };
          return;
        }
        return openOrExplain({ detail: inspection.reason, movedTo });
      }
      case 'locked':
        problem = { kind: 'locked', say: () => words()('database.locked'), detail: inspection.reason, movedTo: null, offer: null };
        return;
      case 'unreadable':
        problem = describeOpenFailure(new Error(inspection.reason), null, newestGoodBackup());
        return;
      case 'empty':
        problem = {
          kind: 'empty',
          say: () => words()('database.empty'),
          detail: `${file} is 0 bytes long.`,
          movedTo: null,
          offer: newestGoodBackup(),
        };
        return;
      case 'missing':
        if (!canWrite(dataDir)) {
          problem = {
            ...describeOpenFailure(new Error(`${dataDir} cannot be written`), null, newestGoodBackup()),
            say: () => words()('database.folderReadOnly'),
          };
          return;
        }
        return openOrExplain(null);
      case 'sound':
        return openOrExplain(null, inspection.writable ? 'write' : 'read');
      default:
        return exhaustiveSwitchError(inspection, 'database inspection');
    }
  }

  function newestGoodBackup(): BackupInfo | null {
    const good = listBackups(folder).find((backup) => {
      const verdict = verifyDatabaseFile(backup.file, 'full');
      return verdict.ok && verdict.schemaVersion <= MIGRATIONS.length;
    });
    return good ? describeBackup(good) : null;
  }

  /** The backup a problem is offering is never rotated away while the problem is open. */
  function pinned(): ReadonlySet<string> {
    return new Set(problem?.offer ? [problem.offer.name] : []);
  }

  async function takeBackup(kind: 'manual' | 'scheduled' | 'quit'): Promise<BackupInfo> {
    const current = database();
    const changes = totalChanges(current);
    try {
      const backup = await createBackup(current, folder, kind, clock);
      changesAtLastBackup = changes;
      lastBackupAt = clock().getTime();
      backupProblem = null;
      pruneBackups(folder, clock(), undefined, pinned());
      return describeBackup(backup);
    } catch (error) {
      backupProblem = error instanceof Error ? error.message : String(error);
      log(backupProblem);
      throw error;
    }
  }

  function hasUnsavedChanges(): boolean {
    return db !== null && totalChanges(db) !== changesAtLastBackup;
  }

  function backupDue(): boolean {
    return !closed && hasUnsavedChanges() && (lastBackupAt === null || clock().getTime() - lastBackupAt >= backupIntervalMs);
  }

  async function restore(name: string): Promise<RestoreOutcome> {
    const say = words();
    if (problem?.kind === 'newer-version') throw new StoreUnavailableError(problem.say());
    if (closed) throw new StoreUnavailableError(say('database.closed'));
    const backup = findBackup(folder, name);
    if (!backup) throw new NotFoundError(say('database.noBackup', { name }));
    const verdict = verifyDatabaseFile(backup.file, 'full');
    if (!verdict.ok) throw new BackupFailedError(say('database.backupUnusable', { takenAt: backup.takenAt.toISOString(), reason: verdict.reason }));
    if (verdict.schemaVersion > MIGRATIONS.length)
      throw new StoreUnavailableError(new NewerDatabaseError(verdict.schemaVersion, MIGRATIONS.length).message);
    const restored = describeBackup(backup);
    const incoming = `${file}${RESTORING_SUFFIX}`;
    try {
      removeStaleRestore(file);
      await copyDatabaseFile(backup.file, incoming);
    } catch (error) {
      removeStaleRestore(file);
      throw new BackupFailedError(say('database.restoreFailed', { problem: describeMachineFault(error)?.message ?? errorText(error) }));
    }
    const current = db;
    db = null;
    const previous = keepCurrentAsBackup(current, file, folder, clock);
    replaceDatabaseFile(incoming, file);
    await openOrExplain(null);
    return { restored, previous: previous && describeBackup(previous) };
  }

  const stopSchedule = (options.scheduler ?? intervalScheduler)(() => {
    if (backupDue()) exclusive(() => (backupDue() ? takeBackup('scheduled') : Promise.resolve(null))).catch(() => undefined);
  }, options.backupCheckMs ?? BACKUP_CHECK_MS);

  function status(): RecoveryStatus {
    const newest = listBackups(folder)[0];
    return {
      problem: problem && said(problem),
      lastBackup: newest ? describeBackup(newest) : null,
      backupProblem,
      readOnly: readOnly ? words()('database.readOnly') : null,
      databaseFile: file,
      backupFolder: folder,
    };
  }

  const started = behindGate(start);

  return {
    started,
    settled: () => gate,
    database,
    status,
    dismissProblem: () =>
      behindGate(async () => {
        if (problem?.kind === 'damaged') problem = null;
        if (problem?.kind === 'empty') await openOrExplain(null);
        return status();
      }),
    retry: () =>
      behindGate(async () => {
        if (problem?.kind === 'locked' || problem?.kind === 'unavailable') {
          problem = null;
          await start();
        }
        return status();
      }),
    listBackups: () => listBackups(folder).map(describeBackup),
    backUp: (kind) => exclusive(() => takeBackup(kind)),
    restore: (name) => behindGate(() => restore(name)),
    close: () =>
      exclusive(async () => {
        if (closed) return;
        closed = true;
        stopSchedule();
        if (hasUnsavedChanges()) await takeBackup('quit').catch(() => undefined);
        db?.close();
        db = null;
      }),
  };
}

function said({ say, ...problem }: FoundProblem): StoreProblem {
  return { ...problem, message: say() };
}

function describeOpenFailure(error: unknown, damage: Pick<StoreProblem, 'detail' | 'movedTo'> | null, offer: BackupInfo | null): FoundProblem {
  if (error instanceof NewerDatabaseError) {
    const { found, supported } = error;
    return { kind: 'newer-version', say: () => words()('database.newerVersion', { found, supported }), detail: '', movedTo: null, offer: null };
  }
  const reason = errorText(error);
  if (classifySqliteFailure(error) === 'locked') {
    return { kind: 'locked', say: () => words()('database.locked'), detail: reason, movedTo: null, offer: null };
  }
  return {
    kind: 'unavailable',
    say: () => describeMachineFault(error)?.message ?? words()('database.unavailable'),
    detail: damage ? `${damage.detail}; then: ${reason}` : reason,
    movedTo: damage?.movedTo ?? null,
    offer,
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function totalChanges(db: Database): number {
  return db.prepare<[], { changes: number }>('SELECT total_changes() AS changes').get()!.changes;
}
