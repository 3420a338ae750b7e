import type { BackupInfo, BackupKind } from '../../shared/model/backup';
import { exhaustiveSwitchError } from '../../shared/util/exhaustive';
import { uiText } from '../ui-text/ui-text';

/** Backups described in the words a facilitator uses. */
export function backupReason(kind: BackupKind): string {
  switch (kind) {
    case 'scheduled':
      return uiText('recovery:reasons.scheduled');
    case 'quit':
      return uiText('recovery:reasons.quit');
    case 'manual':
      return uiText('recovery:reasons.manual');
    case 'before-migration':
      return uiText('recovery:reasons.beforeMigration');
    case 'before-restore':
      return uiText('recovery:reasons.beforeRestore');
    case 'moved-aside':
      return uiText('recovery:reasons.movedAside');
    default:
      return exhaustiveSwitchError(kind, 'backup kind');
  }
}

export function backupTime(backup: BackupInfo, now = new Date()): string {
  const taken = new Date(backup.takenAt);
  const time = taken.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  if (taken.toDateString() === now.toDateString()) return uiText('recovery:time.today', { time });
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (taken.toDateString() === yesterday.toDateString()) return uiText('recovery:time.yesterday', { time });
  return uiText('recovery:time.on', {
    date: taken.toLocaleDateString(undefined, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }),
    time,
  });
}

export function workshopCountText(count: number | null): string {
  if (count === null) return uiText('recovery:unreadable');
  return uiText('recovery:workshops', { count });
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
