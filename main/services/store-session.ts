import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { RestoreOutcome } from '../../shared/api/backup-contract';
import type { RecoveryStatus, StoreProblem } from '../../shared/api/recovery-contract';
import type { BackupInfo } from '../../shared/model/backup';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { backupFolderOf, findBackup, listBackups, pruneBackups, unusedBackupPath, type BackupFile } from '../store/backups/backup-folder';
import { parseBackupName } from '../store/backups/backup-names';
import { copyDatabaseFile, createBackup } from '../store/backups/create-backup';
import { describeBackup } from '../store/backups/describe-backup';
import type { Clock } from '../store/clock';
import { moveDatabaseFiles, removeDatabaseFiles } from '../store/database-files';
import { inspectDatabase, moveDamagedAside } from '../store/inspect-database';
import { NewerDatabaseError } from '../store/migrate';
import { MIGRATIONS } from '../store/migrations';
import { DATABASE_FILE_NAME } from '../store/open-database';
import { openStore } from '../store/open-store';
import { BackupFailedError, NotFoundError, StoreUnavailableError } from '../store/store-errors';
import { verifyDatabaseFile } from '../store/verify-database-file';
import { BACKUP_INTERVAL_MS, intervalScheduler, type Scheduler } from './backup-schedule';

export type StoreSessionOptions = {
  clock: Clock;
  backupIntervalMs?: number;
  scheduler?: Scheduler;
  log?: (message: string) => void;
};

export type StoreSession = {
  /** Settles once the start-up check is done and the database is open, or the problem is known. */
  started: Promise<void>;
  /** Resolves when no start or restore is under way. */
  settled: () => Promise<void>;
  /** The open database; throws StoreUnavailableError when there is none. */
  database: () => Database;
  status: () => RecoveryStatus;
  dismissProblem: () => RecoveryStatus;
  listBackups: () => BackupInfo[];
  backUp: (kind: 'manual' | 'scheduled') => Promise<BackupInfo>;
  restore: (name: string) => Promise<RestoreOutcome>;
  /** Takes a last backup if anything changed since the previous one, then closes the database. */
  close: () => Promise<void>;
};

/**
 * Owns the workshop database for the life of the app: checks it at start (a damaged file is moved
 * aside and the newest good backup offered; a newer app's file is refused untouched), takes
 * backups while edits happen and at quit, and restores a backup by closing the database, keeping
 * the current file as a backup (so the restore can be undone) and opening the restored one.
 * Backups, restores and closing run one at a time; API calls wait while a start or restore runs.
 */
export function openStoreSession(dataDir: string, options: StoreSessionOptions): StoreSession {
  const { clock, log = (message) => console.error(`[store] ${message}`) } = options;
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const folder = backupFolderOf(file);
  let db: Database | null = null;
  let problem: StoreProblem | null = null;
  let backupProblem: string | null = null;
  let changesAtLastBackup = 0;
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
    throw new StoreUnavailableError(closed ? 'The workshop database has been closed.' : (problem?.message ?? 'The workshop database is not open.'));
  }

  async function openOrExplain(damage: Pick<StoreProblem, 'detail' | 'movedTo'> | null): Promise<void> {
    try {
      db = (await openStore(file, clock)).db;
      changesAtLastBackup = totalChanges(db);
      problem = damage && { kind: 'damaged', message: DAMAGED_MESSAGE, ...damage, offer: newestGoodBackup() };
    } catch (error) {
      problem = describeOpenFailure(error, damage, newestGoodBackup());
    }
  }

  async function start(): Promise<void> {
    const inspection = inspectDatabase(file);
    switch (inspection.state) {
      case 'newer':
        problem = describeOpenFailure(inspection.error, null, null);
        return;
      case 'damaged':
        return openOrExplain({ detail: inspection.reason, movedTo: moveDamagedAside(file, clock) });
      case 'missing':
      case 'sound':
        return openOrExplain(null);
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

  async function takeBackup(kind: 'manual' | 'scheduled' | 'quit'): Promise<BackupInfo> {
    const current = database();
    const changes = totalChanges(current);
    try {
      const backup = await createBackup(current, folder, kind, clock);
      changesAtLastBackup = changes;
      backupProblem = null;
      pruneBackups(folder, clock());
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

  /** Closes the live database and keeps its file as a before-restore backup. */
  function moveCurrentAside(): BackupFile | null {
    if (db) {
      db.pragma('journal_mode = DELETE');
      db.close();
      db = null;
    }
    if (!fs.existsSync(file)) return null;
    fs.mkdirSync(folder, { recursive: true });
    const target = unusedBackupPath(folder, clock(), 'before-restore');
    moveDatabaseFiles(file, target);
    return { ...parseBackupName(path.basename(target))!, file: target, bytes: fs.statSync(target).size };
  }

  async function restore(name: string): Promise<RestoreOutcome> {
    if (problem?.kind === 'newer-version') throw new StoreUnavailableError(problem.message);
    if (closed) throw new StoreUnavailableError('The workshop database has been closed.');
    const backup = findBackup(folder, name);
    if (!backup) throw new NotFoundError(`There is no backup named ${name}`);
    const verdict = verifyDatabaseFile(backup.file, 'full');
    if (!verdict.ok) throw new BackupFailedError(`The backup from ${backup.takenAt.toISOString()} cannot be restored: ${verdict.reason}`);
    if (verdict.schemaVersion > MIGRATIONS.length) throw new StoreUnavailableError(new NewerDatabaseError(verdict.schemaVersion, MIGRATIONS.length).message);
    const restored = describeBackup(backup);
    const previous = moveCurrentAside();
    try {
      await copyDatabaseFile(backup.file, file);
    } catch (error) {
      removeDatabaseFiles(file);
      if (previous) moveDatabaseFiles(previous.file, file);
      await openOrExplain(null);
      throw new BackupFailedError(`The backup could not be restored; nothing was changed. ${error instanceof Error ? error.message : String(error)}`);
    }
    await openOrExplain(null);
    return { restored, previous: previous && describeBackup(previous) };
  }

  const stopSchedule = (options.scheduler ?? intervalScheduler)(() => {
    if (!closed && hasUnsavedChanges()) exclusive(() => takeBackup('scheduled')).catch(() => undefined);
  }, options.backupIntervalMs ?? BACKUP_INTERVAL_MS);

  function status(): RecoveryStatus {
    const newest = listBackups(folder)[0];
    return { problem, lastBackup: newest ? describeBackup(newest) : null, backupProblem, databaseFile: file, backupFolder: folder };
  }

  const started = behindGate(start);

  return {
    started,
    settled: () => gate,
    database,
    status,
    dismissProblem() {
      if (problem?.kind === 'damaged') problem = null;
      return status();
    },
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

const DAMAGED_MESSAGE =
  'The workshop database on this computer was damaged and could not be opened safely. ' +
  'The app moved it aside (it was not deleted) and started with an empty database.';

function describeOpenFailure(error: unknown, damage: Pick<StoreProblem, 'detail' | 'movedTo'> | null, offer: BackupInfo | null): StoreProblem {
  if (error instanceof NewerDatabaseError) {
    return { kind: 'newer-version', message: error.message, detail: '', movedTo: null, offer: null };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return {
    kind: 'unavailable',
    message: 'The workshop database could not be opened, so nothing can be edited until it is restored or the problem is fixed.',
    detail: damage ? `${damage.detail}; then: ${reason}` : reason,
    movedTo: damage?.movedTo ?? null,
    offer,
  };
}

function totalChanges(db: Database): number {
  return db.prepare<[], { changes: number }>('SELECT total_changes() AS changes').get()!.changes;
}
