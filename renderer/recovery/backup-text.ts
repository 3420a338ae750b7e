import type { BackupInfo, BackupKind } from '../../shared/model/backup';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { countOf } from '../../shared/util/count-words';

/** Backups described in the words a facilitator uses. */
export function backupReason(kind: BackupKind): string {
  switch (kind) {
    case 'scheduled':
      return 'Automatic, while you worked';
    case 'quit':
      return 'When the app was closed';
    case 'manual':
      return 'Backed up by hand';
    case 'before-migration':
      return 'Before an app update changed the database';
    case 'before-restore':
      return 'What you had before a restore';
    case 'moved-aside':
      return 'Set aside at a start although it was sound';
    default:
      return exhaustiveSwitchError(kind, 'backup kind');
  }
}

export function backupTime(backup: BackupInfo, now = new Date()): string {
  const taken = new Date(backup.takenAt);
  const time = taken.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  if (taken.toDateString() === now.toDateString()) return `today at ${time}`;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (taken.toDateString() === yesterday.toDateString()) return `yesterday at ${time}`;
  return `${taken.toLocaleDateString(undefined, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' })} at ${time}`;
}

export function workshopCountText(count: number | null): string {
  if (count === null) return 'contents unreadable';
  return countOf(count, 'workshop');
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
