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
};

/**
 * Why the workshop database is not the one the app had last time, or cannot be used at all.
 * `damaged`: it failed SQLite's check at start and was moved aside; the app runs on a new, empty one.
 * `newer-version`: a newer app wrote it; it is left exactly as it is and nothing can be edited.
 * `unavailable`: it could not be opened for another reason, given in `detail`.
 */
export type StoreProblem = {
  kind: 'damaged' | 'newer-version' | 'unavailable';
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
  databaseFile: string;
  backupFolder: string;
};

export type RecoveryOutputs = {
  'recovery.status': RecoveryStatus;
  'recovery.dismiss': RecoveryStatus;
};
