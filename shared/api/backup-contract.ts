import { z } from 'zod';
import { BackupNameSchema, type BackupInfo } from '../model/backup';

/** The backups on disk, taking one now, and restoring one; these answer even when the database cannot be opened. */
export const backupInputs = {
  'backup.list': z.strictObject({}),
  'backup.create': z.strictObject({}),
  'backup.restore': z.strictObject({ name: BackupNameSchema }),
};

export type RestoreOutcome = {
  restored: BackupInfo;
  /** The database that was in use before the restore, kept as a backup: restoring it undoes the restore. */
  previous: BackupInfo | null;
};

export type BackupOutputs = {
  'backup.list': BackupInfo[];
  'backup.create': BackupInfo;
  'backup.restore': RestoreOutcome;
};
