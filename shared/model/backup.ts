import { z } from 'zod';
import { refusal, refusalAtMost } from '../i18n/refusals';

/** Why a backup was taken; part of its file name, shown to the user in the list of backups. */
/** `moved-aside`: a database an older version moved aside at start although SQLite found it sound. */
export const BACKUP_KINDS = ['scheduled', 'quit', 'manual', 'before-migration', 'before-restore', 'moved-aside'] as const;

export type BackupKind = (typeof BACKUP_KINDS)[number];

/** A backup's file name, e.g. `workshops-2026-11-25T09-40-00-000Z-scheduled.sqlite`; nothing else is a backup. */
export const BackupNameSchema = z
  .string()
  .max(120, refusalAtMost('tooLong', 120))
  .regex(/^workshops-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[a-z-]+?(-\d+)?\.sqlite$/, refusal('backupName'));

export type BackupInfo = {
  name: string;
  kind: BackupKind;
  /** ISO date-time. */
  takenAt: string;
  bytes: number;
  /** How many workshops the backup holds; null where the file could not be read. */
  workshopCount: number | null;
};
