import { z } from 'zod';
import type { BackupInfo } from '../model/backup';

/**
 * What happened to the database at start. These channels, like the backup channels, answer even
 * when the workshop database cannot be opened, so the app can always explain itself and offer a
 * way back.
 */
export const recoveryInputs = {
  'recovery.status': z.strictObject({}),
  'recovery.dismiss': z.strictObject({}),
  'recovery.retry': z.strictObject({}),
};

/**
 * Why the workshop database is not the one the app had last time, or cannot be used at all.
 * `damaged`: SQLite reported it damaged at start and it was moved aside; the app runs on a new, empty one.
 * `newer-version`: a newer app wrote it; it is left exactly as it is and nothing can be edited.
 * `locked`: another program holds it locked; it is intact and untouched, and opening can be retried.
 * `empty`: the file is 0 bytes, so the workshops it held are gone from it; a backup is offered,
 * and starting empty is the user's choice, never taken silently.
 * `unavailable`: it could not be opened for another reason, given in `detail`; it can be retried.
 */
export const STORE_PROBLEM_KINDS = ['damaged', 'newer-version', 'locked', 'empty', 'unavailable'] as const;

export type StoreProblem = {
  kind: (typeof STORE_PROBLEM_KINDS)[number];
  message: string;
  detail: string;
  /** Where the damaged file was moved to, for `damaged`. */
  movedTo: string | null;
  /** The newest backup that passed its check, offered for restoring. */
  offer: BackupInfo | null;
};

export type RecoveryStatus = {
  problem: StoreProblem | null;
  /** The newest backup on disk. */
  lastBackup: BackupInfo | null;
  /** Set when the most recent automatic backup failed; cleared by the next one that succeeds. */
  backupProblem: string | null;
  /** Set when the database could be opened only for reading: why, in words; every write is refused. */
  readOnly: string | null;
  databaseFile: string;
  backupFolder: string;
};

export type RecoveryOutputs = {
  'recovery.status': RecoveryStatus;
  'recovery.dismiss': RecoveryStatus;
  'recovery.retry': RecoveryStatus;
};
