import type { Handlers } from '../../shared/api/contract';
import type { RecoveryChannel, RecoveryStatus, RestoreOutcome } from '../../shared/api/recovery-contract';
import type { BackupInfo } from '../../shared/model/backup';

/** What the recovery channels need from whoever owns the database (the store session). */
export type RecoveryService = {
  status: () => RecoveryStatus;
  dismissProblem: () => Promise<RecoveryStatus>;
  retry: () => Promise<RecoveryStatus>;
  listBackups: () => BackupInfo[];
  backUp: (kind: 'manual') => Promise<BackupInfo>;
  restore: (name: string) => Promise<RestoreOutcome>;
};

export function createRecoveryHandlers(recovery: RecoveryService): Pick<Handlers, RecoveryChannel> {
  return {
    'recovery.status': () => recovery.status(),
    'recovery.dismiss': () => recovery.dismissProblem(),
    'recovery.retry': () => recovery.retry(),
    'backup.list': () => recovery.listBackups(),
    'backup.create': () => recovery.backUp('manual'),
    'backup.restore': ({ name }) => recovery.restore(name),
  };
}
