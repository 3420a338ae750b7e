import { BACKUP_KINDS, type BackupKind } from '../../../shared/model/backup';
import { fileStamp, parseFileStamp } from '../database-files';

/**
 * A backup's file name says when it was taken and why, so the folder explains itself and the
 * rotation needs no index file that could disagree with the folder:
 * `workshops-2026-11-25T09-40-00-000Z-scheduled.sqlite`.
 */
export type BackupName = { name: string; takenAt: Date; kind: BackupKind };

const NAME_PATTERN = /^workshops-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-([a-z-]+?)(?:-(\d+))?\.sqlite$/;

export function formatBackupName(takenAt: Date, kind: BackupKind, attempt = 0): string {
  return `workshops-${fileStamp(takenAt)}-${kind}${attempt > 0 ? `-${attempt}` : ''}.sqlite`;
}

export function parseBackupName(name: string): BackupName | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const takenAt = parseFileStamp(match[1]!);
  const kind = BACKUP_KINDS.find((known) => known === match[2]);
  return takenAt && kind ? { name, takenAt, kind } : null;
}
