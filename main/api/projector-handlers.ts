import type { DomainHandlers } from '../../shared/api/contract';
import { projectorSnapshot } from '../store/facilitation/presentation-repository';
import type { ApiServices } from './api-services';

export function createProjectorHandlers({ db }: ApiServices): DomainHandlers<'projector'> {
  return {
    'projector.snapshot': ({ workshopId }) => projectorSnapshot(db(), workshopId),
  };
}
