import type { DomainHandlers } from '../../shared/api/contract';
import type { ApiServices } from './api-services';

export function createRecoveryHandlers({ recovery }: ApiServices): DomainHandlers<'recovery'> {
  return {
    'recovery.status': () => recovery.status(),
    'recovery.dismiss': () => recovery.dismissProblem(),
  };
}
