import type { DomainHandlers } from '../../shared/api/contract';
import type { ApiServices } from './api-services';

export function createBackupHandlers({ recovery }: ApiServices): DomainHandlers<'backup'> {
  return {
    'backup.list': () => recovery.listBackups(),
    'backup.create': () => recovery.backUp('manual'),
    'backup.restore': ({ name }) => recovery.restore(name),
  };
}
